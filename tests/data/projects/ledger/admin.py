"""Admin endpoints that change the configuration of the one process that serves them."""

from fastapi import APIRouter

from .config import flags, local, settings, theme

router = APIRouter()


@router.post("/install/done")
async def finish_install() -> None:
    settings.first_install = False  # expect: SLS108:5


@router.post("/origins")
async def add_origin(origin: str) -> list[str]:
    settings.allowed_origins.append(origin)  # expect: SLS108:5
    return settings.allowed_origins


@router.post("/flags/{name}")
async def set_flag(name: str, value: bool) -> None:
    setattr(flags, name, value)  # expect: SLS108:5


@router.post("/beta/{user_id}")
async def join_beta(user_id: str) -> None:
    flags.enabled_for.add(user_id)  # expect: SLS108:5


@router.get("/me")
async def me(user_id: str) -> dict:
    local.user_id = user_id  # a threading.local: per thread, not shared
    return {"user": local.user_id, "database": settings.database_url}


@router.post("/theme")
async def set_theme(accent: str) -> None:
    theme.accent = accent  # a property: the class decides; not reported as a plain write
