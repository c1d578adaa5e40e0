"""A v1 queue function whose output binding is ``func.Out[str]``."""

import logging

import azure.functions as func

audit_trail = []


def main(msg: func.QueueMessage, outputblob: func.Out[str]) -> None:
    audit_trail.append(msg.get_body().decode())  # expect: SLS101:5
    outputblob.set("\n".join(audit_trail))
    logging.info("audited %s", msg.id)


def helper(msg: func.QueueMessage) -> None:
    audit_trail.clear()
