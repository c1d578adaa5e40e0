"""`global` in Quart handlers."""

from quart import Quart, jsonify, request

app = Quart(__name__)

motd = "hello"
uploads_total = 0
ready = False


@app.before_serving
async def startup():
    global ready
    ready = True


@app.put("/motd")
async def set_motd():
    global motd  # expect: SLS102:5
    motd = (await request.get_json())["motd"]
    return jsonify(motd=motd)


@app.post("/upload")
async def upload():
    global uploads_total  # expect: SLS102:5
    uploads_total += len(await request.get_data())
    return jsonify(total=uploads_total)


@app.get("/ready")
async def is_ready():
    global ready
    return jsonify(ready=ready, motd=motd)
