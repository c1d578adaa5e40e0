"""Settings made by a factory of the module (FastAPI's documented ``get_settings`` with
``lru_cache``), bound at module level and written per request (SLS108); a factory that returns
what it is given, or one of two classes, is not known: nothing is reported."""

from functools import lru_cache

from fastapi import FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "Awesome API"
    first_install: bool = True
    admin_email: str = ""


class DevSettings(Settings):
    debug: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()


def get_profile(env: str) -> Settings:
    if env == "dev":
        return DevSettings()
    return Settings()


def passthrough(value):
    return value


settings = get_settings()
profile = get_profile("prod")
given = passthrough(Settings())
app = FastAPI()


@app.post("/install")
async def install(email: str) -> dict:
    settings.first_install = False  # expect: SLS108:5
    settings.admin_email = email  # expect: SLS108:5
    profile.admin_email = email
    given.admin_email = email
    return {"app": settings.app_name}
