"""Task board: list of objects, nested dicts and counters changed per request."""

from collections import Counter, OrderedDict, deque
from dataclasses import dataclass, field

from fastapi import APIRouter, FastAPI

router = APIRouter(prefix="/board")


@dataclass
class Task:
    id: int
    title: str
    completed: bool = False
    watchers: list[str] = field(default_factory=list)


TASKS: list[Task] = [Task(1, "write docs"), Task(2, "ship it")]
columns: dict[str, dict[str, list[int]]] = {"team": {"todo": [1, 2], "done": []}}
votes = Counter()
recent_events = deque(maxlen=100)
pinned = OrderedDict()


@router.post("/tasks/complete-all")
def complete_all() -> dict:
    for task in TASKS:
        task.completed = True  # expect: SLS101:9
    return {"completed": len(TASKS)}


@router.post("/tasks/{task_id}/watch/{user}")
def watch(task_id: int, user: str) -> dict:
    TASKS[task_id].watchers.append(user)  # expect: SLS101:5
    return {"ok": True}


@router.post("/columns/{board}/{column}")
def move(board: str, column: str, task_id: int) -> dict:
    columns[board][column] = [task_id]  # expect: SLS101:5
    columns[board]["todo"].remove(task_id)  # expect: SLS101:5
    del columns[board]["done"]  # expect: SLS101:5
    return columns[board]


@router.post("/tasks/{task_id}/vote")
def vote(task_id: int) -> dict:
    votes[task_id] += 1  # expect: SLS101:5
    recent_events.appendleft(("vote", task_id))  # expect: SLS101:5
    return {"votes": votes[task_id]}


@router.post("/tasks/{task_id}/pin")
def pin(task_id: int) -> dict:
    pinned[task_id] = True  # expect: SLS101:5
    pinned.move_to_end(task_id)  # expect: SLS101:5
    return {"pinned": list(pinned)}


@router.get("/summary")
def summary() -> dict:
    # Read-only use: counting, iterating, membership, copies.
    done = [t.id for t in TASKS if t.completed]
    top = votes.most_common(3)
    return {"done": done, "top": top, "events": list(recent_events)[-10:], "pinned": 2 in pinned}


app = FastAPI()
app.include_router(router)
