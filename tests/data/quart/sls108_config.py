"""Quart: current_app.config written by a view (SLS108); before_serving is setup."""

from quart import Quart, current_app, g, request

app = Quart(__name__)
app.config["RATE_LIMIT"] = 100


@app.before_serving
async def startup():
    app.config["STARTED"] = True
    app.extensions["cache"] = {}


@app.post("/limits")
async def set_limit():
    data = await request.get_json()
    current_app.config["RATE_LIMIT"] = data["limit"]  # expect: SLS108:5
    app.extensions["cache"].clear()  # an extension object (a shared cache client): no finding
    return {"limit": current_app.config["RATE_LIMIT"]}


@app.get("/limits")
async def get_limit():
    g.limit = current_app.config["RATE_LIMIT"]
    return {"limit": g.limit}
