"""Django todo views that keep their data in the worker's memory.

What is wrong: ``todos`` is a module-level dict (with an ``itertools.count`` for ids)
that the views write, and ``todo_list`` bumps a ``global`` hit counter. Every gunicorn
worker holds its own todos and its own counter: a todo created on one worker is
missing on the next request served by another one, and a restart deletes them all.
"""

import json
from itertools import count

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods, require_POST

todos = {}
next_id = count(1)
hits = 0


def owned_todo(request, todo_id):
    todo = todos.get(todo_id)
    if todo is None or todo["owner"] != request.user.pk:
        raise Http404("no such todo")
    return todo


@login_required
@require_http_methods(["GET", "POST"])
def todo_list(request):
    global hits
    hits += 1
    if request.method == "POST":
        payload = json.loads(request.body)
        todo_id = next(next_id)
        todos[todo_id] = {
            "id": todo_id, "owner": request.user.pk, "title": payload["title"], "done": False
        }
        return JsonResponse(todos[todo_id], status=201)
    mine = [todo for todo in todos.values() if todo["owner"] == request.user.pk]
    return JsonResponse({"todos": mine, "hits": hits})


@login_required
@require_POST
def todo_done(request, todo_id):
    owned_todo(request, todo_id)
    todos[todo_id]["done"] = True
    return JsonResponse(todos[todo_id])


@login_required
@require_http_methods(["DELETE"])
def todo_delete(request, todo_id):
    owned_todo(request, todo_id)
    del todos[todo_id]
    return HttpResponse(status=204)
