"""slowapi with a shared backend or one chosen at run time. No findings."""

import os

from fastapi import FastAPI, Request
from pydantic_settings import BaseSettings
from slowapi import Limiter
from slowapi.util import get_remote_address


class Settings(BaseSettings):
    redis_url: str = "redis://localhost:6379/0"
    # A default the environment replaces: a settings class, not a config class.
    RATELIMIT_STORAGE_URI: str = "memory://"


settings = Settings()
limiter = Limiter(key_func=get_remote_address, storage_uri=settings.redis_url)
fallback = Limiter(key_func=get_remote_address, storage_uri=settings.redis_url or "memory://")
from_env = Limiter(key_func=get_remote_address, storage_uri=os.getenv("REDIS_URL", "memory://"))
# slowapi reads RATELIMIT_STORAGE_URL from this file.
from_file = Limiter(key_func=get_remote_address, config_filename="limits.env")
cluster = Limiter(key_func=get_remote_address, storage_uri="redis+cluster://r1:7000,r2:7000")

if os.environ.get("DEBUG"):
    dev_limiter = Limiter(key_func=get_remote_address)

app = FastAPI()
app.state.limiter = limiter


@app.get("/search")
@limiter.limit("10/minute")
async def search(request: Request, q: str) -> dict:
    return {"q": q}
