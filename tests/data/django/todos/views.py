"""Function views in a views.py: any function taking `request` first is a view."""

import itertools
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Todo

_drafts: dict[int, dict] = {}
_draft_ids = itertools.count(1)
recently_viewed = []
PAGE_SIZE = 25


def todo_list(request):
    todos = Todo.objects.all()[:PAGE_SIZE]
    return JsonResponse({"todos": [t.as_dict() for t in todos]})


def draft_create(request):
    draft_id = next(_draft_ids)  # expect: SLS101:16
    _drafts[draft_id] = json.loads(request.body)  # expect: SLS101:5
    return JsonResponse({"id": draft_id}, status=201)


def draft_update(request, draft_id):
    draft = _drafts[draft_id]
    draft.update(json.loads(request.body))  # expect: SLS101:5
    _remember(draft_id)
    return JsonResponse(draft)


def draft_publish(request, draft_id):
    draft = _drafts.pop(draft_id)  # expect: SLS101:13
    todo = Todo.objects.create(**draft)
    return JsonResponse(todo.as_dict(), status=201)


def todo_detail(request, pk):
    todo = get_object_or_404(Todo, pk=pk)
    return JsonResponse(todo.as_dict())


def _remember(draft_id: int) -> None:
    recently_viewed.append(draft_id)  # expect: SLS101:5
    del recently_viewed[:-10]  # expect: SLS101:5


def _import_drafts(rows: list[dict]) -> None:
    # Not a view (no request parameter) and not called from one.
    for row in rows:
        _drafts[row["id"]] = row


def healthcheck(request):
    return HttpResponse("ok")
