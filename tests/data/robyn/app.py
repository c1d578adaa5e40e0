"""A Robyn app keeping users, rooms and counters in module memory. ``--processes N`` starts N
copies of this module, each with its own dicts."""

from robyn import Request, Robyn, SubRouter, jsonify

app = Robyn(__file__)
api = SubRouter(__file__, prefix="/api")

users: dict[str, dict] = {}
request_log = []
counter = {"calls": 0}


@app.get("/")
async def index():
    counter["calls"] += 1  # expect: SLS101:5
    return "hello"


@app.post("/users")
async def create_user(request: Request):
    body = request.json()
    users[body["name"]] = body  # expect: SLS101:5
    return jsonify(body)


@api.put("/users/:name")
def rename(request):
    name = request.path_params["name"]
    users[name]["name"] = request.json()["name"]  # expect: SLS101:5
    return "ok"


@api.delete("/users/:name")
async def delete_user(request):
    users.pop(request.path_params["name"], None)  # expect: SLS101:5
    return "deleted"


def list_users(request):
    request_log.append("list")  # expect: SLS101:5
    return jsonify(list(users.values()))


app.add_route("GET", "/users", list_users)


@app.before_request()
async def log_request(request: Request):
    request_log.append(request.url.path)  # expect: SLS101:5
    return request


@app.after_request("/users")
def after(response):
    request_log.append(response.status_code)  # expect: SLS101:5
    return response


@app.exception
def handle_exception(error):
    request_log.append(repr(error))  # expect: SLS101:5
    return {"status_code": 500, "description": "error"}


app.include_router(api)
