"""Not entry points: a v1-style ``main`` without an azure.functions annotation in a module that
is not a function folder, methods of an unrelated object called ``route``, binding decorators
alone, and set-up at import time."""

import azure.functions as func

registry = {}


def main(argv):
    registry["argv"] = argv


class Router:
    def route(self, path):
        def register(fn):
            registry[path] = fn
            return fn

        return register


router = Router()


@router.route("/health")
def health(req):
    registry["health"] = req


def build() -> func.FunctionApp:
    app = func.FunctionApp()
    registry["app"] = app
    return app
