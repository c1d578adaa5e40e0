"""DRF login endpoints with an in-memory token store (fires) and DRF's Token model (fine)."""

import secrets

from django.contrib.auth import authenticate
from rest_framework.authtoken.models import Token
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

issued_tokens: dict[str, int] = {}
session_data = {}


@api_view(["POST"])
def login(request):
    user = authenticate(username=request.data["username"], password=request.data["password"])
    if user is None:
        return Response(status=401)
    token = secrets.token_hex(20)
    issued_tokens[token] = user.pk  # expect: SLS103:5
    session_data[user.pk] = {"ip": request.META.get("REMOTE_ADDR")}  # expect: SLS103:5
    return Response({"token": token})


class Logout(APIView):
    def post(self, request):
        issued_tokens.pop(request.auth, None)  # expect: SLS103:9
        session_data.pop(request.user.pk, None)  # expect: SLS103:9
        return Response(status=204)


class TokenLogin(APIView):
    # DRF's database-backed token: no process state.
    def post(self, request):
        user = authenticate(username=request.data["username"], password=request.data["password"])
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})
