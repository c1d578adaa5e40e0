"""Starlette endpoints that keep nothing in process memory. No findings."""

import contextlib
import logging
import re

from databases import Database
from starlette.applications import Starlette
from starlette.config import Config
from starlette.endpoints import HTTPEndpoint
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

config = Config(".env")
DATABASE_URL = config("DATABASE_URL", default="sqlite:///notes.db")
database = Database(DATABASE_URL)
logger = logging.getLogger("notes")
TAG_RE = re.compile(r"#(\w+)")
DEFAULT_NOTE = {"text": "", "tags": []}
ALLOWED_SORTS = frozenset({"created", "updated"})


async def create_note(request):
    body = await request.json()
    # A request-local copy of a module-level default.
    note = dict(DEFAULT_NOTE)
    note["text"] = body["text"]
    note["tags"] = TAG_RE.findall(body["text"])
    note_id = await database.execute("INSERT INTO notes(text) VALUES (:text)", {"text": note["text"]})
    logger.info("created note %s", note_id)
    request.state.note_id = note_id
    return JSONResponse({"id": note_id, **note}, status_code=201)


class Notes(HTTPEndpoint):
    async def get(self, request):
        sort = request.query_params.get("sort", "created")
        if sort not in ALLOWED_SORTS:
            return JSONResponse({"error": "bad sort"}, status_code=400)
        rows = await database.fetch_all(f"SELECT * FROM notes ORDER BY {sort}")
        result = []
        for row in rows:
            result.append(dict(row))
        return JSONResponse(result)


@contextlib.asynccontextmanager
async def lifespan(app):
    await database.connect()
    yield
    await database.disconnect()


routes = [Route("/notes", create_note, methods=["POST"]), Route("/notes", Notes)]
middleware = [Middleware(CORSMiddleware, allow_origins=["https://example.com"])]
app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
