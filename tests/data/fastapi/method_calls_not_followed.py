"""Method calls are not followed into same-named module functions. No findings.

`repo.save()` is a method of an injected object; the module function `save()` is never
called from request scope (state kept by objects is a later rule's business).
"""

from fastapi import Depends, FastAPI

from orders.repository import OrderRepository, get_repository

app = FastAPI()
saved: list[dict] = []


def save(order: dict) -> None:
    saved.append(order)


@app.post("/orders")
def create(order: dict, repo: OrderRepository = Depends(get_repository)) -> dict:
    repo.save(order)
    return order


if __name__ == "__main__":
    save({"id": 0})
