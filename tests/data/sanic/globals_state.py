"""`global` in Sanic handlers."""

from sanic import Sanic, json

app = Sanic("Globals")
leader = None
elections = 0
db = None


@app.before_server_start
async def connect(app, _):
    global db
    db = object()


@app.post("/elect")
async def elect(request):
    global leader, elections  # expect: SLS102:5
    leader = request.json["node"]
    elections += 1
    return json({"leader": leader})


@app.get("/leader")
async def get_leader(request):
    global leader
    return json({"leader": leader, "elections": elections})
