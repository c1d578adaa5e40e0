# options: allowed_names=MetricsResource.served,warm_models
"""Per-process counters the user vouches for with --stateless-allowed-names."""

import falcon


class MetricsResource:
    served = []  # per-process on purpose: scraped from every instance

    def __init__(self):
        self.warm_models = {}

    def on_get(self, req, resp):
        self.served.append(req.path)
        self.warm_models[req.get_param("model")] = True
        self.last_scrape = req.path  # expect: SLS106:9
        resp.media = {"served": len(self.served)}


app = falcon.App()
app.add_route("/metrics", MetricsResource())
