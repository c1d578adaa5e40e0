"""DRF endpoint remembering used JWT ids in process memory (a token store by its key)."""

import jwt
from rest_framework.decorators import api_view
from rest_framework.response import Response

SECRET = "change-me"
used_nonces: dict[str, int] = {}


@api_view(["POST"])
def redeem(request):
    payload = jwt.decode(request.data["token"], SECRET, algorithms=["HS256"])
    if payload["jti"] in used_nonces:
        return Response({"error": "replayed"}, status=409)
    used_nonces[payload["jti"]] = payload["exp"]  # expect: SLS103:5
    return Response({"ok": True})
