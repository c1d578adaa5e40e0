"""An HTTP middleware that replays responses for repeated Idempotency-Keys."""

from fastapi import FastAPI, Request

from .replay import lookup_response, store_response

app = FastAPI()


@app.middleware("http")
async def replay_repeated_requests(request: Request, call_next):
    key = request.headers.get("Idempotency-Key")
    if key is not None:
        cached = await lookup_response(key)
        if cached is not None:
            return cached
    response = await call_next(request)
    if key is not None:
        await store_response(key, response)
    return response


@app.post("/orders")
async def create_order(sku: str) -> dict:
    return {"sku": sku}
