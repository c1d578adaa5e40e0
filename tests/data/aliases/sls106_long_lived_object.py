"""SLS106: ``self`` state of a Falcon resource (one instance serves every request), written
through every alias form."""

import falcon


class Boards:
    def __init__(self):
        self.boards = {}
        self.items = []

    def on_post(self, req, resp, board_id):
        board = self.boards
        board[board_id] = req.media  # expect: SLS106:9
        for cards in self.boards.values():
            cards.append(req.media)  # expect: SLS106:13
        if (found := self.boards.get(board_id)) is not None:
            found.append(req.media)  # expect: SLS106:13
        first, second = self.items, self.boards
        first.append(board_id)  # expect: SLS106:9
        items = self.items
        items += [board_id]  # expect: SLS106:9
        resp.media = {"ok": True}

    def on_get(self, req, resp):
        board = dict(self.boards)
        board["x"] = 1
        resp.media = board


app = falcon.App()
app.add_route("/boards/{board_id}", Boards())
