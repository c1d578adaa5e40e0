"""CloudEvent functions (Pub/Sub, Storage) imported by name: dedupe and aggregates kept in the
instance miss every event another instance received."""

import base64

from cloudevents.http import CloudEvent
from functions_framework import cloud_event

seen_ids = set()
bytes_by_bucket = {}


@cloud_event
def on_message(event: CloudEvent) -> None:
    message_id = event.data["message"]["messageId"]
    if message_id in seen_ids:
        return
    seen_ids.add(message_id)  # expect: SLS101:5
    print(base64.b64decode(event.data["message"]["data"]).decode())


@cloud_event
def on_upload(event: CloudEvent) -> None:
    data = event.data
    total = bytes_by_bucket.setdefault(data["bucket"], [])  # expect: SLS101:13
    total.append(int(data["size"]))  # expect: SLS101:5
