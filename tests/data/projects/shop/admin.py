"""Admin routes importing the store with an absolute import."""

from fastapi import APIRouter

from shop import store
from shop.store import carts as all_carts

router = APIRouter(prefix="/admin")


@router.delete("/carts/{user_id}")
def clear_cart(user_id: str) -> dict:
    all_carts.pop(user_id, None)  # expect: SLS101:5
    del store.wishlists[user_id]  # expect: SLS101:5
    return {"ok": True}


@router.get("/carts")
def list_carts() -> dict:
    return {user: list(items) for user, items in all_carts.items()}


def purge_sessions() -> None:
    # A maintenance function, not a route.
    store.sessions.clear()
