"""``sio`` here is a client of another service, made in this project's clients.py: not a
server, so its ``on`` registers no request handler of this process."""

from chatio.clients import sio

received: list[dict] = []


@sio.on("update")
def on_update(data):
    received.append(data)
