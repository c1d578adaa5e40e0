"""GraphQL servers: Strawberry, Graphene and Ariadne (frameworks.md C.4).

Resolvers run per field per operation. What a resolver receives first is the parent
value of this execution (the root value at the top), never an object that outlives the
request; per-request storage is ``info.context``.
"""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerCall, HandlerClass, Lifetime, frozen

#: What ``info.context["request"].app`` is under the ASGI and FastAPI integrations: a
#: Starlette application, whose ``state`` every request shares (SLS108, frameworks.md C.4).
_REQUEST_APP = AppObject(constructors=(), app_state=frozenset({"state"}))

# -- Strawberry ---------------------------------------------------------------------------

#: ``@strawberry.field`` / ``@strawberry.mutation`` / ``@strawberry.subscription``, bare or
#: called, and their federation forms (strawberry/__init__.py, strawberry/federation/).
_STRAWBERRY_RESOLVERS = (
    "strawberry.field",
    "strawberry.mutation",
    "strawberry.subscription",
    "strawberry.types.field.field",
    "strawberry.types.mutation.mutation",
    "strawberry.types.mutation.subscription",
    "strawberry.federation.field",
    "strawberry.federation.mutation",
    "strawberry.federation.field.field",
    "strawberry.federation.mutation.mutation",
    # strawberry-graphql-django, the official Django integration, takes resolvers the same
    # way (strawberry_django/fields/field.py field, mutations/mutations.py mutation).
    "strawberry_django.field",
    "strawberry_django.mutation",
    "strawberry_django.input_mutation",
    "strawberry_django.fields.field.field",
    "strawberry_django.mutations.mutations.mutation",
    "strawberry_django.mutations.mutations.input_mutation",
)
_CONTEXT_HOOKS = frozenset({"get_context", "get_root_value"})
_GETTERS = (Arg(keyword="context_getter"), Arg(keyword="root_value_getter"))

STRAWBERRY = Framework(
    name="strawberry",
    data_folders=("strawberry",),
    readme="GraphQL",
    packages=frozenset({"strawberry", "strawberry_django"}),
    objects=(_REQUEST_APP,),
    decorators=_STRAWBERRY_RESOLVERS,
    calls=(
        # x: User = strawberry.field(resolver=get_user); strawberry.field(get_user)
        HandlerCall(callees=_STRAWBERRY_RESOLVERS, args=(Arg(0, "resolver"),)),
        # GraphQLRouter(schema, context_getter=get_context): a FastAPI dependency, per request
        # (strawberry/fastapi/router.py; strawberry/litestar/controller.py make_graphql_controller).
        HandlerCall(
            callees=(
                "strawberry.fastapi.GraphQLRouter",
                "strawberry.fastapi.router.GraphQLRouter",
                "strawberry.litestar.make_graphql_controller",
                "strawberry.litestar.controller.make_graphql_controller",
            ),
            args=_GETTERS,
        ),
    ),
    classes=(
        # One instance serves every request: an ASGI app, an aiohttp or Chalice view object,
        # a FastAPI router.
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=(
                "strawberry.asgi.GraphQL",
                "strawberry.aiohttp.views.GraphQLView",
                "strawberry.chalice.views.GraphQLView",
                "strawberry.fastapi.GraphQLRouter",
                "strawberry.fastapi.router.GraphQLRouter",
            ),
            methods=_CONTEXT_HOOKS,
            kind="Strawberry GraphQL app",
        ),
        # Flask and Quart views are made per request unless init_every_request = False.
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "strawberry.flask.views.GraphQLView",
                "strawberry.flask.views.AsyncGraphQLView",
                "strawberry.quart.views.GraphQLView",
            ),
            methods=_CONTEXT_HOOKS,
            kind="Strawberry view",
            shared_when=("init_every_request", False),
        ),
        # Django's as_view() and Sanic's HTTPMethodView: one per request; Channels: one per
        # connection.
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "strawberry.django.views.GraphQLView",
                "strawberry.django.views.AsyncGraphQLView",
                "strawberry.sanic.views.GraphQLView",
                "strawberry.channels.GraphQLHTTPConsumer",
                "strawberry.channels.SyncGraphQLHTTPConsumer",
                "strawberry.channels.GraphQLWSConsumer",
            ),
            methods=_CONTEXT_HOOKS,
            kind="Strawberry view",
        ),
        # A SchemaExtension given as a class is made once per request ("any mutable state you
        # keep on self is automatically isolated": docs/guides/custom-extensions.md).
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "strawberry.extensions.SchemaExtension",
                "strawberry.extensions.base_extension.SchemaExtension",
            ),
            methods=frozenset(
                {
                    "on_operation",
                    "on_validate",
                    "on_parse",
                    "on_execute",
                    "resolve",
                    "get_results",
                }
            ),
            kind="Strawberry schema extension",
        ),
    ),
)

# -- Graphene -----------------------------------------------------------------------------

_GRAPHENE_MUTATIONS = ("graphene.Mutation", "graphene.types.mutation.Mutation")
_GRAPHENE_CLIENT_ID = (
    "graphene.relay.ClientIDMutation",
    "graphene.relay.mutation.ClientIDMutation",
)

GRAPHENE = Framework(
    name="graphene",
    data_folders=("graphene",),
    readme="GraphQL",
    packages=frozenset({"graphene", "graphene_django"}),
    calls=(
        # graphene.Field(User, resolver=get_user) (graphene/types/field.py: type_, args, resolver)
        HandlerCall(
            callees=(
                "graphene.Field",
                "graphene.types.Field",
                "graphene.types.field.Field",
                "graphene.relay.ConnectionField",
            ),
            args=(Arg(2, "resolver"),),
        ),
    ),
    # The schema takes resolve_<field>/subscribe_<field> and mutate through the class, unbound
    # (graphene/types/schema.py get_function_for_type, graphene/types/mutation.py): "the first
    # argument of a resolver is never self" but the parent value (docs/types/objecttypes.rst).
    classes=(
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=(
                "graphene.ObjectType",
                "graphene.types.ObjectType",
                "graphene.types.objecttype.ObjectType",
                "graphene.Interface",
                "graphene.types.interface.Interface",
                "graphene_django.DjangoObjectType",
                "graphene_django.types.DjangoObjectType",
                *_GRAPHENE_MUTATIONS,
                *_GRAPHENE_CLIENT_ID,
            ),
            method_pattern=r"(resolve|subscribe)_\w+",
            unbound=True,
            kind="Graphene object type",
        ),
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=_GRAPHENE_MUTATIONS,
            methods=frozenset({"mutate"}),
            unbound=True,
            kind="Graphene mutation",
        ),
        # ClientIDMutation.mutate calls cls.mutate_and_get_payload(root, info, **input).
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=_GRAPHENE_CLIENT_ID,
            methods=frozenset({"mutate_and_get_payload"}),
            unbound=True,
            kind="Graphene mutation",
        ),
    ),
)

# -- Ariadne ------------------------------------------------------------------------------

ARIADNE = Framework(
    name="ariadne",
    data_folders=("ariadne",),
    readme="GraphQL",
    packages=frozenset({"ariadne"}),
    objects=(
        # query = QueryType(); @query.field("hello"); query.set_field("hello", fn)
        # (ariadne/objects.py 157-213, ariadne/subscriptions.py source/set_source).
        AppObject(
            constructors=(
                "ariadne.QueryType",
                "ariadne.objects.QueryType",
                "ariadne.MutationType",
                "ariadne.objects.MutationType",
                "ariadne.ObjectType",
                "ariadne.objects.ObjectType",
                "ariadne.SubscriptionType",
                "ariadne.subscriptions.SubscriptionType",
                "ariadne.InterfaceType",
                "ariadne.interfaces.InterfaceType",
                "ariadne.contrib.federation.FederatedObjectType",
                "ariadne.contrib.federation.objects.FederatedObjectType",
                "ariadne.contrib.federation.FederatedInterfaceType",
                "ariadne.contrib.federation.interfaces.FederatedInterfaceType",
            ),
            decorators=frozenset({"field", "source"}),
            registrars=frozen(
                {"set_field": (Arg(1, "resolver"),), "set_source": (Arg(1, "generator"),)}
            ),
        ),
        _REQUEST_APP,
    ),
    # GraphQL(schema, context_value=get_context_value): "called for every request"; a
    # callable root_value likewise (ariadne/asgi/graphql.py, ariadne/wsgi.py).
    calls=(
        HandlerCall(
            callees=(
                "ariadne.asgi.GraphQL",
                "ariadne.asgi.graphql.GraphQL",
                "ariadne.wsgi.GraphQL",
            ),
            args=(Arg(keyword="context_value"), Arg(keyword="root_value")),
        ),
    ),
)
