"""A Django app named contests/ (not a tests folder): its views are production code."""

from django.http import JsonResponse

entries = {}


def enter(request, contest_id):
    entries.setdefault(contest_id, []).append(request.user.id)  # expect: SLS101:5
    return JsonResponse({"entries": len(entries[contest_id])})


def test_entry(request, contest_id):
    # A view (views.py, request first) named test_*: a handler, not a test.
    entries[contest_id] = []  # expect: SLS101:5
    return JsonResponse({})
