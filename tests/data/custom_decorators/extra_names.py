# options: session_names=logins; history_names=dialog_log; cache_names=lookup_table,*_snapshot
"""Extra name patterns turn SLS101 into SLS103/SLS104/SLS105."""

from flask import Flask, request

app = Flask(__name__)
logins: dict[str, str] = {}
dialog_log: list[str] = []
lookup_table: dict[str, str] = {}
prices_snapshot = {}
orders = []


@app.post("/login")
def login():
    logins[request.form["user"]] = request.remote_addr  # expect: SLS103:5
    return "ok"


@app.post("/say")
def say():
    dialog_log.append(request.form["text"])  # expect: SLS104:5
    return "ok"


@app.get("/lookup/<key>")
def lookup(key):
    lookup_table[key] = key.upper()  # expect: SLS105:5
    prices_snapshot[key] = 1.0  # expect: SLS105:5
    orders.append(key)  # expect: SLS101:5
    return lookup_table[key]
