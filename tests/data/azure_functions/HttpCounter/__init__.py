"""A v1 function (HttpCounter/__init__.py + function.json): ``main`` with a parameter of an
azure.functions type is the entry point."""

import azure.functions as func

hits = 0


def main(req: func.HttpRequest) -> func.HttpResponse:
    global hits  # expect: SLS102:5
    hits += 1
    return func.HttpResponse(f"{hits} hits on this instance")
