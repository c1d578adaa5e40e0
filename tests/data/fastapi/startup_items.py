"""FastAPI docs_src/events/tutorial001: a startup event fills `items`; must not be flagged."""

from fastapi import FastAPI

app = FastAPI()

items = {}


@app.on_event("startup")
async def startup_event():
    items["foo"] = {"name": "Fighters"}
    items["bar"] = {"name": "Tenders"}


@app.on_event("shutdown")
def shutdown_event():
    items.clear()


@app.get("/items/{item_id}")
async def read_items(item_id: str):
    return items[item_id]
