"""SimpleJWT views and a blacklist stored in the database. No findings."""

from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView

TOKEN_LIFETIME_NOTE = "Access tokens expire after 5 minutes."


class LoginView(TokenObtainPairView):
    permission_classes = [AllowAny]


class RefreshView(TokenRefreshView):
    pass


@api_view(["POST"])
def logout(request):
    token = RefreshToken(request.data["refresh"])
    token.blacklist()
    return Response({"detail": TOKEN_LIFETIME_NOTE})
