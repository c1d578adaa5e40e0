"""Caches that hold one process-wide value or configuration. No findings."""

import contextlib
import json
from functools import lru_cache
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route
from starlette.templating import Jinja2Templates

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
GEO_CACHE = {}


@lru_cache(maxsize=1)
def load_geo_table() -> dict:
    return json.loads((TEMPLATES_DIR / "geo.json").read_text())


@lru_cache(maxsize=None)
def message_catalog(locale: str) -> dict:
    return json.loads((TEMPLATES_DIR / f"{locale}.json").read_text())


def _fill_geo_cache() -> None:
    GEO_CACHE.update(load_geo_table())


@contextlib.asynccontextmanager
async def lifespan(app):
    _fill_geo_cache()
    yield


async def homepage(request):
    catalog = message_catalog(request.query_params.get("lang", "en"))
    return templates.TemplateResponse(request, "index.html", {"title": catalog["title"]})


async def geo(request):
    # Read-only lookup in a cache filled at startup.
    return JSONResponse(GEO_CACHE.get(request.path_params["code"], {}))


async def about(request):
    return HTMLResponse("<h1>About</h1>")


app = Starlette(
    routes=[Route("/", homepage), Route("/geo/{code}", geo), Route("/about", about)],
    lifespan=lifespan,
)
