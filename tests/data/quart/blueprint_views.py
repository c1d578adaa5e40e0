"""Quart blueprints, class-based views, hooks and websockets."""

from quart import Blueprint, Quart, jsonify, request, websocket
from quart.views import MethodView

bp = Blueprint("polls", __name__, url_prefix="/polls")
polls: dict[str, dict[str, int]] = {"lunch": {"pizza": 0, "sushi": 0}}
voters = set()
live_updates = []
request_log = []


@bp.post("/<poll>/vote/<choice>")
async def vote(poll: str, choice: str):
    polls[poll][choice] += 1  # expect: SLS101:5
    voters.add(request.remote_addr)  # expect: SLS101:5
    return jsonify(polls[poll])


class PollBase(MethodView):
    async def get(self, poll: str):
        return jsonify(polls[poll])


class PollAPI(PollBase):
    async def post(self, poll: str):
        polls[poll] = dict.fromkeys((await request.get_json())["choices"], 0)  # expect: SLS101:9
        return jsonify(polls[poll]), 201

    async def delete(self, poll: str):
        del polls[poll]  # expect: SLS101:9
        return "", 204


@bp.websocket("/live")
async def live():
    while True:
        data = await websocket.receive()
        live_updates.append(data)  # expect: SLS101:9
        await websocket.send(data)


@bp.before_app_request
async def log_request():
    request_log.append(request.path)  # expect: SLS101:5


@bp.get("/summary")
async def summary():
    # Reads only.
    return jsonify(polls=len(polls), voters=len(voters), last=request_log[-5:])


bp.add_url_rule("/<poll>", view_func=PollAPI.as_view("poll"))
app = Quart(__name__)
app.register_blueprint(bp)
