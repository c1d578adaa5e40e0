"""FastAPI and Starlette routes whose endpoints live in routes.py."""

from fastapi import FastAPI
from starlette.routing import Route, WebSocketRoute

from . import routes

app = FastAPI()
app.add_api_route("/items", routes.list_items, methods=["GET"])
app.add_api_route("/items", routes.create_item, methods=["POST"])
app.router.routes.extend(
    [Route("/health", routes.health), WebSocketRoute("/ws", routes.stream)]
)
