"""Django's default test module name (app/tests.py)."""

from django.http import JsonResponse
from django.test import TestCase
from django.urls import path

calls = []


def view(request):
    calls.append(request.path)
    return JsonResponse({})


urlpatterns = [path("", view)]


class OrderTests(TestCase):
    def test_view(self):
        self.client.get("/")
        self.assertEqual(calls, ["/"])
