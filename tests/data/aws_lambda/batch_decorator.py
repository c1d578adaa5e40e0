"""The deprecated batch_processor decorator: the decorated function is the entry, and the
record handler it names runs once per record."""

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, batch_processor

processor = BatchProcessor(event_type=EventType.KinesisDataStreams)
readings = []
batches = 0


def record_handler(record):
    readings.append(record.kinesis.data_as_json())  # expect: SLS101:5


@batch_processor(record_handler=record_handler, processor=processor)
def ingest(event, context):
    global batches  # expect: SLS102:5
    batches += 1
    return processor.response()
