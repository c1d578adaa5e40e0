"""conftest.py: fixtures that build an app and a settings object for the tests."""

import pytest
from flask import Flask

requests_seen = []


@pytest.fixture
def flask_app():
    app = Flask(__name__)
    app.config["SESSION_TYPE"] = "filesystem"

    @app.post("/login")
    def login():
        requests_seen.append("login")
        return "ok"

    return app
