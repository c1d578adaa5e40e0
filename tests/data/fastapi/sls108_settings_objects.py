"""Module-level settings and plain objects of the service, written per request (SLS108), next
to what real services keep at module level and never write per request, or write safely."""

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates
from pydantic_settings import BaseSettings


class AppSettings(BaseSettings):
    cache_dir: Path | None = None
    maintenance: bool = False
    admins: list[str] = []


class Counters:
    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.last_user = ""
        self.requests = 0


class Proxy:
    """Stores nothing itself: every write goes to the current request's context."""

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)


settings = AppSettings()
counters = Counters()
current = Proxy()
templates = Jinja2Templates(directory="templates")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings.cache_dir = Path("/var/cache/app")  # set-up, not request scope
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/maintenance")
async def maintenance(on: bool) -> None:
    settings.maintenance = on  # expect: SLS108:5


@app.post("/admins")
async def add_admin(user: str) -> None:
    settings.admins += [user]  # expect: SLS108:5


@app.get("/hello")
async def hello(user: str) -> dict:
    counters.seen[user] = counters.seen.get(user, 0) + 1  # expect: SLS108:5
    counters.last_user = user  # expect: SLS108:5
    counters.requests += 1  # a metric of the process, by design (frameworks.md C.10)
    current.user = user
    templates.env.globals["user"] = user  # a framework object: not a class of the project
    return {"hello": user}


@app.get("/cache")
async def cache_dir() -> str:
    if settings.cache_dir is None:
        settings.cache_dir = Path("/tmp/app")  # filled once, the same for every request
    return str(settings.cache_dir)


class SharedChatsTable:
    """A table gateway: its methods write the database, not the object."""

    def update(self, chat_id: str, shared: bool) -> None:
        ...


SharedChats = SharedChatsTable()


@app.post("/chats/{chat_id}/share")
async def share(chat_id: str) -> None:
    SharedChats.update(chat_id, True)  # a method of the project's own class, not a store write
