"""DRF: @api_view functions, APIView, generic views and ViewSets over several levels."""

from collections import defaultdict

from rest_framework import generics, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView

from .models import Todo
from .serializers import TodoSerializer

starred: dict[int, set[int]] = defaultdict(set)
import_jobs = []
reorders = []
bulk_log = []
comments: dict[int, list[str]] = {}


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def star(request, pk):
    starred[request.user.pk].add(pk)  # expect: SLS101:5
    return Response({"starred": sorted(starred[request.user.pk])})


@api_view(["GET"])
def starred_list(request):
    return Response(sorted(starred.get(request.user.pk, ())))


class ImportView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        import_jobs.append(request.data)  # expect: SLS101:9
        return Response({"queued": len(import_jobs)}, status=status.HTTP_202_ACCEPTED)


class BaseTodoList(generics.ListCreateAPIView):
    queryset = Todo.objects.all()
    serializer_class = TodoSerializer


class TodoList(BaseTodoList):
    def put(self, request):
        reorders.append(request.data["order"])  # expect: SLS101:9
        return Response(status=status.HTTP_204_NO_CONTENT)


class TodoViewSet(viewsets.ModelViewSet):
    queryset = Todo.objects.all()
    serializer_class = TodoSerializer
    permission_classes = [IsAuthenticated]

    def destroy(self, request, *args, **kwargs):
        bulk_log.append(("destroy", kwargs["pk"]))  # expect: SLS101:9
        return super().destroy(request, *args, **kwargs)

    @action(detail=True, methods=["post"])
    def comment(self, request, pk=None):
        comments.setdefault(int(pk), []).append(request.data["text"])  # expect: SLS101:9
        return Response({"comments": comments[int(pk)]})


router = DefaultRouter()
router.register(r"todos", TodoViewSet, basename="todo")
urlpatterns = router.urls
