"""Google's scopes sample (functions/tips-scopes/main.py): a heavy object made once per
instance and shared by its invocations, a Firestore client, a lazily made connection."""

import functools
import os

import functions_framework
from google.cloud import firestore


def heavy_computation():
    return functools.reduce(lambda x, y: x * y, range(1, 10))


def light_computation():
    return sum(range(10))


# Global (instance-wide) scope: computed at cold start, the same for every invocation.
instance_var = heavy_computation()
db = firestore.Client()
_lazy_client = None
_settings = {}


def client():
    global _lazy_client
    if _lazy_client is None:
        import google.cloud.storage

        _lazy_client = google.cloud.storage.Client()
    return _lazy_client


@functions_framework.http
def scope_demo(request):
    function_var = light_computation()
    if "bucket" not in _settings:
        _settings["bucket"] = os.environ.get("BUCKET", "uploads")
    db.collection("visits").add({"path": request.path})
    client().bucket(_settings["bucket"])
    return f"Instance: {instance_var}; function: {function_var}"
