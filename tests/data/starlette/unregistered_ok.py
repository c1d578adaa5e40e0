"""Functions shaped like endpoints that no route registers. No findings.

They are called from tests and scripts, not per request.
"""

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

fixtures: list[dict] = []
seeded = {}


async def seed_endpoint(request):
    # Looks like an endpoint, but no Route uses it.
    fixtures.append({"seeded": True})
    return JSONResponse({"ok": True})


def load_fixtures(rows: list[dict]) -> None:
    fixtures.extend(rows)
    for row in rows:
        seeded[row["id"]] = row


async def list_fixtures(request):
    return JSONResponse(fixtures)


load_fixtures([{"id": 1}])
app = Starlette(routes=[Route("/fixtures", list_fixtures)])
