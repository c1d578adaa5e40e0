"""The stateless twin of schema.py and mutations.py: data in the database and Redis,
per-request loaders on info.context, configuration at module level. No findings."""

import secrets

import graphene
from graphene import relay

from .cache import redis

DEFAULT_PAGE_SIZE = 20
ALLOWED_SORTS = frozenset({"name", "created"})


class User(graphene.ObjectType):
    id = graphene.ID()
    name = graphene.String()


class Query(graphene.ObjectType):
    user = graphene.Field(User, id=graphene.ID(required=True))
    search = graphene.List(User, text=graphene.String(), sort=graphene.String())

    def resolve_user(root, info, id):
        return info.context.loaders.user.load(id)

    def resolve_search(root, info, text, sort="name"):
        order = sort if sort in ALLOWED_SORTS else "name"
        found = info.context.db.search_users(text, order=order, limit=DEFAULT_PAGE_SIZE)
        found.append(info.context.user)
        return found


class Login(graphene.Mutation):
    class Arguments:
        username = graphene.String(required=True)
        password = graphene.String(required=True)

    token = graphene.String()

    def mutate(root, info, username, password):
        user = info.context.db.authenticate(username, password)
        token = secrets.token_urlsafe()
        redis.setex(f"session:{token}", 3600, user.id)
        return Login(token=token)


class PlaceOrder(relay.ClientIDMutation):
    class Input:
        product_id = graphene.ID(required=True)

    order_id = graphene.ID()

    @classmethod
    def mutate_and_get_payload(cls, root, info, product_id):
        order = info.context.db.create_order(info.context.user.id, product_id)
        return cls(order_id=order.id)


class Mutations(graphene.ObjectType):
    login = Login.Field()
    place_order = PlaceOrder.Field()


schema = graphene.Schema(query=Query, mutation=Mutations)
