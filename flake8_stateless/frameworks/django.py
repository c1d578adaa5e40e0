"""Django and Django REST framework."""

from __future__ import annotations

from .base import (
    VERB_METHODS,
    Arg,
    Backends,
    Framework,
    HandlerCall,
    HandlerClass,
    Lifetime,
    ModuleConvention,
    Requests,
    Routes,
    Sessions,
    SharedState,
)

_MIDDLEWARE_METHODS = frozenset(
    {
        "__call__",
        "__acall__",
        "process_request",
        "process_view",
        "process_exception",
        "process_response",
        "process_template_response",
    }
)

#: Class attributes of Django's generic views that the framework only reads (SLS107).
_VIEW_CONFIG = frozenset(
    {
        "http_method_names",
        "template_name",
        "template_engine",
        "response_class",
        "content_type",
        "extra_context",
        "model",
        "queryset",
        "fields",
        "exclude",
        "form_class",
        "success_url",
        "paginate_by",
        "ordering",
        "context_object_name",
        "slug_field",
        "slug_url_kwarg",
        "pk_url_kwarg",
        "allowed_methods",
    }
)
#: DRF view and viewset attributes the framework only reads (frameworks.md B.4 item 8).
_API_VIEW_CONFIG = frozenset(
    {
        "permission_classes",
        "authentication_classes",
        "throttle_classes",
        "renderer_classes",
        "parser_classes",
        "filter_backends",
        "queryset",
        "serializer_class",
        "pagination_class",
        "content_negotiation_class",
        "metadata_class",
        "versioning_class",
        "lookup_field",
        "lookup_url_kwarg",
        "search_fields",
        "ordering_fields",
        "ordering",
        "filterset_fields",
        "filterset_class",
        "throttle_scope",
        "http_method_names",
        "schema",
    }
)

#: Settings that keep the cache or sessions in one process or on one host's disk
#: (frameworks.md B.3).
_BACKENDS = Backends(
    local_values={
        "CACHES": {
            "django.core.cache.backends.locmem.LocMemCache": "LocMemCache",
            "django.core.cache.backends.filebased.FileBasedCache": "FileBasedCache",
            "diskcache.DjangoCache": "diskcache DjangoCache",
        },
        # django/contrib/sessions/backends/file.py: SESSION_FILE_PATH or the temp folder.
        "SESSION_ENGINE": {"django.contrib.sessions.backends.file": "files on one host"},
        # Channels (frameworks.md C.6): "In-memory channel layers operate with each process
        # as a separate layer" (docs/topics/channel_layers.rst); channels/layers.py keeps
        # them in self.channels and self.groups. Consumers use the "default" layer
        # (channels/consumer.py channel_layer_alias). Set in Django's settings, so here.
        "CHANNEL_LAYERS": {"channels.layers.InMemoryChannelLayer": "InMemoryChannelLayer"},
    },
    aliased_settings={"CACHES": "the cache", "CHANNEL_LAYERS": "group and channel messages"},
    other_settings=frozenset({"SESSION_CACHE_ALIAS"}),
    configure_calls=frozenset({"django.conf.settings.configure"}),
    # django/conf/global_settings.py: CACHES defaults to LocMemCache.
    default_cache="LocMemCache",
    cache_sessions=frozenset(
        {"django.contrib.sessions.backends.cache", "django.contrib.sessions.backends.cached_db"}
    ),
    settings_anchor="INSTALLED_APPS",
)

#: Views take the request first; class-based views keep it on ``self.request``.
_REQUEST = Requests(params=frozenset({"request"}), self_attributes=frozenset({"request"}))

DJANGO = Framework(
    name="django",
    data_folders=("django",),
    readme="Django",
    packages=frozenset({"django"}),
    decorators=(
        "django.views.decorators.*",
        "django.contrib.auth.decorators.*",
        "django.contrib.admin.views.decorators.*",
    ),
    calls=(
        HandlerCall(
            callees=("django.urls.path", "django.urls.re_path", "django.conf.urls.url"),
            args=(Arg(1, "view"),),
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "django.views.View",
                "django.views.generic.*",
            ),
            kind="Django view",
        ),
        # Django docs (topics/http/middleware): "__init__() is called only once".
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=("django.utils.deprecation.MiddlewareMixin",),
            methods=_MIDDLEWARE_METHODS,
            kind="Django middleware",
        ),
    ),
    modules=(ModuleConvention(filenames=frozenset({"views.py"})),),
    class_config=_VIEW_CONFIG,
    # One settings object serves every request (SLS108).
    shared_state=SharedState(settings={"django.conf.settings": "Django settings"}),
    requests=_REQUEST,
    routes=Routes(
        method_decorators={
            "django.views.decorators.http.require_POST": frozenset({"POST"}),
            "django.views.decorators.http.require_GET": frozenset({"GET"}),
            "django.views.decorators.http.require_safe": frozenset({"GET", "HEAD"}),
            "django.views.decorators.http.require_http_methods": None,
        },
        method_keywords=frozenset({"request_method_list"}),
        path_keywords=frozenset({"route"}),
        verb_methods=VERB_METHODS,
        # django-idempotency-key: middleware (set in settings) and @idempotency_key(_exempt)
        idempotency_packages=("idempotency_key.*",),
    ),
    sessions=Sessions(
        login_functions=frozenset({"django.contrib.auth.login", "django.contrib.auth.alogin"})
    ),
    backends=_BACKENDS,
)

#: Middleware with no base class (frameworks.md C.9): settings ``MIDDLEWARE`` names it by
#: dotted path, "Middleware classes don't have to subclass anything", and its module need not
#: import django (taiga's ``events/middleware.py`` does not). The shape names it: a class whose
#: ``__init__(self, get_response)`` "is called only once, when the web server starts", or a
#: factory ``def mw(get_response)`` whose inner function runs per request; one instance (one
#: closure) serves every request of the process.
DJANGO_MIDDLEWARE = Framework(
    name="django",
    data_folders=("django_middleware",),
    readme="Django middleware",
    packages=frozenset({"django"}),
    classes=(
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            methods=_MIDDLEWARE_METHODS,
            init_param="get_response",
            kind="Django middleware",
        ),
    ),
    middleware_factory_param="get_response",
    without_import=True,
)

DRF = Framework(
    name="drf",
    data_folders=("drf",),
    readme="DRF",
    packages=frozenset({"rest_framework"}),
    decorators=("rest_framework.decorators.api_view", "rest_framework.decorators.action"),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "rest_framework.views.APIView",
                "rest_framework.generics.*",
                "rest_framework.viewsets.*",
            ),
            kind="DRF view",
        ),
    ),
    modules=(ModuleConvention(filenames=frozenset({"views.py"})),),
    class_config=_API_VIEW_CONFIG,
    requests=_REQUEST,
    routes=Routes(
        method_decorators={
            "rest_framework.decorators.api_view": None,
            "rest_framework.decorators.action": None,
        },
        method_keywords=frozenset({"methods", "http_method_names"}),
        verb_methods=VERB_METHODS,
        # ViewSet actions: create is POST, partial_update is PATCH (rest_framework/routers.py).
        actions={"create": "POST", "partial_update": "PATCH"},
        action_bases=("rest_framework.viewsets.*", "rest_framework.mixins.*"),
    ),
)
