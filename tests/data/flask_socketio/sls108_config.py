"""current_app.config written in an event handler: application-wide, as in a Flask view."""

from flask import Flask, current_app
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)


@socketio.on("set_theme")
def set_theme(data):
    current_app.config["THEME"] = data["theme"]  # expect: SLS108:5
    app.config.update(LAST_THEME=data["theme"])  # expect: SLS108:5
    return current_app.config.get("THEME")
