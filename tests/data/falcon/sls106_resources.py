"""Falcon resources: one instance per add_route serves every request (SLS106, SLS107)."""

import itertools

import falcon
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://localhost/shop")


class BaseResource:
    """Shared plumbing: the engine is set once, when the app is built."""

    def __init__(self, engine):
        self.engine = engine
        self.recent = []
        self.etags: dict[str, str] = {}
        self._client = None

    def remember(self, req):
        self.last_path = req.path  # expect: SLS106:9
        self.recent.append(req.path)  # expect: SLS106:9

    def client(self):
        if self._client is None:
            self._client = object()  # lazily made once: the same for every request
        return self._client


class ProductResource(BaseResource):
    page_size = 20
    history = []  # one list for every ProductResource instance
    ids = itertools.count(1)

    def on_get(self, req, resp, product_id):
        self.current_user = req.context.user  # expect: SLS106:9
        self.remember(req)
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM products WHERE id=:id"), {"id": product_id})
        self.etags[product_id] = str(hash(row))  # expect: SLS106:9
        self.history.append(product_id)  # expect: SLS107:9
        resp.media = {"id": product_id, "user": self.current_user}

    def on_post(self, req, resp):
        self.hits += 1  # expect: SLS106:9
        data = req.get_media()
        data["id"] = next(self.ids)  # expect: SLS107:22
        ProductResource.history.append(data["id"])  # expect: SLS107:9
        resp.status = falcon.HTTP_201

    def on_delete_cache(self, req, resp):
        self.etags.clear()  # expect: SLS106:9
        del self.recent[:]  # expect: SLS106:9
        resp.status = falcon.HTTP_204


class FeaturedResource(ProductResource):
    """A second inheritance level: still one shared instance."""

    def on_get(self, req, resp):
        self.featured = req.get_param("id")  # expect: SLS106:9
        resp.media = {"featured": self.featured}


class HealthResource:
    """No findings: reads only, and request data lives on req.context and resp."""

    checks = ("db", "cache")

    def __init__(self, engine):
        self.engine = engine
        self.started = falcon.http_now()

    def on_get(self, req, resp):
        req.context.checked = True
        client = self.client() if hasattr(self, "client") else None
        status = {name: "ok" for name in self.checks}
        status["uptime"] = self.started
        local = list(self.checks)
        local.append("extra")
        resp.media = {"status": status, "client": client, "checks": local}


class SessionResource:
    """No findings: a database session's add() is not a container mutation."""

    def __init__(self, session_factory):
        self.session_factory = session_factory
        self.db = session_factory()

    def on_post(self, req, resp):
        self.db.add(req.get_media())
        self.db.commit()
        resp.status = falcon.HTTP_201


app = falcon.App()
products = ProductResource(engine)
app.add_route("/products", products)
app.add_route("/products/{product_id}", products)
app.add_route("/products/cache", products, suffix="cache")
app.add_route("/featured", FeaturedResource(engine))
app.add_route("/health", HealthResource(engine))
app.add_route("/sessions", SessionResource(lambda: None))
