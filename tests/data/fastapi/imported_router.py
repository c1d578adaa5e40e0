"""A routes module whose router is made in another module (name-based fallback)."""

from fastapi import Depends

from myservice.deps import get_current_user
from myservice.routing import router

favourites: dict[str, list[str]] = {}


@router.post("/favourites/{item}")
def add_favourite(item: str, user: str = Depends(get_current_user)) -> dict:
    favourites.setdefault(user, []).append(item)  # expect: SLS101:5
    return {"favourites": favourites[user]}


@router.get("/favourites")
def list_favourites(user: str = Depends(get_current_user)) -> list[str]:
    return list(favourites.get(user, []))
