"""A bidirectional chat stream keeping every conversation in process memory (SLS104) and
the live streams of each room in a module registry (SLS101). The module imports only the
generated chat_grpc (the server is built elsewhere): that is enough to know the framework."""

from .chat_grpc import ChatBase
from .chat_pb2 import ChatMessage

chat_history = {}
room_members = {}


class Chat(ChatBase):
    async def Converse(self, stream):
        async for message in stream:
            chat_history.setdefault(message.room, []).append(message.text)  # expect: SLS104:13
            room_members.setdefault(message.room, set()).add(stream)  # expect: SLS101:13
            for member in room_members[message.room]:
                await member.send_message(ChatMessage(room=message.room, text=message.text))
