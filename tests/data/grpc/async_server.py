"""A grpc.aio service: the servicer is imported from a package of generated modules and
serves every call on one event loop (SLS104, SLS106); streaming RPCs take request_iterator."""

import asyncio

import grpc
from chat.v1 import chat_pb2
from chat.v1.chat_pb2_grpc import ChatServicer, add_ChatServicer_to_server

conversation_history: dict[str, list] = {}


class Chat(ChatServicer):
    def __init__(self, model):
        self.model = model
        self.subscribers = {}

    async def SendMessage(
        self, request: chat_pb2.ChatRequest, context: grpc.aio.ServicerContext
    ) -> chat_pb2.ChatReply:
        history = conversation_history.setdefault(request.conversation_id, [])  # expect: SLS104:19
        history.append({"role": "user", "content": request.text})  # expect: SLS104:9
        answer = await self.model.complete(history)
        history.append({"role": "assistant", "content": answer})  # expect: SLS104:9
        return chat_pb2.ChatReply(text=answer)

    async def Subscribe(self, request, context):
        queue = asyncio.Queue()
        self.subscribers[request.conversation_id] = queue  # expect: SLS106:9
        while True:
            yield await queue.get()

    async def Upload(self, request_iterator, context):
        self.last_chunks = []  # expect: SLS106:9
        async for chunk in request_iterator:
            self.last_chunks.append(chunk.data)  # expect: SLS106:13
        return chat_pb2.UploadReply(size=sum(map(len, self.last_chunks)))


async def serve(model):
    server = grpc.aio.server()
    add_ChatServicer_to_server(Chat(model), server)
    server.add_insecure_port("[::]:50051")
    await server.start()
    await server.wait_for_termination()
