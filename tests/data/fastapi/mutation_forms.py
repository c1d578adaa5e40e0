"""More ways request scope changes module containers."""

import collections
from dataclasses import dataclass

from fastapi import FastAPI
from prometheus_client import Counter

app = FastAPI()
PLAYERS = ("ann", "bob")


@dataclass
class Stat:
    count: int = 0


LEADERBOARD: list[tuple[str, int]] = [("ann", 3), ("bob", 5)]
scores = {name: 0 for name in PLAYERS}
flags = dict.fromkeys(["beta", "dark_mode"], False)
stats: dict[str, Stat] = {"ann": Stat(), "bob": Stat()}
todos: dict[int, dict] = {1: {"done": False}, 2: {"done": False}}
queue = [1, 2, 3]
banned = {"eve", "mallory"}
word_counts = collections.Counter()
REQUESTS = Counter("game_requests_total", "Requests")


@app.post("/score/{name}")
def score(name: str) -> dict:
    REQUESTS.inc()
    scores[name] += 1  # expect: SLS101:5
    stats[name].count += 1  # expect: SLS101:5
    LEADERBOARD.append((name, scores[name]))  # expect: SLS101:5
    LEADERBOARD.sort(key=lambda row: row[1], reverse=True)  # expect: SLS101:5
    return {"top": LEADERBOARD[:3]}


@app.post("/flags/{name}")
def flip(name: str) -> dict:
    flags[name] = not flags[name]  # expect: SLS101:5
    return flags


@app.post("/todos/complete")
def complete_all() -> dict:
    for todo in todos.values():
        todo["done"] = True  # expect: SLS101:9
    for _position, todo_id in enumerate(queue):
        todos[todo_id]["queued"] = True  # expect: SLS101:9
    return todos


@app.post("/queue/rotate")
def rotate() -> list[int]:
    queue[:] = queue[1:] + queue[:1]  # expect: SLS101:5
    queue.reverse()  # expect: SLS101:5
    return queue


@app.post("/unban")
def unban(names: list[str]) -> list[str]:
    banned.difference_update(names)  # expect: SLS101:5
    return sorted(banned)


@app.post("/words")
def words(text: str) -> dict:
    word_counts.update(text.split())  # expect: SLS101:5
    return dict(word_counts.most_common(5))


@app.post("/todos/pop")
def pop_any() -> dict:
    todo_id, todo = todos.popitem()  # expect: SLS101:21
    return {"id": todo_id, **todo}
