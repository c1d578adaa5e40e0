"""strawberry-graphql-django types (pycon-shaped): @strawberry_django.field methods and
strawberry_django.mutation(resolver=fn) are resolvers like Strawberry's (SLS101, SLS105);
self is the model instance being resolved."""

import strawberry
import strawberry_django
from strawberry.types import Info

from .models import Sponsor

logo_urls_cache = {}
applications = []


@strawberry_django.type(Sponsor)
class SponsorType:
    name: str = strawberry_django.field(only=["name"])

    @strawberry_django.field(only=["image"])
    def logo_url(self, info: Info) -> str:
        if self.pk not in logo_urls_cache:
            logo_urls_cache[self.pk] = info.context.request.build_absolute_uri(self.image.url)  # expect: SLS105:13
        self.logo_resolved = True
        return logo_urls_cache[self.pk]


def apply_for_sponsorship(info: Info, company: str) -> bool:
    applications.append((info.context.request.user.pk, company))  # expect: SLS101:5
    return True


@strawberry.type
class Mutation:
    apply: bool = strawberry_django.mutation(resolver=apply_for_sponsorship)
