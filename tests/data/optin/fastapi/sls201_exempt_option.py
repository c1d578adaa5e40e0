"""Login, token and webhook endpoints exempted by the option (by name and by path)."""
# options: idempotency_exempt=login,issue_*,/webhooks/*

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
orders = MongoClient()["shop"]["orders"]


@app.post("/auth/login")
def login(username: str, password: str) -> dict:
    return {"token": "..."}


@app.post("/auth/tokens")
def issue_token(client_id: str) -> dict:
    return {"token": "..."}


@app.post("/webhooks/stripe")
def stripe_webhook(payload: dict) -> dict:
    return {"received": True}


@app.post("/orders")
def create_order(sku: str) -> dict:  # expect: SLS201:1
    orders.insert_one({"sku": sku})
    return {"sku": sku}
