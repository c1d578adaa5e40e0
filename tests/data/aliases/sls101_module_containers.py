"""SLS101: a module container written through every alias form the write engine follows."""

from fastapi import FastAPI

app = FastAPI()
boards = {}
queues = {}
tags = []


@app.post("/boards/{board_id}/cards")
def add_card(board_id: str, card: str) -> dict:
    board = boards
    board[board_id] = []  # expect: SLS101:5
    for cards in boards.values():
        cards.append(card)  # expect: SLS101:9
    if (found := boards.get(board_id)) is not None:
        found.append(card)  # expect: SLS101:9
    first, second = boards, queues
    second[board_id] = first  # expect: SLS101:5
    with queues.setdefault(board_id, []) as queue:  # expect: SLS101:10
        queue.append(card)  # expect: SLS101:9
    for _, cards in enumerate(boards.values()):
        cards.clear()  # expect: SLS101:9
    for key, cards in boards.items():
        cards.remove(key)  # expect: SLS101:9
    everything = tags
    everything += [card]  # expect: SLS101:5
    return {"ok": True}


@app.get("/boards")
def list_boards() -> dict:
    # Copies and new values are not aliases: nothing here changes a module container.
    board = dict(boards)
    board["x"] = []
    names = [name for name in boards]
    names.append("y")
    count = len(tags)
    count += 1
    return {"boards": board, "names": names, "count": count}
