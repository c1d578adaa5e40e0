"""Resolvers bound with set_field on QueryType() and ObjectType(name) objects, the type
objects imported from ariadne's modules (SLS101, SLS105)."""

import ariadne
from ariadne.objects import ObjectType

query = ariadne.QueryType()
user = ObjectType("User")
avatar_cache = {}
lookups = []


def resolve_user(_, info, id):
    lookups.append(id)  # expect: SLS101:5
    return info.context["db"].fetch_user(id)


def resolve_avatar(user_obj, info, size=64):
    avatar_cache[(user_obj["id"], size)] = f"/avatars/{user_obj['id']}?s={size}"  # expect: SLS105:5
    return avatar_cache[(user_obj["id"], size)]


query.set_field("user", resolve_user)
user.set_field("avatar", resolver=resolve_avatar)
