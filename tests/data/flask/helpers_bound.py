"""Helpers reached from views, and a bound method registered with add_url_rule."""

from flask import Flask, jsonify, request

app = Flask(__name__)

email_outbox: list[dict] = []
report_rows = []
totals = {"orders": 0}


def _queue_email(to: str, subject: str) -> None:
    email_outbox.append({"to": to, "subject": subject})  # expect: SLS101:5


def _confirm(order: dict) -> None:
    _queue_email(order["email"], "Order confirmed")
    totals["orders"] += 1  # expect: SLS101:5


class ReportBuilder:
    def __init__(self, title: str) -> None:
        self.title = title

    def handle(self):
        report_rows.append(request.args.to_dict())  # expect: SLS101:9
        return jsonify(title=self.title, rows=len(report_rows))


builder = ReportBuilder("weekly")


@app.post("/orders")
def create_order():
    order = request.get_json()
    _confirm(order)
    return jsonify(order), 201


def rebuild_totals(rows: list[dict]) -> None:
    # Maintenance helper run from a cron script, never from a view.
    totals["orders"] = len(rows)
    email_outbox.clear()


app.add_url_rule("/reports", view_func=builder.handle)
