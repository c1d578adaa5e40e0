"""Registered by its name (``from toolbox.tools.weather import forecast``)."""

last_city: dict[str, str] = {}


def forecast(user: str, city: str) -> str:
    last_city[user] = city  # expect: SLS101:5
    return f"sunny in {city}"
