"""A background thread started once when the app starts pushes updates; it is not request
scope, and the handlers only read what it fills."""

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)
prices = {}


def poll_prices():
    while True:
        prices["BTC"] = 1.0
        socketio.emit("prices", prices)
        socketio.sleep(5)


@socketio.on("prices")
def send_prices():
    return dict(prices)


def main():
    socketio.start_background_task(poll_prices)
    socketio.run(app)
