"""A chat backend shaped like Chainlit's: one AsyncServer, sessions and chat contexts in module
dicts written from the socket.io handlers (every instance has its own, lost on restart)."""

from typing import Dict, List

import socketio
from starlette.applications import Starlette

sio = socketio.AsyncServer(cors_allowed_origins=[], async_mode="asgi")
app = Starlette()
asgi_app = socketio.ASGIApp(sio, other_asgi_app=app)

user_sessions: Dict[str, Dict] = {}
chat_contexts: Dict[str, List[dict]] = {}
ws_sessions_id: Dict[str, str] = {}


def restore_existing_session(sid, session_id, thread_id):
    user_sessions[session_id] = {"thread_id": thread_id}  # expect: SLS103:5
    ws_sessions_id[sid] = session_id  # expect: SLS103:5


@sio.on("connect")
async def connect(sid, environ, auth):
    session_id = auth.get("sessionId")
    restore_existing_session(sid, session_id, auth.get("threadId"))
    chat_contexts[session_id] = []  # expect: SLS104:5
    return True


@sio.on("client_message")
async def message(sid, payload):
    session_id = ws_sessions_id[sid]
    chat_contexts[session_id].append(payload["message"])  # expect: SLS104:5
    await sio.emit("new_message", payload["message"], to=sid)


@sio.on("clear_session")
async def clean_session(sid):
    await disconnect(sid, "client disconnect")


@sio.on("disconnect")
async def disconnect(sid, reason):
    session_id = ws_sessions_id.pop(sid, None)  # expect: SLS103:18
    if session_id in user_sessions:
        user_sessions.pop(session_id)  # expect: SLS103:9
    chat_contexts.pop(session_id, None)  # expect: SLS104:5
