"""The project's shared imports: resources.py takes Resource from here."""

from flask_restful import Api, Resource

__all__ = ["Api", "Resource"]
