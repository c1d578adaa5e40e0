"""Objects are recognised by construction; the name fallback covers only well-known names.

`web_app` comes from another module and is not one of the fallback names (app, router, bp,
blueprint, api, routes, mcp, server); `tasks` is built here from a non-framework class.
No findings.
"""

from fastapi import Depends

from myservice.deps import get_user
from myservice.jobs import JobRegistry
from myservice.web import web_app

tasks = JobRegistry()
bookmarks: dict[str, list[str]] = {}
scheduled = []


@web_app.post("/bookmarks/{url}")
def add_bookmark(url: str, user: str = Depends(get_user)) -> dict:
    bookmarks.setdefault(user, []).append(url)
    return {"ok": True}


@tasks.get("nightly")
def nightly() -> None:
    scheduled.append("nightly")
