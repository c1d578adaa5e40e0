"""Flask logins: Flask-Login and identity keys in the session; other session keys are fine."""
# options: idempotency_exempt=/login,/legacy-login,/sso/*,logout

import click
from flask import Flask, jsonify, redirect, request, session
from flask_login import LoginManager, login_user, logout_user

from .models import User

app = Flask(__name__)
login_manager = LoginManager(app)


@app.get("/login")
def login_form():
    return "<form method=post>...</form>"


@app.post("/login")
def login():
    user = User.authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login")
    login_user(user, remember=True)  # expect: SLS202:5
    return redirect("/")


@app.post("/legacy-login")
def legacy_login():
    user = User.authenticate(request.form["email"], request.form["password"])
    session["user_id"] = user.id  # expect: SLS202:5
    session["logged_in"] = True  # expect: SLS202:5
    return redirect("/")


@app.post("/sso/callback")
def sso_callback():
    profile = request.get_json()
    session.update({"username": profile["name"], "theme": "dark"})  # expect: SLS202:5
    return jsonify({"ok": True})


@app.post("/logout")
def logout():
    logout_user()
    session.pop("user_id", None)
    session.clear()
    return redirect("/")


@app.post("/cart/<int:item_id>")
def add_to_cart(item_id):  # a session cookie only: no write to repeat
    session["cart"] = [*session.get("cart", []), item_id]
    session["theme"] = request.args.get("theme", "light")
    session["csrf_token"] = "token"
    return jsonify(session["cart"])


@app.get("/me")
def me():
    return jsonify({"user_id": session.get("user_id")})


@app.cli.command("impersonate")
@click.argument("user_id")
def impersonate(user_id):
    # Not request scope: a CLI command.
    with app.test_request_context():
        session["user_id"] = user_id
