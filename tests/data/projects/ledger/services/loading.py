"""Loading a class named by configuration: the caller's argument comes back."""

from importlib import import_module


def load_class(dotted_or_class):
    if dotted_or_class is None:
        return None
    if isinstance(dotted_or_class, str):
        module, _, name = dotted_or_class.rpartition(".")
        return getattr(import_module(module), name)
    return dotted_or_class
