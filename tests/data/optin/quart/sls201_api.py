"""A Quart API: an async POST without a key, and one that reads it."""

from quart import Quart, abort, jsonify, request

from .db import messages

app = Quart(__name__)


@app.post("/messages")
async def send_message():  # expect: SLS201:1
    data = await request.get_json()
    await messages.insert_one(data)
    return jsonify(data), 201


@app.post("/charges")
async def charge():
    key = request.headers.get("Idempotency-Key")
    if key is None:
        abort(400)
    return jsonify({"key": key}), 201


@app.route("/messages", methods=["GET"])
async def list_messages():
    return jsonify([])
