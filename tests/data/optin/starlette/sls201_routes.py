"""Starlette: Route(..., methods=[...]) endpoints and an HTTPEndpoint."""

from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse
from starlette.routing import Route

from .tables import notes, tags


async def create_note(request):  # expect: SLS201:1
    await request.app.state.database.execute(notes.insert().values(**await request.json()))
    return JSONResponse(await request.json(), status_code=201)


async def archive_note(request):
    if request.headers.get("Idempotency-Key") is None:
        return JSONResponse({"error": "Idempotency-Key required"}, status_code=400)
    return JSONResponse({"archived": True})


async def list_notes(request):
    return JSONResponse([])


class Tags(HTTPEndpoint):
    async def get(self, request):
        return JSONResponse([])

    async def post(self, request):  # expect: SLS201:5
        await request.app.state.database.execute(tags.insert(), await request.json())
        return JSONResponse({}, status_code=201)


app = Starlette(
    routes=[
        Route("/notes", create_note, methods=["POST"]),
        Route("/notes/{id}/archive", archive_note, methods=["POST"]),
        Route("/notes", list_notes),
        Route("/tags", Tags),
    ]
)
