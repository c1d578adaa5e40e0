"""Django todo views that any worker can serve.

What makes it healthy: todos are rows of the ``Todo`` model (PostgreSQL), created with
the client's Idempotency-Key so a retried POST does not duplicate them; the hit counter
is an atomic ``incr`` on Django's cache, which settings.py points at Redis; the user
comes from ``request.user`` (database-backed sessions). Module level holds only a
logger and constants.
"""

import json
import logging

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods

from .models import Todo

logger = logging.getLogger(__name__)
HITS_KEY = "todos:list:hits"


@login_required
@require_http_methods(["GET", "POST"])
def todo_list(request):
    cache.add(HITS_KEY, 0, timeout=None)
    hits = cache.incr(HITS_KEY)
    if request.method == "POST":
        payload = json.loads(request.body)
        todo, created = Todo.objects.get_or_create(
            owner=request.user,
            idempotency_key=request.headers["Idempotency-Key"],
            defaults={"title": payload["title"]},
        )
        logger.info("todo %s created=%s", todo.pk, created)
        return JsonResponse(todo.as_dict(), status=201)
    mine = [todo.as_dict() for todo in Todo.objects.filter(owner=request.user)]
    return JsonResponse({"todos": mine, "hits": hits})


@login_required
@require_http_methods(["PUT"])  # marking done is idempotent: PUT says so
def todo_done(request, todo_id):
    if not Todo.objects.filter(pk=todo_id, owner=request.user).update(done=True):
        raise Http404("no such todo")
    return JsonResponse(Todo.objects.get(pk=todo_id).as_dict())


@login_required
@require_http_methods(["DELETE"])
def todo_delete(request, todo_id):
    deleted, _ = Todo.objects.filter(pk=todo_id, owner=request.user).delete()
    if not deleted:
        raise Http404("no such todo")
    return HttpResponse(status=204)
