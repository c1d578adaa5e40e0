"""Metrics, throttles and per-user caches in DRF views."""

from functools import lru_cache

from cachetools import TTLCache
from prometheus_client import Counter
from rest_framework.response import Response
from rest_framework.views import APIView

API_CALLS = Counter("api_calls_total", "API calls", ["view"])
quota_cache = TTLCache(maxsize=5000, ttl=60)


@lru_cache(maxsize=2048)  # expect: SLS105:2
def plan_limits(tenant_id: str) -> dict:
    return {"requests": 1000}


@lru_cache(maxsize=None)
def plan_catalog() -> tuple:
    return ("free", "pro", "enterprise")


class QuotaView(APIView):
    def get(self, request):
        API_CALLS.labels(view="quota").inc()
        tenant = request.user.profile.tenant_id
        used = quota_cache.get(tenant, 0)
        quota_cache[tenant] = used + 1  # expect: SLS105:9
        return Response({"used": used + 1, "limits": plan_limits(tenant), "plans": plan_catalog()})
