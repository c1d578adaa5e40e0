"""Work started by FastAPI handlers: what outlives the request, and what the request awaits."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import BackgroundTasks, FastAPI

from .mail import send_welcome_mail
from .reports import build_report, fetch_rates, fetch_stock

executor = ThreadPoolExecutor(max_workers=4)
report_lock = asyncio.Lock()
jobs: asyncio.Queue = asyncio.Queue()
warmup_done = asyncio.Event()


async def deliver(user_id: int) -> None:
    await send_welcome_mail(user_id)


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Startup work is not request scope.
    task = asyncio.create_task(fetch_rates())
    warmup_done.set()
    yield
    task.cancel()


app = FastAPI(lifespan=lifespan)


@app.post("/signup")
async def signup(user_id: int, background_tasks: BackgroundTasks) -> dict:  # expect: SLS201:1
    background_tasks.add_task(deliver, user_id)  # expect: SLS203:5
    return {"id": user_id}


@app.post("/notify")
async def notify(user_id: int) -> dict:  # expect: SLS201:1
    asyncio.create_task(deliver(user_id))  # expect: SLS203:5
    return {"queued": True}


@app.post("/reports")
async def create_report(name: str) -> dict:
    async with report_lock:  # expect: SLS203:5
        await jobs.put(name)  # expect: SLS203:15
        async with report_lock:
            pass
    return {"queued": name}


@app.post("/exports")
def export(name: str) -> dict:
    executor.submit(build_report, name)  # expect: SLS203:5
    threading.Thread(target=build_report, args=(name,), daemon=True).start()  # expect: SLS203:5
    return {"started": name}


@app.get("/dashboard")
async def dashboard() -> dict:
    # Concurrency inside the request: everything is awaited before the response.
    rates_task = asyncio.create_task(fetch_rates())
    stock = await asyncio.create_task(fetch_stock())
    rates = await rates_task
    more = await asyncio.gather(*[asyncio.ensure_future(fetch_rates()) for _ in range(3)])
    async with asyncio.TaskGroup() as group:
        group.create_task(fetch_stock())
    return {"rates": rates, "stock": stock, "more": more}


@app.get("/report/{name}")
def report(name: str) -> dict:
    future = executor.submit(build_report, name)
    summary = executor.submit(build_report, "summary").result(timeout=5)
    with ThreadPoolExecutor() as pool:
        pool.submit(build_report, name)
    worker = threading.Thread(target=build_report, args=(name,))
    worker.start()
    worker.join()
    return {"report": future.result(), "summary": summary}


@app.get("/health")
async def health() -> dict:
    return {"warm": warmup_done.is_set()}  # expect: SLS203:21
