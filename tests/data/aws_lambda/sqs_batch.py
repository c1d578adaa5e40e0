"""An SQS batch processor (examples/batch_processing/src/getting_started_sqs.py) that dedupes
messages in the instance: a redelivery that reaches another instance is processed twice. The
entry is named by the template only (Handler: sqs_batch.consume)."""

import json

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

processor = BatchProcessor(event_type=EventType.SQS)
processed_ids = set()
customer_cache = {}


def record_handler(record: SQSRecord):
    if record.message_id in processed_ids:
        return
    processed_ids.add(record.message_id)  # expect: SLS101:5
    order = json.loads(record.body)
    customer_cache[order["customer_id"]] = order["customer"]  # expect: SLS105:5


def consume(event, context):
    return process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
