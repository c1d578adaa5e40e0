"""Application factory with hooks and views nested inside it."""

import time

from flask import Flask, g, jsonify, request


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(SECRET_KEY="dev", DATABASE="app.sqlite")
    if test_config:
        app.config.update(test_config)

    request_times: list[float] = []
    errors_by_path = {}
    last_seen = {}
    counter = 0
    # Factory-time writes are setup, not requests.
    allowed_paths = set()
    allowed_paths.update({"/", "/health"})

    @app.before_request
    def start_timer():
        g.start = time.perf_counter()
        last_seen[request.remote_addr] = time.time()  # expect: SLS101:9

    @app.after_request
    def record_time(response):
        request_times.append(time.perf_counter() - g.start)  # expect: SLS101:9
        return response

    @app.teardown_request
    def count_errors(exc):
        if exc is not None:
            errors_by_path[request.path] = repr(exc)  # expect: SLS101:13

    @app.route("/")
    def index():
        nonlocal counter  # expect: SLS102:9
        counter += 1
        return jsonify(counter=counter, allowed=sorted(allowed_paths))

    @app.route("/health")
    def health():
        return jsonify(requests=len(request_times), errors=len(errors_by_path))

    return app
