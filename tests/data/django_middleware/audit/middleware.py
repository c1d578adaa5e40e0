"""Old-style middleware (MiddlewareMixin) and a new-style one in a module importing django."""

from django.conf import settings
from django.utils.deprecation import MiddlewareMixin

recent_errors = []


class ErrorCollectorMiddleware(MiddlewareMixin):
    def process_exception(self, request, exception):
        recent_errors.append(repr(exception))  # expect: SLS101:9
        self.last_error = exception  # expect: SLS106:9


class LocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.default = settings.LANGUAGE_CODE

    def __call__(self, request):
        self.language = request.COOKIES.get("lang", self.default)  # expect: SLS106:9
        return self.get_response(request)

    def process_template_response(self, request, response):
        response.context_data["language"] = self.language
        return response
