"""Graphene resolvers are implicit static methods: the first parameter (root, parent, even
when named self) is the parent value of this execution, not an object that outlives the
request (docs/types/objecttypes.rst). Writes through it, and to info.context, are fine.
No findings."""

import graphene


class Person(graphene.ObjectType):
    first_name = graphene.String()
    last_name = graphene.String()
    full_name = graphene.String()
    tags = graphene.List(graphene.String)

    def resolve_full_name(self, info):
        self.full_name_computed = True
        self.tags.append("resolved")
        return f"{self.first_name} {self.last_name}"

    def resolve_tags(parent, info):
        parent["tags"] = sorted(parent.get("tags", []))
        return parent["tags"]


class Query(graphene.ObjectType):
    me = graphene.Field(Person)
    hello = graphene.String(name=graphene.String(default_value="stranger"))

    def resolve_me(root, info):
        info.context.loaders = getattr(info.context, "loaders", {})
        info.context.loaders["person"] = object()
        return Person(first_name="Ada", last_name="Lovelace")

    @staticmethod
    def resolve_hello(root, info, name):
        root.greeted = name
        return f"Hello {name}"


class Rename(graphene.Mutation):
    class Arguments:
        name = graphene.String()

    person = graphene.Field(Person)

    def mutate(self, info, name):
        self.person = Person(first_name=name)
        return self


schema = graphene.Schema(query=Query, mutation=Rename)
