"""Flask config classes (no framework import: this module passes the gate by what it sets)."""

import os

from cachelib import FileSystemCache, RedisCache, SimpleCache


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    # Every deployed subclass below replaces it, DevelopmentConfig is exempt: not reported.
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 300
    SESSION_TYPE = "filesystem"  # expect: SLS109:20
    RATELIMIT_STORAGE_URI = "memory://"


class ProductionConfig(Config):
    CACHE_TYPE = "RedisCache"
    CACHE_REDIS_URL = os.environ.get("REDIS_URL")
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL")


class StagingConfig(ProductionConfig):
    # Inherits Config's filesystem sessions: reported at Config.SESSION_TYPE above.
    SESSION_COOKIE_SECURE = True


class OnPremConfig(Config):
    CACHE_TYPE = "redis"
    RATELIMIT_STORAGE_URI = "redis://cache:6379/2"
    SESSION_TYPE = "cachelib"
    SESSION_CACHELIB = FileSystemCache("/var/lib/shop/sessions")  # expect: SLS109:24


class EdgeConfig(Config):
    CACHE_TYPE = "FileSystemCache"  # expect: SLS109:18
    CACHE_DIR = "/var/cache/shop"
    RATELIMIT_STORAGE_URI = "redis://cache:6379/2"
    SESSION_TYPE = "cachelib"  # expect: SLS109:20


class KioskConfig(ProductionConfig):
    SESSION_TYPE = "cachelib"
    SESSION_CACHELIB = RedisCache(host="redis", key_prefix="session:")


class DevelopmentConfig(Config):
    DEBUG = True
    SESSION_CACHELIB = SimpleCache()


class TestingConfig(Config):
    TESTING = True
    CACHE_TYPE = "NullCache"


config = {
    "production": ProductionConfig,
    "staging": StagingConfig,
    "onprem": OnPremConfig,
    "edge": EdgeConfig,
    "kiosk": KioskConfig,
    "development": DevelopmentConfig,
    "testing": TestingConfig,
}
