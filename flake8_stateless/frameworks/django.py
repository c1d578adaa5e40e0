"""Django and Django REST framework."""

from __future__ import annotations

from .base import Arg, Framework, HandlerCall, HandlerClass, Lifetime, ModuleConvention

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

DJANGO = Framework(
    name="django",
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
        ),
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=("django.utils.deprecation.MiddlewareMixin",),
            methods=_MIDDLEWARE_METHODS,
        ),
        # New-style middleware is a plain class: __init__(self, get_response) runs once.
        HandlerClass(
            lifetime=Lifetime.PROCESS, methods=_MIDDLEWARE_METHODS, init_param="get_response"
        ),
    ),
    modules=(ModuleConvention(filenames=frozenset({"views.py"})),),
    middleware_factory_param="get_response",
)

DRF = Framework(
    name="drf",
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
        ),
    ),
    modules=(ModuleConvention(filenames=frozenset({"views.py"})),),
)
