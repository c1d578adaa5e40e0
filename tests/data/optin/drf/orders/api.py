"""DRF: @api_view methods, APIView methods, ViewSet actions."""

from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order
from .serializers import OrderSerializer


@api_view(["POST"])
def place_order(request):  # expect: SLS201:1
    serializer = OrderSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(serializer.data, status=status.HTTP_201_CREATED)


@api_view(["GET", "POST"])
def quotes(request):
    key = request.headers.get("Idempotency-Key")
    return Response({"key": key})


@api_view()
def health(request):
    return Response({"ok": True})


@api_view(http_method_names=["PATCH"])
def rename(request, pk):  # expect: SLS201:1
    Order.objects.filter(pk=pk).update(name=request.data["name"])
    return Response({"id": pk})


class OrderReturns(APIView):
    def get(self, request, pk):
        return Response([])

    def post(self, request, pk):  # expect: SLS201:5
        order = Order.objects.get(pk=pk)
        order.status = "returned"
        order.save()
        return Response(status=status.HTTP_201_CREATED)


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer

    def create(self, request, *args, **kwargs):  # expect: SLS201:5
        return super().create(request, *args, **kwargs)

    def partial_update(self, request, *args, **kwargs):
        if "Idempotency-Key" not in request.headers:
            return Response(status=status.HTTP_400_BAD_REQUEST)
        return super().partial_update(request, *args, **kwargs)

    def update(self, request, *args, **kwargs):
        return super().update(request, *args, **kwargs)

    def destroy(self, request, *args, **kwargs):
        return super().destroy(request, *args, **kwargs)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):  # expect: SLS201:5
        Order.objects.filter(pk=pk).update(status="cancelled")
        return Response({"cancelled": pk})

    @action(detail=False)
    def recent(self, request):
        return Response([])
