"""Falcon todo API that keeps todos in PostgreSQL.

What makes it healthy: every responder reads and writes rows through the SQLAlchemy
engine that the resources receive once in ``__init__`` and never change; responders
keep nothing on ``self`` or at module level, so any worker or pod can serve any
request; a retried POST is deduplicated by its Idempotency-Key in the database.
"""

import logging
import os

import falcon
from sqlalchemy import Engine, create_engine, text

logger = logging.getLogger(__name__)
INSERT_TODO = (
    "INSERT INTO todos (title, idempotency_key) VALUES (:t, :k)"
    " ON CONFLICT (idempotency_key) DO UPDATE SET title = :t RETURNING *"
)


class TodoCollection:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        with self.engine.connect() as conn:
            resp.media = [dict(row) for row in conn.execute(text("SELECT * FROM todos")).mappings()]

    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        key = req.get_header("Idempotency-Key", required=True)
        params = {"t": req.get_media()["title"], "k": key}
        with self.engine.begin() as conn:
            resp.media = dict(conn.execute(text(INSERT_TODO), params).mappings().one())
        resp.status = falcon.HTTP_201

    def on_put_complete_all(self, req: falcon.Request, resp: falcon.Response) -> None:
        with self.engine.begin() as conn:
            updated = conn.execute(text("UPDATE todos SET done = true WHERE NOT done")).rowcount
        logger.info("completed %d todos", updated)
        resp.status = falcon.HTTP_204


class TodoItem:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def on_get(self, req: falcon.Request, resp: falcon.Response, todo_id: int) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM todos WHERE id = :i"), {"i": todo_id}).first()
        if row is None:
            raise falcon.HTTPNotFound()
        resp.media = dict(row._mapping)

    def on_put(self, req: falcon.Request, resp: falcon.Response, todo_id: int) -> None:
        todo = req.get_media()
        with self.engine.begin() as conn:
            row = conn.execute(
                text("UPDATE todos SET title = :t, done = :d WHERE id = :i RETURNING *"),
                {"t": todo["title"], "d": todo["done"], "i": todo_id},
            ).first()
        if row is None:
            raise falcon.HTTPNotFound()
        resp.media = dict(row._mapping)

    def on_delete(self, req: falcon.Request, resp: falcon.Response, todo_id: int) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(text("DELETE FROM todos WHERE id = :i"), {"i": todo_id}).rowcount:
                raise falcon.HTTPNotFound()
        resp.status = falcon.HTTP_204


engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
app = falcon.App()
todo_collection = TodoCollection(engine)
app.add_route("/todos", todo_collection)
app.add_route("/todos/complete-all", todo_collection, suffix="complete_all")
app.add_route("/todos/{todo_id:int}", TodoItem(engine))
