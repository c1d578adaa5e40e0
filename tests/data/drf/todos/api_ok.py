"""DRF views using the ORM, serializers and request-scoped data. No findings.

Class-level `permission_classes`, `queryset`, `filter_backends` are read-only framework config.
"""

from django.db.models import F
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import filters, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import UserRateThrottle

from .models import Todo
from .serializers import TodoSerializer

ORDERING_FIELDS = ["created", "title"]
DEFAULT_FILTERS = {"archived": False}


class TodoViewSet(viewsets.ModelViewSet):
    serializer_class = TodoSerializer
    permission_classes = [IsAuthenticated]
    throttle_classes = [UserRateThrottle]
    filter_backends = [DjangoFilterBackend, filters.OrderingFilter]
    ordering_fields = ORDERING_FIELDS

    def get_queryset(self):
        filters_ = dict(DEFAULT_FILTERS)
        filters_["owner"] = self.request.user
        return Todo.objects.filter(**filters_)

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    @action(detail=True, methods=["post"])
    def bump(self, request, pk=None):
        Todo.objects.filter(pk=pk).update(priority=F("priority") + 1)
        request.session["last_bumped"] = pk
        return Response({"ok": True})

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        response.data = {"results": response.data, "count": len(response.data)}
        response["X-Total"] = str(response.data["count"])
        return response
