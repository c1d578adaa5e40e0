"""Module state changed by CLI commands, template filters and import-time registries. No findings."""

import click
from flask import Flask, jsonify

app = Flask(__name__)

SEED_USERS: list[str] = []
FILTERS = {}
ROUTE_DOCS: dict[str, str] = {}


def documented(doc: str):
    """Import-time registry: runs once per decorated view, when the module loads."""

    def wrap(fn):
        ROUTE_DOCS[fn.__name__] = doc
        return fn

    return wrap


@app.cli.command("seed")
@click.argument("names", nargs=-1)
def seed(names):
    SEED_USERS.extend(names)


@app.template_filter("shout")
def shout(value: str) -> str:
    return value.upper() + "!"


@app.get("/docs")
@documented("List the documented routes.")
def docs():
    return jsonify(ROUTE_DOCS)


@app.get("/seeded")
@documented("Users created by `flask seed`.")
def seeded():
    return jsonify(users=list(SEED_USERS), filters=sorted(FILTERS))


FILTERS["shout"] = shout
FILTERS.update({"lower": str.lower})
