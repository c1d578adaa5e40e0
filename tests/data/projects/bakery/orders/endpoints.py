"""Views of the orders app, in a module not named views.py: the URLconf makes them views."""

from django.http import JsonResponse
from django.views import View

PENDING: dict[int, dict] = {}
counter = {"next": 1}
STATUSES = ("new", "baked", "delivered")


def create_order(request):
    order_id = counter["next"]
    counter["next"] += 1  # expect: SLS101:5
    PENDING[order_id] = {"user": request.user.pk}  # expect: SLS101:5
    return JsonResponse({"id": order_id})


def order_status(request, order_id):
    return JsonResponse({"status": PENDING.get(order_id, {}).get("status", STATUSES[0])})


class TrackView(View):
    def get(self, request, order_id):
        PENDING[order_id]["tracked"] = True  # expect: SLS101:9
        return JsonResponse({})


def load_fixtures(rows):
    # A management command's helper: no URLconf routes it.
    for row in rows:
        PENDING[row["id"]] = row
