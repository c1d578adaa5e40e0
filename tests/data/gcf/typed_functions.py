"""Typed functions (functions_framework.typed, bare or with the input type) and an error
handler: all run per request."""

from dataclasses import dataclass
from functools import lru_cache

import functions_framework


@dataclass
class Greeting:
    name: str

    @staticmethod
    def from_dict(data: dict) -> "Greeting":
        return Greeting(name=data["name"])

    def to_dict(self) -> dict:
        return {"name": self.name}


greeted = []
errors_by_type = {}


@functions_framework.typed
def greet(greeting: Greeting) -> Greeting:
    greeted.append(greeting.name)  # expect: SLS101:5
    return Greeting(name=f"Hello {greeting.name}")


@functions_framework.typed(Greeting)
def greet_again(greeting: Greeting) -> Greeting:
    return Greeting(name=display_name(greeting.name.lower()))


@lru_cache(maxsize=None)  # expect: SLS105:2
def display_name(account_id: str) -> str:
    return account_id.title()


@functions_framework.errorhandler(ValueError)
def handle_value_error(error):
    errors_by_type[type(error).__name__] = str(error)  # expect: SLS101:5
    return "Bad input", 400
