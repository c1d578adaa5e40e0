"""A Flask app factory that keeps a stateful tracker for its handlers."""

from flask import Flask, jsonify, request


class VisitTracker:
    def __init__(self) -> None:
        self.visits: dict[str, int] = {}

    def track(self, path: str) -> None:
        self.visits[path] = self.visits.get(path, 0) + 1

    def count(self, path: str) -> int:
        return self.visits.get(path, 0)


class Greeter:
    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    def greet(self, name: str) -> str:
        return f"{self.greeting}, {name}"


def create_app() -> Flask:
    app = Flask(__name__)
    tracker = VisitTracker()
    greeter = Greeter("hello")
    tracker.track("startup")

    @app.before_request
    def count_visit():
        tracker.track(request.path)  # expect: SLS110:9

    @app.get("/hello/<name>")
    def hello(name: str):
        local_tracker = VisitTracker()
        local_tracker.track(name)
        return jsonify(message=greeter.greet(name), visits=tracker.count(request.path))

    return app
