"""Clients to shared backends, made once. No findings."""

import httpx
import redis
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

http = httpx.Client(base_url="https://payments.internal")
redis_cache = redis.Redis.from_url("redis://localhost:6379/0")
engine = create_engine("postgresql://localhost/shop")
SessionLocal = sessionmaker(bind=engine)
