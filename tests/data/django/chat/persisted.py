"""Chat turns saved with the ORM; `messages` is a request local. No findings."""

import json

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods
from openai import OpenAI

from .models import Message

client = OpenAI()
SYSTEM = {"role": "system", "content": "Be helpful."}


@require_http_methods(["POST"])
def chat(request, conversation_id):
    question = json.loads(request.body)["message"]
    history = list(
        Message.objects.filter(conversation_id=conversation_id).values("role", "content")
    )
    messages = [SYSTEM, *history, {"role": "user", "content": question}]
    answer = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    text = answer.choices[0].message.content
    Message.objects.bulk_create(
        [
            Message(conversation_id=conversation_id, role="user", content=question),
            Message(conversation_id=conversation_id, role="assistant", content=text),
        ]
    )
    messages.append({"role": "assistant", "content": text})
    return JsonResponse({"answer": text, "turns": len(messages)})
