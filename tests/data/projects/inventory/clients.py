"""Clients of shared backends, made once per process: never state of our own."""

import logging

import httpx
import redis
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("inventory")
http = httpx.AsyncClient(timeout=5)
cache = redis.Redis.from_url("redis://cache:6379/0")
SessionLocal = sessionmaker()
