"""Module state written only outside request scope. No findings.

Import-time registries, CLI commands, scheduled jobs, a chat-bot router of another library
(resolved through its import, so not a FastAPI router) and `__main__` code.
"""

from collections.abc import Callable

import typer
from aiogram import Router
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from fastapi import FastAPI

app = FastAPI()
cli = typer.Typer()
router = Router()
scheduler = AsyncIOScheduler()

EXPORTERS: dict[str, Callable] = {}
RATES: dict[str, float] = {}
seen_chats: set[int] = set()
PLUGINS: list[str] = []


def exporter(name: str):
    def decorator(fn: Callable) -> Callable:
        EXPORTERS[name] = fn
        return fn

    return decorator


@exporter("csv")
def export_csv(rows: list[dict]) -> str:
    return "\n".join(",".join(map(str, r.values())) for r in rows)


@exporter("json")
def export_json(rows: list[dict]) -> str:
    return str(rows)


PLUGINS.append("audit")
PLUGINS.extend(["metrics", "tracing"])
RATES.update({"EUR": 1.0})


@cli.command()
def seed() -> None:
    RATES["USD"] = 1.08


@scheduler.scheduled_job("interval", minutes=5)
def refresh_rates() -> None:
    RATES.update({"GBP": 0.85})


@router.message()
async def on_message(message) -> None:
    seen_chats.add(message.chat.id)


@app.get("/export/{fmt}")
def export(fmt: str) -> str:
    # Reading the registry in a handler is fine.
    rows = [{"currency": k, "rate": v} for k, v in RATES.items()]
    return EXPORTERS[fmt](rows)


@app.get("/plugins")
def plugins() -> list[str]:
    return sorted(PLUGINS)


if __name__ == "__main__":
    PLUGINS.clear()
    cli()
