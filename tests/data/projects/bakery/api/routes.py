"""A URLconf not named urls.py, reached through include("api.routes") in the root URLconf."""

from django.urls import path

from payments.handlers import charge

urlpatterns = [path("charge/", charge)]
