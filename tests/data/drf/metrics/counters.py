"""`global` in DRF views."""

from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

calls = 0
last_payload = None
SAMPLE_RATE = 0.1


@api_view(["POST"])
def ingest(request):
    global calls, last_payload  # expect: SLS102:5
    calls += 1
    last_payload = request.data
    return Response({"calls": calls})


class Sampling(APIView):
    def get(self, request):
        global SAMPLE_RATE
        return Response({"rate": SAMPLE_RATE})

    def put(self, request):
        global SAMPLE_RATE  # expect: SLS102:9
        SAMPLE_RATE = float(request.data["rate"])
        return Response({"rate": SAMPLE_RATE})


def set_sample_rate(rate: float) -> None:
    # A settings hook called at startup: not request scope.
    global SAMPLE_RATE
    SAMPLE_RATE = rate
