"""View functions registered by app.py (this module imports no framework)."""

visits: dict[str, int] = {}
ADMINS = {"root"}


def count_visit():
    visits["total"] = visits.get("total", 0) + 1  # expect: SLS101:5
    return str(visits["total"])


def ping():
    return "root" in ADMINS and "pong"


def reset():
    # Called by a maintenance script, not routed.
    visits.clear()
