"""Database sessions and clients at module level, used in views. No findings.

`db_session` matches a session-store name but is a SQLAlchemy scoped_session, not a container.
"""

import logging

import boto3
from flask import Flask, g, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import scoped_session, sessionmaker

from shop.models import Item

logger = logging.getLogger(__name__)
engine = create_engine("postgresql://localhost/shop", pool_size=5)
db_session = scoped_session(sessionmaker(bind=engine))
s3 = boto3.client("s3")
BUCKET = "shop-uploads"

app = Flask(__name__)


@app.before_request
def open_connection():
    g.conn = engine.connect()


@app.teardown_request
def close_connection(exc):
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()
    db_session.remove()


@app.post("/items")
def create_item():
    row = {"name": request.json["name"]}
    db_session.add(Item(**row))
    db_session.commit()
    logger.info("created %s", row["name"])
    return jsonify(row), 201


@app.get("/items")
def list_items():
    rows = g.conn.execute(text("SELECT id, name FROM items")).mappings().all()
    return jsonify([dict(r) for r in rows])


@app.put("/items/<int:item_id>/image")
def upload_image(item_id):
    s3.put_object(Bucket=BUCKET, Key=f"items/{item_id}", Body=request.data)
    return "", 204

