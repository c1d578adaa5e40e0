"""Production settings that set the layer's backend item by item."""

import os

INSTALLED_APPS = ["channels", "chat"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
CHANNEL_LAYERS = {"default": {"CONFIG": {"expiry": 30}}}
CHANNEL_LAYERS["default"]["BACKEND"] = "channels.layers.InMemoryChannelLayer"  # expect: SLS109:40
