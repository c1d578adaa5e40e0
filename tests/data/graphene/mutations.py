"""Graphene mutations: mutate(root, info, **args) of graphene.Mutation subclasses, and
mutate_and_get_payload of relay.ClientIDMutation (SLS101, SLS103, SLS107)."""

import secrets

import graphene
from graphene import relay

sessions = {}
pending_orders = {}


class Login(graphene.Mutation):
    class Arguments:
        username = graphene.String(required=True)
        password = graphene.String(required=True)

    token = graphene.String()

    def mutate(root, info, username, password):
        user = info.context.db.authenticate(username, password)
        token = secrets.token_urlsafe()
        sessions[token] = user.id  # expect: SLS103:9
        return Login(token=token)


class PlaceOrder(relay.ClientIDMutation):
    class Input:
        product_id = graphene.ID(required=True)
        quantity = graphene.Int()

    order_id = graphene.ID()
    audit = []

    @classmethod
    def mutate_and_get_payload(cls, root, info, product_id, quantity=1):
        order_id = secrets.token_hex(8)
        pending_orders[order_id] = (info.context.user.id, product_id, quantity)  # expect: SLS101:9
        cls.audit.append(order_id)  # expect: SLS107:9
        return PlaceOrder(order_id=order_id)


class CancelOrder(relay.ClientIDMutation):
    class Input:
        order_id = graphene.ID(required=True)

    ok = graphene.Boolean()

    def mutate_and_get_payload(root, info, order_id):
        pending_orders.pop(order_id, None)  # expect: SLS101:9
        return CancelOrder(ok=True)


class Mutations(graphene.ObjectType):
    login = Login.Field()
    place_order = PlaceOrder.Field()
    cancel_order = CancelOrder.Field()
