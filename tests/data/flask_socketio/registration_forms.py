"""Every Flask-SocketIO registration form: on, event (bare and called), on_error,
on_error_default, on_event; the object made without the app and bound by init_app later."""

import flask_socketio
from flask import Flask
from flask_socketio import SocketIO as IO

sio = IO()
other = flask_socketio.SocketIO(logger=True)

errors = []
counts = {"ping": 0}
seen = []
stats = {}


@sio.on("ping")
def ping():
    counts["ping"] += 1  # expect: SLS101:5


@sio.event(namespace="/status")
def status(data):
    stats[data["node"]] = data  # expect: SLS101:5


@sio.on_error("/chat")
def chat_error(e):
    errors.append(repr(e))  # expect: SLS101:5


@sio.on_error_default
def default_error(e):
    errors.append(repr(e))  # expect: SLS101:5


def track(data):
    seen.append(data["id"])  # expect: SLS101:5


def forget(data):
    seen.remove(data["id"])  # expect: SLS101:5


def reset():
    counts.clear()  # expect: SLS101:5


sio.on_event("track", track)
sio.on_event("forget", handler=forget, namespace="/chat")
sio.event(reset)


@other.on("other")
def other_event(data):
    seen.clear()  # expect: SLS101:5


def create_app():
    app = Flask(__name__)
    sio.init_app(app, cors_allowed_origins="*")
    other.init_app(app)
    return app
