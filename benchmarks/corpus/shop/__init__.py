"""A small web shop: the handler-dense benchmark corpus (run.py copies it)."""
