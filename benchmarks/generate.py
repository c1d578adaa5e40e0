"""Deterministic benchmark corpora: a handler-dense service and a growth file.

``handler_corpus()`` gives a package ``svc/`` of about 100 modules shaped like a real
service that mixes FastAPI routers, Flask blueprints and MCP tool servers: models, settings,
a database module, module-level stores read and written from other modules (the plugin's
cross-module path), service classes with and without state on ``self``, helpers, and plain
utility modules that import no framework (the cheap gate's path). Most handlers are
stateless; a minority keep state in process memory, as real code does.

``growth_corpus(scales)`` gives one FastAPI module at several sizes: every unit adds
globals, helpers, a model and handlers, so everything the plugin indexes grows together. Its
header has one finding of flake8's own (an unused import under ``# noqa``): as soon as a
plugin reports anything in a file, flake8 tokenizes the whole file into a list for its noqa
mapping and keeps it while the other plugins run, and with a large file that list makes
every full garbage collection dearer. The finding makes flake8 do that with and without the
plugin alike, so that the difference is the plugin's own time (docs/performance.md).

Same seed, same bytes: the generator uses its own ``random.Random`` and nothing else that
varies between runs. Run it alone to look at the output::

    python benchmarks/generate.py /tmp/corpus
"""

from __future__ import annotations

import argparse
import ast
import functools
import random
import shutil
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template

SEED = 20240605
#: Units in the 1x growth file (about 60 lines each).
GROWTH_UNITS = 24

RESOURCES = (
    ("user", "users"), ("order", "orders"), ("invoice", "invoices"), ("product", "products"),
    ("cart", "carts"), ("payment", "payments"), ("ticket", "tickets"), ("comment", "comments"),
    ("project", "projects"), ("task", "tasks"), ("team", "teams"), ("account", "accounts"),
    ("report", "reports"), ("shipment", "shipments"), ("coupon", "coupons"),
    ("review", "reviews"), ("notification", "notifications"), ("plan", "plans"),
    ("subscription", "subscriptions"), ("message", "messages"), ("document", "documents"),
    ("webhook", "webhooks"), ("tenant", "tenants"), ("event", "events"), ("device", "devices"),
    ("location", "locations"), ("contact", "contacts"), ("campaign", "campaigns"),
    ("article", "articles"), ("tag", "tags"), ("booking", "bookings"), ("room", "rooms"),
    ("driver", "drivers"), ("vehicle", "vehicles"), ("course", "courses"),
    ("lesson", "lessons"), ("quiz", "quizzes"), ("wallet", "wallets"),
    ("transfer", "transfers"), ("supplier", "suppliers"),
)  # fmt: skip

FIELDS = (
    ("title", "str", '""'), ("description", "str | None", "None"), ("price", "float", "0.0"),
    ("quantity", "int", "0"), ("active", "bool", "True"), ("email", "str", '""'),
    ("priority", "int", "1"), ("currency", "str", '"EUR"'), ("notes", "str | None", "None"),
    ("status", "str", '"new"'), ("score", "float", "0.0"), ("region", "str", '"eu"'),
)  # fmt: skip

#: Module-level containers of ``svc/store.py``: name -> (annotation, value).
STORE = {
    "sessions": ("dict[str, int]", "{}"),
    "rate_limits": ("defaultdict[str, list[float]]", "defaultdict(list)"),
    "recent_events": ("deque[dict]", "deque(maxlen=500)"),
    "counters": ("Counter[str]", "Counter()"),
    "feature_flags": ("dict[str, bool]", '{"beta": False, "new_checkout": True}'),
    "upload_progress": ("dict[str, float]", "{}"),
}

UTILS = ("text", "pagination", "timeutil", "validation", "money", "ids")


def fill(template: str, **values: object) -> str:
    """``$name`` placeholders (Python code keeps its braces), dedented, one trailing newline."""
    return Template(textwrap.dedent(template).strip("\n")).substitute(values) + "\n"


def cap(word: str) -> str:
    return "".join(part.capitalize() for part in word.split("_"))


@dataclass(frozen=True)
class Res:
    sing: str
    plural: str

    @property
    def cls(self) -> str:
        return cap(self.sing)

    @property
    def model(self) -> str:
        return f"{self.cls}Row"


def _module(*blocks: str) -> str:
    return "\n\n\n".join(b.rstrip("\n") for b in blocks if b) + "\n"


def _fields(rng: random.Random) -> list[tuple[str, str, str]]:
    return rng.sample(FIELDS, rng.randint(2, 5))


def _schema(res: Res, fields: Sequence[tuple[str, str, str]]) -> str:
    lines = [
        f"class {res.cls}In(BaseModel):",
        "    name: str = Field(min_length=1, max_length=120)",
    ]
    lines += [f"    {name}: {kind} = {default}" for name, kind, default in fields]
    lines += [
        "",
        "",
        f"class {res.cls}Out({res.cls}In):",
        "    id: int",
        "    created_at: datetime",
    ]
    lines += ['    model_config = {"from_attributes": True}']
    return "\n".join(lines)


# -- FastAPI routers -------------------------------------------------------------------------


def _fa_list(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.get("/", response_model=list[$C]$extra)
        async def list_$p(
            page: int = Query(0, ge=0),
            q: str | None = None,
            db: Session = Depends(get_db),
            user: User = Depends(current_user),
        ) -> list[$C]:
            stmt = select($M).where($M.owner_id == user.id)
            if q:
                stmt = stmt.where($M.name.ilike(f"%{q}%"))
            rows = db.execute(stmt.offset(page * PAGE_SIZE).limit(PAGE_SIZE)).scalars()
            return [$C.model_validate(row) for row in rows]
        """,
        C=f"{res.cls}Out",
        M=res.model,
        p=res.plural,
        extra=rng.choice(["", ', summary="List ' + res.plural + '"']),
    )


def _fa_get(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.get("/{${s}_id}", response_model=$C)
        def get_$s(${s}_id: int, db: Session = Depends(get_db)) -> $C:
            row = db.get($M, ${s}_id)
            if row is None:
                raise HTTPException(status.HTTP_404_NOT_FOUND, detail="$s not found")
            return $C.model_validate(row)
        """,
        C=f"{res.cls}Out",
        M=res.model,
        s=res.sing,
    )


def _fa_create(res: Res, rng: random.Random, track: str) -> str:
    return fill(
        """
        @router.post("/", status_code=status.HTTP_201_CREATED, response_model=$C)
        async def create_$s(
            payload: ${Cls}In,
            db: Session = Depends(get_db),
            user: User = Depends(current_user),
        ) -> $C:
            values = _prepare(payload, owner_id=user.id)
            row = $M(**values)
            db.add(row)
            db.commit()
            db.refresh(row)
            logger.info("created $s %s for user %s", row.id, user.id)
        $track    return $C.model_validate(row)
        """,
        C=f"{res.cls}Out",
        Cls=res.cls,
        M=res.model,
        s=res.sing,
        track=track,
    )


def _fa_update(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.patch("/{${s}_id}", response_model=$C)
        def update_$s(
            ${s}_id: int,
            payload: ${Cls}In,
            db: Session = Depends(get_db),
        ) -> $C:
            row = db.get($M, ${s}_id)
            if row is None:
                raise HTTPException(status.HTTP_404_NOT_FOUND)
            changes = payload.model_dump(exclude_unset=True)
            for field, value in changes.items():
                if field in READ_ONLY:
                    continue
                setattr(row, field, value)
            db.commit()
            return $C.model_validate(row)
        """,
        C=f"{res.cls}Out",
        Cls=res.cls,
        M=res.model,
        s=res.sing,
    )


def _fa_delete(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.delete("/{${s}_id}", status_code=status.HTTP_204_NO_CONTENT)
        def delete_$s(${s}_id: int, db: Session = Depends(get_db)) -> None:
            deleted = db.execute(delete($M).where($M.id == ${s}_id)).rowcount
            if not deleted:
                raise HTTPException(status.HTTP_404_NOT_FOUND)
            db.commit()
        """,
        M=res.model,
        s=res.sing,
    )


def _fa_export(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.get("/export.csv")
        def export_$p(db: Session = Depends(get_db)) -> StreamingResponse:
            def rows() -> Iterator[str]:
                yield "id,name\\n"
                for row in db.execute(select($M)).scalars():
                    name = row.name.replace('"', '""')
                    yield f'{row.id},"{name}"\\n'

            return StreamingResponse(rows(), media_type="text/csv")
        """,
        M=res.model,
        p=res.plural,
    )


def _fa_ws(res: Res, rng: random.Random) -> str:
    return fill(
        """
        @router.websocket("/live")
        async def ${p}_live(websocket: WebSocket) -> None:
            await websocket.accept()
            try:
                while True:
                    message = await websocket.receive_json()
                    if message.get("type") == "ping":
                        await websocket.send_json({"type": "pong"})
                        continue
                    await websocket.send_json({"type": "ack", "id": message.get("id")})
            except WebSocketDisconnect:
                logger.debug("$p live feed closed")
        """,
        p=res.plural,
    )


def _fa_bulk(res: Res, rng: random.Random, stateful: bool) -> str:
    mark = "    global _last_bulk_at\n" if stateful else ""
    stamp = "    _last_bulk_at = utcnow()\n" if stateful else ""
    return fill(
        """
        @router.post("/bulk", status_code=status.HTTP_202_ACCEPTED)
        def bulk_create_$p(
            payloads: list[${C}In],
            db: Session = Depends(get_db),
            user: User = Depends(current_user),
        ) -> dict[str, Any]:
        $mark    created, failed = 0, []
            for position, payload in enumerate(payloads):
                try:
                    db.add($M(**_prepare(payload, owner_id=user.id)))
                    created += 1
                except ValueError as error:
                    failed.append({"position": position, "error": str(error)})
            db.commit()
        $stamp    return {"created": created, "failed": failed}
        """,
        C=res.cls,
        M=res.model,
        p=res.plural,
        mark=mark,
        stamp=stamp,
    )


def _fa_stats(res: Res, rng: random.Random, stateful: bool) -> str:
    return fill(
        """
        @router.get("/stats")
        async def ${p}_stats(
            db: Session = Depends(get_db), user: User = Depends(current_user)
        ) -> dict[str, Any]:
            rows = db.execute(select($M).where($M.owner_id == user.id)).scalars().all()
            by_day: dict[str, int] = {}
            for row in rows:
                day = row.created_at.date().isoformat()
                by_day[day] = by_day.get(day, 0) + 1
            busiest = sorted(by_day.items(), key=lambda item: item[1], reverse=True)[:5]
            return {"total": len(rows), "busiest": dict(busiest)}
        """,
        M=res.model,
        p=res.plural,
    )


def _fa_archive(res: Res, rng: random.Random, stateful: bool) -> str:
    return fill(
        """
        def get_${s}_or_404(${s}_id: int, db: Session = Depends(get_db)) -> $M:
            row = db.get($M, ${s}_id)
            if row is None:
                raise HTTPException(status.HTTP_404_NOT_FOUND, detail="no such $s")
            return row


        @router.post("/{${s}_id}/archive", response_model=$C)
        def archive_$s(
            row: $M = Depends(get_${s}_or_404), db: Session = Depends(get_db)
        ) -> $C:
            if getattr(row, "archived", False):
                raise HTTPException(status.HTTP_409_CONFLICT, detail="already archived")
            row.archived = True
            db.commit()
            return $C.model_validate(row)
        """,
        C=f"{res.cls}Out",
        M=res.model,
        s=res.sing,
    )


def _prepare_helper(res: Res) -> str:
    return fill(
        """
        def _prepare(payload: ${C}In, *, owner_id: int) -> dict[str, Any]:
            values = payload.model_dump()
            values["name"] = slugify(values["name"]) if SLUG_NAMES else values["name"].strip()
            values["owner_id"] = owner_id
            values["created_at"] = utcnow()
            return values
        """,
        C=res.cls,
    )


def fastapi_module(res: Res, rng: random.Random, services: Sequence[Res]) -> str:
    svc = rng.choice(services)
    stateful = rng.random() < 0.35
    uses_store = rng.random() < 0.3
    uses_service = rng.random() < 0.5
    cached = rng.random() < 0.25
    # the makers differ in signature (some also take ``stateful``)
    optional: list[Callable[..., str]] = [
        _fa_delete,
        _fa_export,
        _fa_ws,
        _fa_bulk,
        _fa_stats,
        _fa_archive,
    ]
    extra = rng.sample(optional, rng.randint(2, 5))
    names = {h.__name__ for h in extra}
    fastapi_names = ["APIRouter", "Depends", "HTTPException", "Query", "status"]
    if "_fa_ws" in names:
        fastapi_names[4:4] = ["WebSocket", "WebSocketDisconnect"]
    sqlalchemy_names = "delete, select" if "_fa_delete" in names else "select"
    imports = [
        "from __future__ import annotations",
        "",
        "import logging",
        *(["from collections.abc import Iterator"] if "_fa_export" in names else []),
        "from datetime import datetime",
        *(["from functools import lru_cache"] if cached else []),
        "from typing import Any",
        "",
        "from fastapi import (",
        *(f"    {name}," for name in fastapi_names),
        ")",
        *(["from fastapi.responses import StreamingResponse"] if "_fa_export" in names else []),
        "from pydantic import BaseModel, Field",
        f"from sqlalchemy import {sqlalchemy_names}",
        "from sqlalchemy.orm import Session",
        "",
        *(["from svc import store"] if uses_store else []),
        "from svc.db import get_db",
        "from svc.deps import User, current_user",
        f"from svc.models import {res.model}",
        *([f"from svc.services.{svc.plural} import {svc.sing}_service"] if uses_service else []),
        "from svc.utils.text import slugify",
        "from svc.utils.timeutil import utcnow",
    ]
    head = [
        "logger = logging.getLogger(__name__)",
        f'router = APIRouter(prefix="/{res.plural}", tags=["{res.plural}"])',
        f"PAGE_SIZE = {rng.choice([20, 25, 50, 100])}",
        f"SLUG_NAMES = {rng.choice(['True', 'False'])}",
        'READ_ONLY = frozenset({"id", "owner_id", "created_at"})',
    ]
    track = ""
    if stateful:
        head.append(f"_recent_{res.plural}: list[int] = []")
        head.append("_last_bulk_at = None")
        track = (
            f"    _recent_{res.plural}.append(row.id)\n"
            f"    if len(_recent_{res.plural}) > 100:\n"
            f"        del _recent_{res.plural}[0]\n"
        )
    if uses_service:
        track += f"    {svc.sing}_service.record(row.id)\n"
    handlers: list[Callable[[], str]] = [
        lambda: _fa_list(res, rng),
        lambda: _fa_get(res, rng),
        lambda: _fa_update(res, rng),
    ]
    for make in extra:
        if make in (_fa_bulk, _fa_stats, _fa_archive):
            handlers.append(functools.partial(make, res, rng, stateful))
        else:
            handlers.append(functools.partial(make, res, rng))
    rng.shuffle(handlers)
    blocks = [
        f'"""HTTP endpoints for {res.plural}."""',
        "\n".join(imports),
        "\n".join(head),
        _schema(res, _fields(rng)),
        _prepare_helper(res),
    ]
    blocks += [make() for make in handlers[:2]]
    blocks.append(_fa_create(res, rng, track))
    blocks += [make() for make in handlers[2:]]
    if uses_store:
        blocks.append(
            fill(
                """
                @router.post("/{${s}_id}/upload")
                async def upload_${s}_file(${s}_id: int, size: int) -> dict[str, float]:
                    key = f"$s:{${s}_id}"
                    store.upload_progress[key] = 0.0
                    store.counters["uploads"] += 1
                    return {"progress": store.upload_progress[key]}
                """,
                s=res.sing,
            )
        )
    if cached:
        blocks.append(
            fill(
                """
                @lru_cache(maxsize=512)
                def _owner_name(owner_id: int) -> str:
                    return f"user-{owner_id}"


                @router.get("/{${s}_id}/owner")
                def ${s}_owner(${s}_id: int, db: Session = Depends(get_db)) -> dict[str, str]:
                    row = db.get($M, ${s}_id)
                    if row is None:
                        raise HTTPException(status.HTTP_404_NOT_FOUND)
                    return {"owner": _owner_name(row.owner_id)}
                """,
                s=res.sing,
                M=res.model,
            )
        )
    return _module(*blocks)


# -- Flask blueprints ------------------------------------------------------------------------


def flask_module(res: Res, rng: random.Random, services: Sequence[Res]) -> str:
    stateful = rng.random() < 0.3
    method_view = rng.random() < 0.5
    uses_store = rng.random() < 0.25
    fields = _fields(rng)
    required = [name for name, kind, _ in fields if kind == "str"]
    head = [
        f'bp = Blueprint("{res.plural}", __name__, url_prefix="/{res.plural}")',
        "logger = logging.getLogger(__name__)",
        f"REQUIRED = {tuple(['name', *required])!r}",
        f"PER_PAGE = {rng.choice([10, 20, 30])}",
    ]
    if stateful:
        head.append("_view_counts: Counter[str] = Counter()")
    blocks = [
        f'"""{res.plural.capitalize()} pages and JSON views."""',
        "\n".join(
            [
                "import logging",
                *(["from collections import Counter"] if stateful else []),
                "from http import HTTPStatus",
                "",
                "from flask import Blueprint, abort, current_app, g, jsonify, request, session",
                *(["from flask.views import MethodView"] if method_view else []),
                "",
                *(["from svc import store"] if uses_store else []),
                "from svc.db import db_session",
                f"from svc.models import {res.model}",
                "from svc.utils.validation import missing_fields",
            ]
        ),
        "\n".join(head),
        fill(
            """
            @bp.before_request
            def load_user() -> None:
                g.user_id = session.get("user_id")
                if g.user_id is None and request.endpoint not in PUBLIC_ENDPOINTS:
                    abort(HTTPStatus.UNAUTHORIZED)


            PUBLIC_ENDPOINTS = frozenset({"$p.index"})


            def _validate(data: dict) -> list[str]:
                errors = missing_fields(data, REQUIRED)
                if "name" in data and len(data["name"]) > 120:
                    errors.append("name: too long")
                return errors


            @bp.route("/", methods=["GET"])
            def index():
                page = request.args.get("page", 0, type=int)
                query = db_session.query($M).order_by($M.id)
                rows = query.offset(page * PER_PAGE).limit(PER_PAGE).all()
                $count
                return jsonify([row.to_dict() for row in rows])


            @bp.post("/")
            def create():
                data = request.get_json(force=True) or {}
                errors = _validate(data)
                if errors:
                    return jsonify(errors=errors), HTTPStatus.BAD_REQUEST
                row = $M(owner_id=g.user_id, **data)
                db_session.add(row)
                db_session.commit()
                current_app.logger.info("created $s %s", row.id)
                return jsonify(row.to_dict()), HTTPStatus.CREATED
            """,
            M=res.model,
            s=res.sing,
            p=res.plural,
            count="_view_counts[request.path] += 1" if stateful else "g.page = page",
        ),
    ]
    if method_view:
        blocks.append(
            fill(
                """
                class ${C}API(MethodView):
                    decorators = []

                    def get(self, ${s}_id: int):
                        row = db_session.get($M, ${s}_id) or abort(HTTPStatus.NOT_FOUND)
                        return jsonify(row.to_dict())

                    def put(self, ${s}_id: int):
                        row = db_session.get($M, ${s}_id) or abort(HTTPStatus.NOT_FOUND)
                        data = request.get_json(force=True) or {}
                        for key in REQUIRED:
                            if key in data:
                                setattr(row, key, data[key])
                        db_session.commit()
                        return jsonify(row.to_dict())

                    def delete(self, ${s}_id: int):
                        db_session.query($M).filter_by(id=${s}_id).delete()
                        db_session.commit()
                        return "", HTTPStatus.NO_CONTENT


                bp.add_url_rule("/<int:${s}_id>", view_func=${C}API.as_view("${s}_api"))
                """,
                C=res.cls,
                M=res.model,
                s=res.sing,
            )
        )
    else:
        blocks.append(
            fill(
                """
                @bp.route("/<int:${s}_id>", methods=["GET", "DELETE"])
                def detail(${s}_id: int):
                    row = db_session.get($M, ${s}_id)
                    if row is None:
                        abort(HTTPStatus.NOT_FOUND)
                    if request.method == "DELETE":
                        db_session.delete(row)
                        db_session.commit()
                        return "", HTTPStatus.NO_CONTENT
                    return jsonify(row.to_dict())
                """,
                M=res.model,
                s=res.sing,
            )
        )
    if uses_store:
        blocks.append(
            fill(
                """
                @bp.post("/login")
                def login():
                    data = request.get_json(force=True) or {}
                    token = data.get("token", "")
                    if not token:
                        abort(HTTPStatus.BAD_REQUEST)
                    store.sessions[token] = g.user_id
                    return jsonify(ok=True)
                """
            )
        )
    blocks.append(
        fill(
            """
            @bp.errorhandler(HTTPStatus.NOT_FOUND)
            def not_found(error):
                return jsonify(error="$s not found"), HTTPStatus.NOT_FOUND
            """,
            s=res.sing,
        )
    )
    return _module(*blocks)


# -- MCP tool servers ------------------------------------------------------------------------


def mcp_module(res: Res, rng: random.Random, services: Sequence[Res]) -> str:
    flavour = rng.choice(["v1", "v1", "fastmcp"])
    stateful = rng.random() < 0.35
    source = "mcp.server.fastmcp" if flavour == "v1" else "fastmcp"
    head = [f'mcp = FastMCP("{res.plural}")', "logger = logging.getLogger(__name__)"]
    head.append(f"MAX_RESULTS = {rng.choice([10, 25, 50])}")
    if stateful:
        head.append("_history: defaultdict[str, list[dict]] = defaultdict(list)")
    remember = (
        '    _history[conversation_id].append({"role": "user", "content": query})\n'
        if stateful
        else ""
    )
    blocks = [
        f'"""MCP tools and resources for {res.plural}."""',
        "\n".join(
            [
                "from __future__ import annotations",
                "",
                "import json",
                "import logging",
                *(["from collections import defaultdict"] if stateful else []),
                "",
                f"from {source} import Context, FastMCP",
                "from sqlalchemy import select",
                "",
                "from svc.db import async_session",
                f"from svc.models import {res.model}",
            ]
        ),
        "\n".join(head),
        fill(
            """
            def _row_to_dict(row: $M) -> dict:
                return {"id": row.id, "name": row.name, "created": row.created_at.isoformat()}


            @mcp.tool()
            async def search_$p(
                query: str, conversation_id: str = "", limit: int = 10, ctx: Context | None = None
            ) -> list[dict]:
                \"\"\"Search $p whose name contains ``query``.\"\"\"
                limit = max(1, min(limit, MAX_RESULTS))
                if ctx is not None:
                    await ctx.info(f"searching $p for {query!r}")
            $remember    async with async_session() as db:
                    stmt = select($M).where($M.name.ilike(f"%{query}%")).limit(limit)
                    rows = (await db.execute(stmt)).scalars().all()
                return [_row_to_dict(row) for row in rows]


            @mcp.resource("$p://{${s}_id}")
            async def read_$s(${s}_id: str) -> str:
                async with async_session() as db:
                    row = await db.get($M, int(${s}_id))
                if row is None:
                    return json.dumps({"error": "not found"})
                return json.dumps(_row_to_dict(row))


            @mcp.prompt()
            def summarize_$s(${s}_id: str, tone: str = "neutral") -> str:
                return (
                    f"Summarise $s {${s}_id} in a {tone} tone. "
                    f"Read it from the $p://{${s}_id} resource first."
                )
            """,
            M=res.model,
            p=res.plural,
            s=res.sing,
            remember=remember,
        ),
    ]
    if rng.random() < 0.5:
        blocks.append(
            fill(
                """
                @mcp.tool()
                async def count_$p(ctx: Context) -> int:
                    \"\"\"How many $p there are.\"\"\"
                    async with async_session() as db:
                        rows = (await db.execute(select($M.id))).all()
                    await ctx.report_progress(1, 1)
                    return len(rows)
                """,
                M=res.model,
                p=res.plural,
            )
        )
    if stateful:
        blocks.append(
            fill(
                """
                @mcp.tool()
                def forget(conversation_id: str) -> bool:
                    return _history.pop(conversation_id, None) is not None
                """
            )
        )
    return _module(*blocks)


# -- services, utilities and the shared modules ---------------------------------------------


def service_module(res: Res, rng: random.Random) -> str:
    stateful = rng.random() < 0.5
    init_state = (
        "        self._seen: dict[int, datetime] = {}\n        self._lock = threading.Lock()\n"
        if stateful
        else ""
    )
    record = (
        "        with self._lock:\n            self._seen[$s_id] = datetime.now(timezone.utc)\n"
        if stateful
        else '        logger.debug("$s %s recorded", $s_id)\n'
    ).replace("$s", res.sing)
    return _module(
        f'"""Business logic for {res.plural}: pure functions and one service object."""',
        "\n".join(
            [
                "from __future__ import annotations",
                "",
                "import logging",
                *(["import threading"] if stateful else []),
                "from collections.abc import Iterable",
                "from dataclasses import dataclass",
                "from datetime import datetime, timedelta, timezone",
                "",
                "from svc.settings import settings",
            ]
        ),
        "logger = logging.getLogger(__name__)\n"
        f"STALE_AFTER = timedelta(days={rng.choice([7, 30, 90])})",
        fill(
            """
            @dataclass(frozen=True)
            class ${C}Summary:
                id: int
                name: str
                total: float
                stale: bool


            class ${C}Service:
                \"\"\"Summaries and bookkeeping for $p.\"\"\"

                def __init__(self, currency: str = "EUR") -> None:
                    self.currency = currency
            $init
                def record(self, ${s}_id: int) -> None:
            $record
                def summarize(self, rows: Iterable[dict]) -> list[${C}Summary]:
                    now = datetime.now(timezone.utc)
                    out = []
                    for row in rows:
                        total = sum(line["amount"] for line in row.get("lines", ()))
                        stale = now - row["updated_at"] > STALE_AFTER
                        out.append(${C}Summary(row["id"], row["name"], round(total, 2), stale))
                    return out

                def total(self, rows: Iterable[dict]) -> float:
                    return round(sum(r.get("amount", 0.0) for r in rows), 2)


            ${s}_service = ${C}Service(settings.currency)


            def discount(amount: float, tier: str) -> float:
                rate = {"gold": 0.15, "silver": 0.1}.get(tier, 0.0)
                return round(amount * (1 - rate), 2)
            """,
            C=res.cls,
            p=res.plural,
            s=res.sing,
            init=init_state,
            record=record,
        ),
    )


def utils_module(name: str) -> str:
    bodies = {
        "text": '''
            """Text helpers."""

            import re
            import unicodedata

            _NON_WORD = re.compile(r"[^a-z0-9]+")


            def slugify(value: str) -> str:
                value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
                return _NON_WORD.sub("-", value.lower()).strip("-")


            def truncate(value: str, length: int = 80) -> str:
                return value if len(value) <= length else value[: length - 1] + "..."
            ''',
        "pagination": '''
            """Pagination helpers."""

            from dataclasses import dataclass


            @dataclass(frozen=True)
            class Page:
                number: int
                size: int

                @property
                def offset(self) -> int:
                    return self.number * self.size


            def pages(total: int, size: int) -> int:
                return max(1, -(-total // size))
            ''',
        "timeutil": '''
            """Time helpers."""

            from datetime import datetime, timezone


            def utcnow() -> datetime:
                return datetime.now(timezone.utc)


            def iso(moment: datetime) -> str:
                return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
            ''',
        "validation": '''
            """Validation helpers."""

            from collections.abc import Iterable


            def missing_fields(data: dict, required: Iterable[str]) -> list[str]:
                return [f"{key}: required" for key in required if not data.get(key)]
            ''',
        "money": '''
            """Money helpers."""

            from decimal import ROUND_HALF_UP, Decimal

            CENT = Decimal("0.01")


            def to_cents(amount: float) -> int:
                return int((Decimal(str(amount)) / CENT).quantize(Decimal(1), ROUND_HALF_UP))
            ''',
        "ids": '''
            """Identifier helpers."""

            import secrets
            import uuid


            def new_token() -> str:
                return secrets.token_urlsafe(32)


            def new_id() -> str:
                return uuid.uuid4().hex
            ''',
    }
    return fill(bodies[name])


def shared_modules(
    resources: Sequence[Res], api: Sequence[Res], web: Sequence[Res]
) -> dict[str, str]:
    store_lines = [
        '"""Process-wide stores (the kind of module the plugin follows across files)."""',
        "",
        "from collections import Counter, defaultdict, deque",
        "",
        *(f"{name}: {kind} = {value}" for name, (kind, value) in STORE.items()),
    ]
    models = [
        '"""SQLAlchemy models."""',
        "",
        "from datetime import datetime",
        "",
        "from sqlalchemy import DateTime, ForeignKey, String",
        "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column",
        "",
        "",
        "class Base(DeclarativeBase):",
        "    def to_dict(self) -> dict:",
        "        return {c.name: getattr(self, c.name) for c in self.__table__.columns}",
    ]
    for res in resources:
        models += [
            "",
            "",
            f"class {res.model}(Base):",
            f'    __tablename__ = "{res.plural}"',
            "    id: Mapped[int] = mapped_column(primary_key=True)",
            "    name: Mapped[str] = mapped_column(String(120))",
            '    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))',
            "    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))",
        ]
    routers = "\n".join(f"from svc.api import {r.plural} as {r.plural}_api" for r in api)
    include = "\n".join(f"    app.include_router({r.plural}_api.router)" for r in api)
    blueprints = "\n".join(f"from svc.web import {r.plural} as {r.plural}_web" for r in web)
    register = "\n".join(f"    app.register_blueprint({r.plural}_web.bp)" for r in web)
    return {
        "svc/__init__.py": '"""A service with HTTP, web and MCP front ends."""\n',
        "svc/api/__init__.py": "",
        "svc/web/__init__.py": "",
        "svc/mcp/__init__.py": "",
        "svc/services/__init__.py": "",
        "svc/utils/__init__.py": "",
        "svc/store.py": "\n".join(store_lines) + "\n",
        "svc/models.py": "\n".join(models) + "\n",
        "svc/settings.py": fill(
            '''
            """Settings from the environment."""

            from functools import lru_cache

            from pydantic_settings import BaseSettings, SettingsConfigDict


            class Settings(BaseSettings):
                model_config = SettingsConfigDict(env_prefix="SVC_")

                database_url: str = "postgresql+psycopg://localhost/svc"
                redis_url: str = "redis://localhost:6379/0"
                currency: str = "EUR"
                debug: bool = False


            @lru_cache
            def get_settings() -> Settings:
                return Settings()


            settings = get_settings()
            '''
        ),
        "svc/db.py": fill(
            '''
            """Engines and sessions."""

            from collections.abc import Iterator

            from sqlalchemy import create_engine
            from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
            from sqlalchemy.orm import Session, scoped_session, sessionmaker

            from svc.settings import settings

            engine = create_engine(settings.database_url, pool_pre_ping=True)
            SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
            db_session = scoped_session(SessionLocal)
            async_engine = create_async_engine(settings.database_url)
            async_session = async_sessionmaker(async_engine, expire_on_commit=False)


            def get_db() -> Iterator[Session]:
                db = SessionLocal()
                try:
                    yield db
                finally:
                    db.close()
            '''
        ),
        "svc/deps.py": fill(
            '''
            """Shared FastAPI dependencies."""

            import time
            from dataclasses import dataclass

            from fastapi import Depends, Header, HTTPException, Request, status

            from svc import store


            @dataclass(frozen=True)
            class User:
                id: int
                is_admin: bool = False


            def current_user(authorization: str = Header(default="")) -> User:
                token = authorization.removeprefix("Bearer ").strip()
                user_id = store.sessions.get(token)
                if user_id is None:
                    raise HTTPException(status.HTTP_401_UNAUTHORIZED)
                return User(user_id)


            def rate_limited(request: Request, user: User = Depends(current_user)) -> User:
                now = time.monotonic()
                hits = [t for t in store.rate_limits[str(user.id)] if now - t < 60]
                if len(hits) > 100:
                    raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS)
                store.rate_limits[str(user.id)] = [*hits, now]
                return user
            '''
        ),
        "svc/cache.py": fill(
            '''
            """Caches."""

            from cachetools import TTLCache, cached

            exchange_rates: TTLCache = TTLCache(maxsize=64, ttl=3600)


            @cached(exchange_rates)
            def rate(currency: str) -> float:
                return {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}.get(currency, 1.0)
            '''
        ),
        "svc/main.py": _module(
            '"""Application factories: the FastAPI app and the Flask app."""',
            "from contextlib import asynccontextmanager\n\n"
            "from fastapi import FastAPI\nfrom flask import Flask\n\n"
            f"{routers}\n{blueprints}\nfrom svc.db import engine",
            fill(
                """
                @asynccontextmanager
                async def lifespan(app: FastAPI):
                    app.state.ready = True
                    yield
                    engine.dispose()


                def create_api() -> FastAPI:
                    app = FastAPI(title="svc", lifespan=lifespan)
                $include
                    return app


                def create_web() -> Flask:
                    app = Flask(__name__)
                    app.config.from_prefixed_env()
                $register
                    return app
                """,
                include=include,
                register=register,
            ),
        ),
    }


def handler_corpus(n_files: int = 100, seed: int = SEED) -> dict[str, str]:
    """Relative path -> source of the handler-dense corpus (about ``n_files`` modules)."""
    rng = random.Random(seed)
    pool = [Res(s, p) for s, p in RESOURCES]
    # The fixed part: 14 shared modules and package markers, and the utilities.
    budget = max(n_files - 14 - len(UTILS), 4)
    n_services = max(1, budget // 9)
    n_mcp = max(1, budget * 3 // 20)
    n_web = max(1, budget * 3 // 11)
    n_api = max(1, budget - n_services - n_mcp - n_web)

    def pick(count: int) -> list[Res]:
        return [pool[i % len(pool)] for i in sorted(rng.sample(range(len(pool)), count))]

    api, web, mcp = pick(min(n_api, len(pool))), pick(min(n_web, len(pool))), pick(n_mcp)
    services = pick(n_services)
    files = shared_modules(pool, api, web)
    for name in UTILS:
        files[f"svc/utils/{name}.py"] = utils_module(name)
    for res in services:
        files[f"svc/services/{res.plural}.py"] = service_module(res, rng)
    for res in api:
        files[f"svc/api/{res.plural}.py"] = fastapi_module(res, rng, services)
    for res in web:
        files[f"svc/web/{res.plural}.py"] = flask_module(res, rng, services)
    for res in mcp:
        files[f"svc/mcp/{res.plural}.py"] = mcp_module(res, rng, services)
    for path, source in files.items():
        try:
            ast.parse(source, filename=path)
        except SyntaxError as error:  # a generator bug: fail loudly, never time a broken corpus
            raise SystemExit(f"generate.py wrote invalid Python in {path}: {error}") from error
    return files


# -- the growth file -------------------------------------------------------------------------

GROWTH_HEADER = '''\
"""Inventory service: one module that grows (benchmark growth file)."""

from __future__ import annotations

import logging
import os  # noqa: F401
from collections import defaultdict
from datetime import datetime, timezone
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

app = FastAPI(title="inventory")
logger = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def get_tenant(request: Request) -> str:
    return request.headers.get("x-tenant", "default")
'''

_GROWTH_UNITS = (
    """
    _items_$i: dict[int, dict] = {}
    _events_$i: list[dict] = []
    LIMIT_$i = $n
    KINDS_$i = ("a", "b", "c")


    class Item$i(BaseModel):
        name: str
        qty: int = 0
        kind: str = "a"


    def _normalise_$i(payload: dict) -> dict:
        out = {}
        for key, value in payload.items():
            if isinstance(value, str):
                value = value.strip()
            out[key.lower()] = value
        return out


    def _audit_$i(kind: str, data: dict) -> None:
        _events_$i.append({"kind": kind, "at": _now(), **data})
        logger.info("audit %s", kind)


    @app.get("/items$i/{item_id}")
    async def get_item_$i(item_id: int) -> dict:
        item = _items_$i.get(item_id)
        if item is None:
            raise HTTPException(404)
        return item


    @app.post("/items$i")
    def create_item_$i(item: Item$i, tenant: str = Depends(get_tenant)) -> dict:
        if item.kind not in KINDS_$i or item.qty > LIMIT_$i:
            raise HTTPException(422)
        data = _normalise_$i(item.model_dump())
        _items_$i[len(_items_$i) + 1] = data
        _audit_$i("create", {"tenant": tenant})
        return data
    """,
    """
    REGISTRY_$i: dict[str, type] = {}
    DEFAULTS_$i = {"page": 0, "size": $n}


    def register_$i(name: str):
        def wrap(cls: type) -> type:
            REGISTRY_$i[name] = cls
            return cls

        return wrap


    @register_$i("plain$i")
    class Plain$i:
        def render(self, rows: list[dict]) -> str:
            return "\\n".join(str(row) for row in rows)


    def _page_$i(rows: list[dict], page: int, size: int) -> list[dict]:
        start = page * size
        return rows[start:][:size]


    @app.get("/reports$i")
    def list_reports_$i(page: int = 0, size: int = DEFAULTS_$i["size"]) -> list[dict]:
        rows = [{"id": n, "name": f"report {n}"} for n in range(size * 3)]
        chosen = _page_$i(rows, page, size)
        return [row for row in chosen if row["id"] % 2 == 0]
    """,
    """
    _sessions_$i: dict[str, str] = {}
    _hits_$i = defaultdict(int)


    @lru_cache(maxsize=128)
    def _price_$i(sku: str, currency: str = "EUR") -> float:
        return round(len(sku) * 1.5, 2)


    @app.post("/login$i")
    async def login_$i(request: Request) -> dict:
        body = await request.json()
        token = body.get("token", "")
        _sessions_$i[token] = body.get("user", "")
        _hits_$i[request.client.host if request.client else "?"] += 1
        return {"ok": True}


    @app.get("/price$i/{sku}")
    def price_$i(sku: str, currency: str = "EUR") -> dict:
        return {"sku": sku, "price": _price_$i(sku, currency)}
    """,
    """
    TAX_RATES_$i = {"eu": 0.2, "us": 0.07, "uk": 0.2}


    def _tax_$i(amount: float, region: str) -> float:
        rate = TAX_RATES_$i.get(region, 0.0)
        return round(amount * rate, 2)


    def _lines_$i(order: dict) -> list[dict]:
        lines = []
        for line in order.get("lines", []):
            total = line["qty"] * line["price"]
            lines.append({**line, "total": total})
        return lines


    @app.post("/orders$i/quote")
    def quote_$i(order: dict, region: str = "eu") -> dict:
        lines = _lines_$i(order)
        subtotal = sum(line["total"] for line in lines)
        counter = 0
        while counter < len(lines) and lines[counter]["total"] == 0:
            counter += 1
        return {"lines": lines, "tax": _tax_$i(subtotal, region), "skipped": counter}
    """,
)


def growth_source(units: int, seed: int = SEED) -> str:
    """The growth module with ``units`` units (0: the header alone)."""
    rng = random.Random(seed)
    blocks = [GROWTH_HEADER]
    for i in range(units):
        template = _GROWTH_UNITS[i % len(_GROWTH_UNITS)]
        blocks.append(fill(template, i=i, n=rng.randint(5, 500)))
    source = "\n\n\n".join(b.rstrip("\n") for b in blocks) + "\n"
    ast.parse(source)
    return source


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Replace ``root`` by exactly ``files`` (stale files from an older generator go)."""
    if root.exists():
        shutil.rmtree(root)
    for rel, source in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def growth_corpus(scales: Sequence[int], units: int = GROWTH_UNITS) -> dict[str, str]:
    """``0x/`` the header alone, and for each scale k, ``kx/``: copies of the k-times file so
    that every scale's folder has the same number of lines (max(scales) times the 1x file)."""
    top = max(scales)
    files = {"0x/inventory.py": growth_source(0)}
    for scale in scales:
        source = growth_source(units * scale)
        for copy in range(max(1, top // scale)):
            files[f"{scale}x/inventory_{copy:02d}.py"] = source
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (replaced)")
    parser.add_argument("--files", type=int, default=100, help="handler-dense corpus size")
    args = parser.parse_args()
    write_tree(args.out / "handlers", handler_corpus(args.files))
    write_tree(args.out / "growth", growth_corpus((1, 4, 16)))
    count = sum(1 for _ in (args.out / "handlers").rglob("*.py"))
    print(
        f"wrote {count} modules to {args.out / 'handlers'} and growth files to "
        f"{args.out / 'growth'}"
    )


if __name__ == "__main__":
    main()
