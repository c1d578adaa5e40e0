"""Flask handlers that hand work to threads and executors in this process."""

import queue
import threading
from concurrent.futures import ProcessPoolExecutor

from flask import Flask, jsonify, request

from .thumbnails import make_thumbnail

app = Flask(__name__)
pool = ProcessPoolExecutor()
pending = queue.Queue()
counter_lock = threading.Lock()
local = threading.local()


class Mailer(threading.Thread):
    def __init__(self, address):
        super().__init__(daemon=True)
        self.address = address

    def run(self):
        print("mail to", self.address)


def _worker():
    while True:
        make_thumbnail(pending.get())


threading.Thread(target=_worker, daemon=True).start()


@app.put("/images/<name>")
def upload(name):
    pool.submit(make_thumbnail, name)  # expect: SLS203:5
    pending.put(name)  # expect: SLS203:5
    Mailer(request.args["notify"]).start()  # expect: SLS203:5
    return jsonify({"ok": True})


@app.put("/counters/<name>")
def bump(name):
    with counter_lock:  # expect: SLS203:5
        local.name = name
    return jsonify({"ok": True})


@app.get("/images/<name>")
def image(name):
    return jsonify({"name": name})
