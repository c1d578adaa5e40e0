"""What kind of function a def is, and its parameters: decided once, for every rule.

A method's bound parameter (``self`` of an instance method, ``cls`` of a class method) is
found by its position, whatever it is called; a static method or a plain function has none,
nor has a method the framework calls through its class with a value of the call first
(Graphene's implicit static resolvers, marked by request scope: ``Scope.unbound``).
"""

from __future__ import annotations

import ast
from enum import Enum
from typing import Final

from ..model import FunctionNode, Scope

#: Methods that run once per instance, before it serves anything (or when it is entered as a
#: context): writes there are set-up, not request data.
SETUP_METHODS: Final = frozenset(
    {"__init__", "__post_init__", "__new__", "__init_subclass__", "__set_name__", "__enter__",
     "__aenter__", "setup", "startup", "on_startup", "initialize", "init_app"}
)  # fmt: skip


class Kind(Enum):
    FUNCTION = "function"  # module level or nested in a function
    INSTANCE = "instance"  # a method that receives the instance first
    CLASS = "class"  # @classmethod: receives the class first
    STATIC = "static"  # @staticmethod: receives nothing bound


def kind(scope: Scope) -> Kind:
    """The kind of the function whose scope this is: a method when a class body defines it."""
    owner = scope.parent
    node = scope.function
    if owner is None or not owner.is_class:
        return Kind.FUNCTION
    for decorator in node.decorator_list:
        name = decorator.id if isinstance(decorator, ast.Name) else None
        if name == "staticmethod":
            return Kind.STATIC
        if name == "classmethod":
            return Kind.CLASS
    if scope.unbound:  # Graphene's resolve_x(root, info): root is the parent value
        return Kind.STATIC
    return Kind.INSTANCE


def bound_parameter(scope: Scope) -> str | None:
    """``self`` of an instance method, ``cls`` of a class method (by position); else None."""
    if kind(scope) not in (Kind.INSTANCE, Kind.CLASS):
        return None
    node = scope.function
    positional = [*node.args.posonlyargs, *node.args.args]
    return positional[0].arg if positional else None


def parameters(node: FunctionNode) -> list[ast.arg]:
    """Every parameter, in order: positional-only, positional, ``*args``, keyword-only,
    ``**kwargs``."""
    args = node.args
    found = [*args.posonlyargs, *args.args]
    if args.vararg is not None:
        found.append(args.vararg)
    found += args.kwonlyargs
    if args.kwarg is not None:
        found.append(args.kwarg)
    return found


def call_parameters(scope: Scope) -> list[ast.arg]:
    """The parameters a caller passes: :func:`parameters` without the bound one."""
    found = parameters(scope.function)
    if bound_parameter(scope) is not None:
        found = found[1:]
    return found


def parameter_names(node: FunctionNode) -> set[str]:
    return {arg.arg for arg in parameters(node)}
