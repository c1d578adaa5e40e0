"""SLS110: methods of a module-level instance whose class keeps state on ``self``, written
through aliases inside the class; and a class whose methods only read is not stateful."""

from fastapi import FastAPI

app = FastAPI()


class Registry:
    def __init__(self):
        self._entries = {}
        self._log = []

    def register(self, key, value):
        entries = self._entries
        entries[key] = value

    def note(self, text):
        for line in self._log:
            line.append(text)

    def lookup(self, key):
        entries = dict(self._entries)
        entries[key] = None
        return entries


registry = Registry()


@app.post("/entries/{key}")
def register(key: str, value: str) -> dict:
    registry.register(key, value)  # expect: SLS110:5
    registry.note(key)  # expect: SLS110:5
    return {"found": registry.lookup(key)}
