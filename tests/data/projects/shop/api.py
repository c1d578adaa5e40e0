"""Routes of the shop: state lives in store.py, another module of the same project."""

import secrets

import shop.store as st
from fastapi import FastAPI

from . import store
from .clients import SessionLocal, http, redis_cache
from .store import CATALOG, CURRENCY, carts, conversations, wishlists

app = FastAPI()


@app.post("/login")
def login(user: str) -> dict:
    sid = secrets.token_hex(16)
    store.sessions[sid] = user  # expect: SLS103:5
    return {"sid": sid}


@app.post("/cart/{user_id}/{sku}")
def add_to_cart(user_id: str, sku: str) -> dict:
    carts[user_id].append(sku)  # expect: SLS101:5
    return {"items": carts[user_id], "currency": CURRENCY}


@app.post("/wishlist/{user_id}/{sku}")
def wish(user_id: str, sku: str) -> dict:
    wishlists.setdefault(user_id, set()).add(sku)  # expect: SLS101:5
    return {"ok": True}


@app.post("/chat/{conversation_id}")
def chat(conversation_id: str, message: str) -> dict:
    conversations.setdefault(conversation_id, []).append(message)  # expect: SLS104:5
    return {"turns": len(conversations[conversation_id])}


@app.get("/price/{sku}")
def price(sku: str) -> dict:
    if sku not in st.price_cache:
        st.price_cache[sku] = CATALOG[sku]  # expect: SLS105:9
    return {"price": st.price_cache[sku]}


@app.post("/orders")
def order(user_id: str) -> dict:
    number = next(store.order_numbers)  # expect: SLS101:14
    # Clients of shared backends from another module: not state.
    http.post("/charge", json={"user": user_id, "order": number})
    redis_cache.delete(f"cart:{user_id}")
    with SessionLocal() as db:
        db.commit()
    return {"order": number, "items": list(store.carts.get(user_id, []))}


@app.get("/catalog")
def catalog() -> dict:
    # Reads of another module's containers are fine.
    return {"items": dict(CATALOG), "currency": st.CURRENCY, "sessions": len(store.sessions)}
