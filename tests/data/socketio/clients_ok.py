"""Client side: socketio.Client/AsyncClient/SimpleClient and client namespaces run in a
bot or a worker, not per request of a server; nothing here is request scope."""

import socketio

received = []
replies = {}
client = socketio.Client()
server = socketio.AsyncClient()


@client.on("message")
def on_message(data):
    received.append(data)


@client.event
def connect():
    replies["connected"] = True


@server.event
async def reply(data):
    replies[data["id"]] = data


class Feed(socketio.ClientNamespace):
    def on_update(self, data):
        self.last = data
        received.append(data)


class AsyncFeed(socketio.AsyncClientNamespace):
    async def on_update(self, data):
        self.last = data
        received.append(data)


client.register_namespace(Feed("/feed"))


def poll():
    with socketio.SimpleClient() as sc:
        sc.connect("http://localhost:5000")
        event = sc.receive()
        received.append(event)
