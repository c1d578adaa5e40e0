"""graphene-django types: resolve_<field> of DjangoObjectType subclasses runs per query
(SLS101, SLS105); a resolver writing through its parent (the model instance) is fine."""

import graphene
from graphene_django import DjangoObjectType

from .models import Article

word_counts_cache = {}
read_by = {}


class ArticleType(DjangoObjectType):
    word_count = graphene.Int()

    class Meta:
        model = Article
        fields = ("id", "title", "body")

    def resolve_word_count(self, info):
        if self.pk not in word_counts_cache:
            word_counts_cache[self.pk] = len(self.body.split())  # expect: SLS105:13
        read_by.setdefault(self.pk, set()).add(info.context.user.pk)  # expect: SLS101:9
        self.word_count_resolved = True
        return word_counts_cache[self.pk]


class Query(graphene.ObjectType):
    articles = graphene.List(ArticleType)

    def resolve_articles(root, info):
        return Article.objects.select_related("author").all()


schema = graphene.Schema(query=Query)
