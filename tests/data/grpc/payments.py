"""A payment service deduplicating retries in process memory (SLS101, SLS105): a retry
that reaches another replica charges the card twice."""

import grpc

from billing import payments_pb2, payments_pb2_grpc

processed_keys = set()
charge_results_cache = {}


class PaymentServicer(payments_pb2_grpc.PaymentServicer):
    def __init__(self, gateway):
        self.gateway = gateway

    def Charge(self, request, context):
        if request.idempotency_key in processed_keys:
            return charge_results_cache[request.idempotency_key]
        processed_keys.add(request.idempotency_key)  # expect: SLS101:9
        charge = self.gateway.charge(request.card_token, request.amount_cents)
        reply = payments_pb2.ChargeReply(charge_id=charge.id, status=charge.status)
        charge_results_cache[request.idempotency_key] = reply  # expect: SLS105:9
        return reply

    def Refund(self, request, context):
        if request.charge_id not in charge_results_cache:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown charge")
        del charge_results_cache[request.charge_id]  # removing an entry keeps nothing
        return payments_pb2.RefundReply(ok=True)
