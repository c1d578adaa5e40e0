"""Litestar app whose state is filled at startup and read per request. No findings."""

import logging
from contextlib import asynccontextmanager
from functools import lru_cache

from litestar import Litestar, Request, get
from litestar.datastructures import State
from litestar.di import Provide
from pydantic_settings import BaseSettings
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

logger = logging.getLogger(__name__)
MODELS: dict[str, object] = {}
engine = create_async_engine("postgresql+asyncpg://localhost/app")
session_factory = async_sessionmaker(engine, expire_on_commit=False)


class Settings(BaseSettings):
    greeting: str = "hello"


@lru_cache
def get_settings() -> Settings:
    return Settings()


@asynccontextmanager
async def lifespan(app: Litestar):
    MODELS["sentiment"] = object()
    yield
    MODELS.clear()


def load_flags(app: Litestar) -> None:
    app.state.flags = {"beta": True}


async def provide_db() -> AsyncSession:
    async with session_factory() as session:
        yield session


@get("/", dependencies={"settings": Provide(get_settings, sync_to_thread=False)})
async def index(request: Request, state: State, settings: Settings) -> dict:
    request.state.seen = True
    logger.info("index")
    return {"greeting": settings.greeting, "model": "sentiment" in MODELS, "flags": state.flags}


@get("/items/{item_id:int}", dependencies={"db": Provide(provide_db)})
async def item(item_id: int, db: AsyncSession) -> dict:
    row = await db.get(object, item_id)
    db.add(row)
    await db.commit()
    return {"id": item_id}


app = Litestar(route_handlers=[index, item], lifespan=[lifespan], on_startup=[load_flags])
