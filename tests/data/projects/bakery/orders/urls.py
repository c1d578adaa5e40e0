from django.urls import path

from . import endpoints
from .endpoints import order_status

urlpatterns = [
    path("", endpoints.create_order),
    path("<int:order_id>/", order_status),
    path("<int:order_id>/track/", endpoints.TrackView.as_view()),
]
