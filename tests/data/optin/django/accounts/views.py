"""Django session logins: auth.login and identity keys written into request.session."""

from django.contrib import auth
from django.contrib.auth import authenticate, logout
from django.http import JsonResponse
from django.views.generic import FormView


def sign_in(request):
    user = authenticate(
        request, username=request.POST["username"], password=request.POST["password"]
    )
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    auth.login(request, user)  # expect: SLS202:5
    return JsonResponse({"ok": True})


def switch_account(request, account_id):
    request.session["account_id"] = account_id  # expect: SLS202:5
    return JsonResponse({"account": account_id})


def sign_out(request):
    logout(request)
    request.session.flush()
    return JsonResponse({"ok": True})


def set_language(request, code):
    request.session["django_language"] = code
    request.session["recently_viewed"] = [*request.session.get("recently_viewed", []), code]
    return JsonResponse({"language": code})


class PinLoginView(FormView):
    template_name = "pin.html"

    def form_valid(self, form):
        self.request.session["uid"] = form.cleaned_data["uid"]  # expect: SLS202:9
        return super().form_valid(form)
