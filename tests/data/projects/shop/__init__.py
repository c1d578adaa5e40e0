"""A small shop service split over modules (state in store.py, routes in api.py)."""
