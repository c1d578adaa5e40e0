"""A cache of per-user lookups in an event handler: one copy per worker process."""

from functools import lru_cache

from flask import request
from flask_socketio import SocketIO

socketio = SocketIO()
profile_cache = {}


@lru_cache(maxsize=1024)  # expect: SLS105:2
def lookup_profile(user_id):
    return {"id": user_id}


@socketio.on("profile")
def profile(data):
    profile_cache[request.sid] = lookup_profile(data["user_id"])  # expect: SLS105:5
    return profile_cache[request.sid]
