"""Resolvers given to graphene.Field(..., resolver=fn) are request scope (SLS101, SLS105),
and so are the subscribe_<field> methods of a subscription type."""

import graphene

recently_viewed = {}
price_cache = {}
subscribers = []


def get_product(root, info, id):
    recently_viewed.setdefault(info.context.user.id, []).append(id)  # expect: SLS101:5
    return info.context.db.fetch_product(id)


def get_price(root, info, id, currency="EUR"):
    price_cache[(id, currency)] = info.context.prices.quote(id, currency)  # expect: SLS105:5
    return price_cache[(id, currency)]


class Product(graphene.ObjectType):
    id = graphene.ID()
    name = graphene.String()


class Query(graphene.ObjectType):
    product = graphene.Field(Product, id=graphene.ID(required=True), resolver=get_product)
    price = graphene.Field(graphene.Float, id=graphene.ID(), currency=graphene.String(), resolver=get_price)


class Subscription(graphene.ObjectType):
    price_changes = graphene.Float(id=graphene.ID())

    async def subscribe_price_changes(root, info, id):
        queue = info.context.queues.new()
        subscribers.append(queue)  # expect: SLS101:9
        async for price in queue:
            yield price


schema = graphene.Schema(query=Query, subscription=Subscription)
