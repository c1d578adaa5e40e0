"""Django views writing another module's containers."""

from django.http import JsonResponse

from . import state
from .state import BANNED, poll_votes


def vote(request, poll_id):
    if request.META["REMOTE_ADDR"] in BANNED:
        return JsonResponse({"error": "banned"}, status=403)
    choice = request.POST["choice"]
    tally = poll_votes.setdefault(poll_id, {})  # expect: SLS101:13
    tally[choice] = tally.get(choice, 0) + 1  # expect: SLS101:5
    state.voters.add(request.META["REMOTE_ADDR"])  # expect: SLS101:5
    return JsonResponse(tally)


def results(request, poll_id):
    return JsonResponse({"votes": poll_votes.get(poll_id, {}), "voters": len(state.voters)})
