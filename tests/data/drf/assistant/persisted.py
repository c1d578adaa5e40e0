"""Assistant endpoint persisting history per conversation. No findings."""

from langchain_community.chat_message_histories import SQLChatMessageHistory
from langchain_openai import ChatOpenAI
from rest_framework.decorators import api_view
from rest_framework.response import Response

llm = ChatOpenAI(model="gpt-4o-mini")
DB_URL = "postgresql://localhost/assistant"


@api_view(["POST"])
def ask(request, conversation_id):
    history = SQLChatMessageHistory(session_id=conversation_id, connection=DB_URL)
    history.add_user_message(request.data["question"])
    messages = list(history.messages)
    answer = llm.invoke(messages).content
    history.add_ai_message(answer)
    return Response({"answer": answer, "turns": len(messages) + 1})
