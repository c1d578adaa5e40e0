"""DRF assistant endpoint keeping chat history in module memory."""

from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_openai import ChatOpenAI
from rest_framework import viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

llm = ChatOpenAI(model="gpt-4o-mini")
chat_histories: dict[str, InMemoryChatMessageHistory] = {}
global_history = InMemoryChatMessageHistory()


@api_view(["POST"])
def ask(request, conversation_id):
    if conversation_id not in chat_histories:
        chat_histories[conversation_id] = InMemoryChatMessageHistory()  # expect: SLS104:9
    # The store is reported where it is written (above); the history object's own methods
    # are not container mutations of the module dict.
    history = chat_histories[conversation_id]
    history.add_user_message(request.data["question"])
    answer = llm.invoke(history.messages).content
    history.add_ai_message(answer)
    return Response({"answer": answer})


class BroadcastViewSet(viewsets.ViewSet):
    def create(self, request):
        global_history.add_user_message(request.data["text"])  # expect: SLS104:9
        return Response(status=201)

    def list(self, request):
        # Reading the shared memory object is still using it in request scope.
        return Response([m.content for m in global_history.messages])  # expect: SLS104:45
