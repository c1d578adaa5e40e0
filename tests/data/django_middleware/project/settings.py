"""Settings naming the project's middleware by dotted path. No findings."""

SECRET_KEY = "change-me"
DEBUG = False
ROOT_URLCONF = "project.urls"
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.RequestStatsMiddleware",
    "core.factories.rate_limit_middleware",
    "tenants.middleware.TenantMiddleware",
    "audit.middleware.ErrorCollectorMiddleware",
]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
