"""DRF API with JWT auth and a shared, expiring profile cache.

What makes it healthy: ``login`` returns a signed JWT (djangorestframework-simplejwt)
that every instance verifies with ``JWTAuthentication``, without server-side token
storage; profiles are cached in Django's cache (the Redis backend) with a timeout and
invalidated on update, so every instance sees the same, fresh data.
"""

from django.contrib.auth import authenticate, get_user_model
from django.core.cache import cache
from rest_framework import exceptions, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.tokens import RefreshToken

User = get_user_model()
PROFILE_TTL_SECONDS = 300


def profile_key(user_id):
    return f"profile:{user_id}"


def load_profile(user_id):
    user = User.objects.select_related("profile").get(pk=user_id)
    return {"id": user.pk, "username": user.username, "bio": user.profile.bio}


@api_view(["POST"])
@permission_classes([AllowAny])
def login(request):
    user = authenticate(
        request, username=request.data.get("username"), password=request.data.get("password")
    )
    if user is None:
        return Response({"detail": "bad credentials"}, status=status.HTTP_401_UNAUTHORIZED)
    refresh = RefreshToken.for_user(user)
    return Response({"access": str(refresh.access_token), "refresh": str(refresh)})


class ProfileView(APIView):
    authentication_classes = [JWTAuthentication]
    permission_classes = [IsAuthenticated]

    def get(self, request, user_id):
        profile = cache.get_or_set(
            profile_key(user_id), lambda: load_profile(user_id), timeout=PROFILE_TTL_SECONDS
        )
        return Response(profile)

    def put(self, request, user_id):
        if request.user.pk != user_id:
            raise exceptions.PermissionDenied()
        request.user.profile.bio = request.data["bio"]
        request.user.profile.save(update_fields=["bio"])
        cache.delete(profile_key(user_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
