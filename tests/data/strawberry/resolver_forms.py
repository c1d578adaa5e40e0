"""Every way Strawberry is given a resolver: decorators bare and called, imported by name,
the federation forms, and functions given as strawberry.field(resolver=fn) /
strawberry.mutation(resolver=fn) or positionally (SLS101, SLS105)."""

import strawberry
import strawberry.federation
from strawberry import field as gql_field

visits = []
ratings = {}
review_cache = {}


def resolve_reviews(root, product_id: strawberry.ID) -> list[str]:
    review_cache[product_id] = ["great"]  # expect: SLS105:5
    return review_cache[product_id]


def rate_product(product_id: strawberry.ID, stars: int) -> int:
    ratings[product_id] = stars  # expect: SLS101:5
    return stars


def top_rated() -> list[str]:
    visits.append("top")  # expect: SLS101:5
    return sorted(ratings, key=ratings.get)[:10]


@strawberry.type
class Query:
    reviews: list[str] = strawberry.field(resolver=resolve_reviews)
    top: list[str] = strawberry.field(top_rated)

    @gql_field
    def visit(self) -> int:
        visits.append("visit")  # expect: SLS101:9
        return len(visits)


@strawberry.federation.type(keys=["id"])
class Review:
    id: strawberry.ID

    @strawberry.federation.field(shareable=True)
    def stars(self) -> int:
        ratings[self.id] = ratings.get(self.id, 0) + 1  # expect: SLS101:9
        return ratings[self.id]


@strawberry.type
class Mutation:
    rate: int = strawberry.mutation(resolver=rate_product)
