"""DRF viewsets are made per request, but their class attributes are shared (SLS107)."""

from collections import defaultdict

from rest_framework import generics, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import UserRateThrottle
from rest_framework.views import APIView

from .models import Todo
from .serializers import TodoSerializer


class TodoViewSet(viewsets.ModelViewSet):
    serializer_class = TodoSerializer
    queryset = Todo.objects.all()
    permission_classes = [IsAuthenticated]
    throttle_classes = [UserRateThrottle]
    recently_viewed = []  # shared by every request of every user
    views_per_user = defaultdict(int)

    def retrieve(self, request, *args, **kwargs):
        self.recently_viewed.append(kwargs["pk"])  # expect: SLS107:9
        self.views_per_user[request.user.pk] += 1  # expect: SLS107:9
        return super().retrieve(request, *args, **kwargs)

    @action(detail=False, methods=["get"])
    def recent(self, request):
        return Response({"recent": self.recently_viewed[-10:]})

    @action(detail=True, methods=["post"])
    def pin(self, request, pk=None):
        TodoViewSet.recently_viewed.insert(0, pk)  # expect: SLS107:9
        return Response({"pinned": pk})

    @action(detail=True, methods=["post"])
    def star(self, request, pk=None):
        starred = self.views_per_user
        starred[f"star:{pk}"] += 1  # expect: SLS107:9
        type(self).recently_viewed += [pk]  # expect: SLS107:9
        self.recently_viewed += [pk]  # expect: SLS107:9
        return Response({"starred": pk})


class AuditedListView(generics.ListAPIView):
    serializer_class = TodoSerializer
    audit_log = {}

    @classmethod
    def record(cls, user, action):
        cls.audit_log.setdefault(user.pk, []).append(action)  # expect: SLS107:9

    def list(self, request, *args, **kwargs):
        self.record(request.user, "list")
        return super().list(request, *args, **kwargs)


class ReportView(APIView):
    """No findings: read-only config, a list rebound per instance, and local copies."""

    permission_classes = [IsAuthenticated]
    renderer_classes = []
    http_method_names = ["get", "post"]
    columns = ["title", "done"]
    rows = []

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows = []  # every instance gets its own list

    def get_permissions(self):
        if self.request.method == "POST":
            self.permission_classes = [IsAdminUser]
        return super().get_permissions()

    def get(self, request):
        self.rows.append({"user": request.user.pk})
        columns = list(self.columns)
        columns.append("owner")
        return Response({"columns": columns, "rows": self.rows})

    def post(self, request):
        if request.data.get("column") in self.columns:
            return Response(status=409)
        return Response({"columns": [*self.columns, request.data["column"]]})
