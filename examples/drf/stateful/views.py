"""DRF API that issues tokens into a dict and caches user profiles in another.

What is wrong: ``login`` stores every issued token in the module-level ``auth_tokens``
dict, so a token only works on the worker that issued it and dies with it; the profile
view fills ``profile_cache``, a per-process dict that never expires, so a profile
edited through one worker keeps being served stale by all the others.
"""

import secrets

from django.contrib.auth import authenticate, get_user_model
from rest_framework import exceptions, status
from rest_framework.authentication import BaseAuthentication
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

User = get_user_model()
auth_tokens: dict[str, int] = {}
profile_cache: dict[int, dict] = {}


class DictTokenAuthentication(BaseAuthentication):
    def authenticate(self, request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Token "):
            return None
        user_id = auth_tokens.get(header.removeprefix("Token "))
        if user_id is None:
            raise exceptions.AuthenticationFailed("unknown token")
        return User.objects.get(pk=user_id), None


@api_view(["POST"])
@permission_classes([AllowAny])
def login(request):
    user = authenticate(
        request, username=request.data.get("username"), password=request.data.get("password")
    )
    if user is None:
        return Response({"detail": "bad credentials"}, status=status.HTTP_401_UNAUTHORIZED)
    token = secrets.token_urlsafe(32)
    auth_tokens[token] = user.pk
    return Response({"token": token})


class ProfileView(APIView):
    authentication_classes = [DictTokenAuthentication]
    permission_classes = [IsAuthenticated]

    def get(self, request, user_id):
        if user_id not in profile_cache:
            user = User.objects.select_related("profile").get(pk=user_id)
            profile_cache[user_id] = {
                "id": user.pk, "username": user.username, "bio": user.profile.bio
            }
        return Response(profile_cache[user_id])

    def patch(self, request, user_id):
        if request.user.pk != user_id:
            raise exceptions.PermissionDenied()
        request.user.profile.bio = request.data["bio"]
        request.user.profile.save(update_fields=["bio"])
        profile_cache.pop(user_id, None)
        return Response(status=status.HTTP_204_NO_CONTENT)
