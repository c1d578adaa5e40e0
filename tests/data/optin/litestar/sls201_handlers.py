"""Litestar: handler decorators, a controller, and a key read through Parameter(header=...)."""

from typing import Annotated

from litestar import Controller, Litestar, patch, post, put, route
from litestar.enums import HttpMethod
from litestar.params import Parameter

from .store import bookings, guests


@post("/bookings")
async def create_booking(data: dict) -> dict:  # expect: SLS201:1
    return await bookings.create(data)


@patch("/bookings/{booking_id:int}")
async def move_booking(
    booking_id: int,
    key: Annotated[str, Parameter(header="Idempotency-Key")],
) -> dict:
    return {"id": booking_id, "key": key}


@put("/bookings/{booking_id:int}")
async def replace_booking(booking_id: int, data: dict) -> dict:
    return data


@route("/bookings/search", http_method=[HttpMethod.GET, HttpMethod.POST])
async def search_bookings() -> list:  # a POST that only searches: nothing to repeat
    return []


class GuestController(Controller):
    path = "/guests"

    @post()
    async def register(self, data: dict) -> dict:  # expect: SLS201:5
        return await guests.register_guest(data)

    @post("/{guest_id:int}/check-in")
    async def check_in(self, guest_id: int, idempotency_key: str = Parameter(header="Idempotency-Key")) -> dict:
        return {"id": guest_id}


app = Litestar(route_handlers=[create_booking, move_booking, replace_booking, search_bookings, GuestController])
