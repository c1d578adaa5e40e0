"""Caching decorators on methods of handler classes the framework makes per request: ``self``
is part of the key, so nothing reaches another request (not SLS105). Django and Flask views
are made per request too; a Flask view with init_every_request = False is not."""

from functools import cache, lru_cache

import tornado.web
from django.views.generic import DetailView
from flask.views import MethodView

from .models import Account, Order


class OrderHandler(tornado.web.RequestHandler):
    @lru_cache(maxsize=None)
    def order(self, order_id):
        return Order.get(order_id)

    def get(self, order_id):
        self.write(self.order(order_id).to_dict())


class AccountView(DetailView):
    model = Account

    @cache
    def permissions_for(self, user_id):
        return Account.permissions(user_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["permissions"] = self.permissions_for(self.request.user.id)
        return context


class ReportAPI(MethodView):
    @lru_cache(maxsize=32)
    def totals(self, account_id):
        return Order.totals(account_id)

    def get(self, account_id):
        return {"totals": self.totals(account_id)}


class SharedReportAPI(MethodView):
    init_every_request = False

    @lru_cache(maxsize=32)  # expect: SLS105:6
    def totals(self, account_id):
        return Order.totals(account_id)

    def get(self, account_id):
        return {"totals": self.totals(account_id)}
