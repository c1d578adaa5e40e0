"""A before_request hook enforces the key for every write request of the app."""

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@app.before_request
def require_idempotency_key():
    if request.method in ("POST", "PATCH"):
        g.key = request.headers.get("Idempotency-Key") or abort(400)


@app.post("/transfers")
def transfer():
    return jsonify({"ok": True})


@app.patch("/accounts/<int:account_id>")
def update_account(account_id):
    return jsonify({"id": account_id})
