"""Resolvers of a graphene.Interface are used for every type implementing it (graphene
schema.get_function_for_type): request scope too (SLS101)."""

import graphene

node_hits = {}


class Node(graphene.Interface):
    id = graphene.ID(required=True)
    hits = graphene.Int()

    def resolve_hits(root, info):
        node_hits[root.id] = node_hits.get(root.id, 0) + 1  # expect: SLS101:9
        return node_hits[root.id]


class Ship(graphene.ObjectType):
    class Meta:
        interfaces = (Node,)

    name = graphene.String()


class Query(graphene.ObjectType):
    ship = graphene.Field(Ship, id=graphene.ID())

    def resolve_ship(root, info, id):
        return Ship(id=id, name="Millennium Falcon")


schema = graphene.Schema(query=Query, types=[Ship])
