"""A Graphene schema whose resolvers keep users' data in module containers (SLS101,
SLS105): resolve_<field> runs per field per query."""

import graphene

user_cache = {}
search_terms = []


class User(graphene.ObjectType):
    id = graphene.ID()
    name = graphene.String()

    def resolve_name(parent, info):
        return parent["name"].title()


class Query(graphene.ObjectType):
    user = graphene.Field(User, id=graphene.ID(required=True))
    search = graphene.List(User, text=graphene.String())

    def resolve_user(root, info, id):
        if id not in user_cache:
            user_cache[id] = info.context.db.fetch_user(id)  # expect: SLS105:13
        return user_cache[id]

    def resolve_search(self, info, text):
        search_terms.append((info.context.user.id, text))  # expect: SLS101:9
        return info.context.db.search_users(text)


schema = graphene.Schema(query=Query)
