"""Event handlers registered by server.py."""

history: list[dict] = []
online: dict[str, str] = {}


async def connect(sid, environ):
    online[sid] = environ.get("HTTP_X_USER", "")  # expect: SLS103:5


async def message(sid, data):
    history.append({"sid": sid, "text": data})  # expect: SLS104:5


def load_history(rows):
    history.extend(rows)
