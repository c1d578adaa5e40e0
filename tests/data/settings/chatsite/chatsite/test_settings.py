"""Test settings: the in-memory layer is what the Channels docs recommend for tests."""

from .settings import *  # noqa: F403

CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
