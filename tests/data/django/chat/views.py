"""Django chat view with histories in module memory."""

import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from langchain.memory import ConversationBufferMemory
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini")
memory = ConversationBufferMemory(return_messages=True)
conversations: dict[str, list] = {}


@csrf_exempt
def chat(request, conversation_id):
    question = json.loads(request.body)["message"]
    turns = conversations.setdefault(conversation_id, [])  # expect: SLS104:13
    turns.append({"role": "user", "content": question})  # expect: SLS104:5
    answer = llm.invoke(turns).content
    turns.append({"role": "assistant", "content": answer})  # expect: SLS104:5
    return JsonResponse({"answer": answer})


def chat_with_memory(request):
    question = json.loads(request.body)["message"]
    memory.chat_memory.add_user_message(question)  # expect: SLS104:5
    answer = llm.invoke(question).content
    memory.chat_memory.add_ai_message(answer)  # expect: SLS104:5
    return JsonResponse({"answer": answer})


def history(request, conversation_id):
    # Reading is fine.
    return JsonResponse({"turns": conversations.get(conversation_id, [])})
