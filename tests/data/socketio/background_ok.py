"""A background task started once at start-up is not request scope (SLS203's business when a
handler starts one); handlers only read what it fills."""

import socketio

sio = socketio.Server(async_mode="eventlet")
metrics = {"connected": 0}
samples = []


def collect_metrics():
    while True:
        samples.append(metrics["connected"])
        sio.sleep(10)


@sio.on("stats")
def stats(sid):
    return {"samples": list(samples[-10:])}


def main():
    sio.start_background_task(collect_metrics)
    app = socketio.WSGIApp(sio)
    return app
