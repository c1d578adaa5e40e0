"""Session engines that keep nothing in the process. No findings."""

INSTALLED_APPS = ["django.contrib.sessions", "accounts"]
# Signed cookies: the session travels with the request.
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_COOKIE_HTTPONLY = True

SIGNED_SESSIONS = True
if not SIGNED_SESSIONS:
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Cache sessions on a shared cache.
CACHE_SESSIONS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://r"}
}
