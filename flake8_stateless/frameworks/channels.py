"""Django Channels consumers (frameworks.md C.6).

``Consumer.as_asgi()`` "instantiates a consumer instance per scope", and a websocket scope is
one connection (channels/consumer.py ``as_asgi``): a consumer is per connection, like Tornado's
``WebSocketHandler``. ``self.x = ...`` keeps the connection's own state; module and class
containers are shared by every connection of the process. The dispatcher calls any method
named after a message's type (``chat.message`` -> ``chat_message``), so every instance method
may be called per message. The channel layer (``self.channel_layer.group_add/group_send``),
``self.scope["session"]`` and ``self.scope["user"]`` are the framework's own.
"""

from __future__ import annotations

from .base import Framework, HandlerClass, Lifetime

_CONSUMERS = (
    "channels.generic.websocket.WebsocketConsumer",
    "channels.generic.websocket.AsyncWebsocketConsumer",
    "channels.generic.websocket.JsonWebsocketConsumer",
    "channels.generic.websocket.AsyncJsonWebsocketConsumer",
    "channels.generic.http.AsyncHttpConsumer",
    "channels.consumer.SyncConsumer",
    "channels.consumer.AsyncConsumer",
)

CHANNELS = Framework(
    name="channels",
    data_folders=("channels",),
    readme="Django Channels",
    packages=frozenset({"channels"}),
    classes=(HandlerClass(lifetime=Lifetime.REQUEST, bases=_CONSUMERS, kind="Channels consumer"),),
    # websocket.py: ``groups`` is read in websocket_connect to join those groups;
    # consumer.py: ``channel_layer_alias`` names the layer (SLS107).
    class_config=frozenset({"groups", "channel_layer_alias"}),
)
