"""The root URLconf: routes views of other apps and includes their URLconfs."""

from django.urls import include, path

from accounts import endpoints as account_endpoints

urlpatterns = [
    path("login/", account_endpoints.login),
    path("orders/", include("orders.urls")),
    path("api/", include("api.routes")),
]
