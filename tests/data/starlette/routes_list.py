"""Starlette app declared with Route/WebSocketRoute lists, endpoints and add_route."""

import itertools

from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint, WebSocketEndpoint
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route, Router, WebSocketRoute

notes: dict[int, dict] = {}
note_ids = itertools.count(1)
likes = {}
frames = []
pings = []
reports = []
archived = []


async def create_note(request):
    body = await request.json()
    note_id = next(note_ids)  # expect: SLS101:15
    notes[note_id] = {"id": note_id, "text": body["text"]}  # expect: SLS101:5
    return JSONResponse(notes[note_id], status_code=201)


async def list_notes(request):
    return JSONResponse(list(notes.values()))


async def like(request):
    note_id = int(request.path_params["note_id"])
    likes[note_id] = likes.get(note_id, 0) + 1  # expect: SLS101:5
    return JSONResponse({"likes": likes[note_id]})


async def ping(request):
    pings.append(request.client.host)  # expect: SLS101:5
    return PlainTextResponse("pong")


async def report(request):
    reports.append(await request.json())  # expect: SLS101:5
    return PlainTextResponse("thanks")


class BaseEndpoint(HTTPEndpoint):
    def note_id(self, request) -> int:
        return int(request.path_params["note_id"])


class NoteEndpoint(BaseEndpoint):
    async def get(self, request):
        return JSONResponse(notes[self.note_id(request)])


class ArchivedNoteEndpoint(NoteEndpoint):
    async def delete(self, request):
        note = notes.pop(self.note_id(request))  # expect: SLS101:16
        archived.append(note)  # expect: SLS101:9
        return PlainTextResponse(status_code=204)


class Echo(WebSocketEndpoint):
    encoding = "text"

    async def on_receive(self, websocket, data):
        frames.append(data)  # expect: SLS101:9
        await websocket.send_text(data)


admin = Router()
admin.add_route("/report", report, methods=["POST"])

routes = [
    Route("/notes", create_note, methods=["POST"]),
    Route("/notes", endpoint=list_notes),
    Route("/notes/{note_id:int}/like", like, methods=["POST"]),
    Route("/notes/{note_id:int}", NoteEndpoint),
    Route("/archive/{note_id:int}", ArchivedNoteEndpoint),
    WebSocketRoute("/echo", Echo),
    Mount("/admin", app=admin),
]

app = Starlette(debug=False, routes=routes)
app.add_route("/ping", ping)
