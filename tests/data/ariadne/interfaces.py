"""Field resolvers of InterfaceType objects (SLS101)."""

from ariadne import InterfaceType

search_result = InterfaceType("SearchResult")
clicks = {}


@search_result.field("summary")
def resolve_summary(obj, info):
    clicks[obj["id"]] = clicks.get(obj["id"], 0) + 1  # expect: SLS101:5
    return obj["title"][:80]


@search_result.type_resolver
def resolve_search_result_type(obj, *_):
    return "Article" if "body" in obj else "Product"
