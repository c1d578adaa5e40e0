"""Request-local data that shadows, copies or only reads module containers. No findings."""

import copy

import aiohttp
from fastapi import FastAPI

app = FastAPI()
session = aiohttp.ClientSession()

DEFAULTS = {"page": 1, "size": 20}
TAGS = ["news", "tech"]
ALLOWED = {"news", "tech", "sport"}
items: list[dict] = [{"id": 1}]
cache: dict[str, str] = {}


@app.get("/search")
async def search(q: str, tags: str = "") -> dict:
    params = DEFAULTS.copy()
    params["q"] = q
    options = {**DEFAULTS, "debug": False}
    options["size"] = 50
    merged = DEFAULTS | {"sort": "date"}
    merged["sort"] = "relevance"
    deep = copy.deepcopy(DEFAULTS)
    deep["page"] += 1
    wanted = [*TAGS]
    wanted.extend(t for t in tags.split(",") if t in ALLOWED)
    known = set(ALLOWED)
    known.discard("sport")
    async with session.get("https://search.example", params=params) as resp:
        data = await resp.json()
    return {"data": data, "tags": wanted, "known": sorted(known), "o": options, "m": merged}


@app.post("/items")
def add_item(item: dict, items: list[dict]) -> list[dict]:
    # The parameter `items` shadows the module list.
    items.append(item)
    return items


@app.get("/cached/{key}")
def cached(key: str) -> str:
    cache = {}
    cache[key] = key.upper()
    return cache[key]


@app.get("/stats")
def stats() -> dict:
    # Non-mutating container methods.
    union = ALLOWED.union({"misc"})
    common = ALLOWED.intersection(TAGS)
    subset = set(TAGS).issubset(ALLOWED)
    position = TAGS.index("news")
    count = TAGS.count("tech")
    keys = list(DEFAULTS.keys())
    first = items[0].get("id")
    ordered = sorted(items, key=lambda i: i["id"])
    total = 0

    def add(n: int) -> None:
        # `nonlocal` to a variable of the request-scope function: per request.
        nonlocal total
        total += n

    for item in ordered:
        add(item["id"])
    return {"u": sorted(union), "c": sorted(common), "s": subset, "p": position, "n": count,
            "k": keys, "f": first, "t": total}
