"""Endpoints registered by main.py."""

items: list[dict] = []
connections: set = set()
health_checks = {"count": 0}


async def list_items() -> list[dict]:
    return items


async def create_item(item: dict) -> dict:
    items.append(item)  # expect: SLS101:5
    return item


async def health(request):
    health_checks["count"] += 1  # expect: SLS101:5
    return None


async def stream(websocket):
    connections.add(websocket)  # expect: SLS101:5
    await websocket.accept()


def seed(rows: list[dict]) -> None:
    items.extend(rows)
