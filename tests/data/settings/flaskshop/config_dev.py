"""Development config module. No findings."""

CACHE_TYPE = "SimpleCache"
SESSION_TYPE = "filesystem"
RATELIMIT_STORAGE_URI = "memory://"
