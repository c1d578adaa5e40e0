"""Flask's session is a signed cookie, `g` is per request. No findings."""

from flask import Flask, g, jsonify, request, session
from flask_session import Session

app = Flask(__name__)
app.config["SECRET_KEY"] = "change-me"
app.config["SESSION_TYPE"] = "redis"
Session(app)


@app.before_request
def load_user():
    g.user = session.get("user_id")
    g.cart = session.setdefault("cart", [])


@app.post("/login")
def login():
    session["user_id"] = request.form["username"]
    session.permanent = True
    return jsonify(ok=True)


@app.post("/cart/<sku>")
def add_to_cart(sku):
    cart = session.get("cart", [])
    cart.append(sku)
    session["cart"] = cart
    session.modified = True
    return jsonify(cart=cart)


@app.post("/logout")
def logout():
    session.pop("user_id", None)
    session.clear()
    g.user = None
    return jsonify(ok=True)
