"""Chainlit callbacks (frameworks.md C.2).

The decorators live in ``chainlit.callbacks`` and are re-exported by ``chainlit``
(``import chainlit as cl; @cl.on_message``, or imported by name). Each runs per message,
chat, click or login. ``on_app_startup``, ``on_app_shutdown`` and ``data_layer`` run once
per process: not listed. ``cl.user_session`` and ``cl.chat_context`` are Chainlit's
per-chat-session stores, not state of the project's modules: nothing here names them, and
the rules never take an attribute of an installed package for a project container.
"""

from __future__ import annotations

from .base import Framework

#: chainlit/callbacks.py, every decorator called per event, message, click or login.
_CALLBACKS = (
    "on_message", "on_chat_start", "on_chat_end", "on_chat_resume", "on_stop", "on_logout",
    "on_settings_update", "on_settings_edit", "on_audio_start", "on_audio_chunk",
    "on_audio_end", "on_feedback", "on_mcp_connect", "on_mcp_disconnect", "on_window_message",
    "on_shared_thread_view", "on_slack_reaction_added", "author_rename", "set_chat_profiles",
    "set_starters", "set_starter_categories", "password_auth_callback",
    "header_auth_callback", "oauth_callback", "action_callback",
)  # fmt: skip

CHAINLIT = Framework(
    name="chainlit",
    data_folders=("chainlit",),
    readme="Chainlit",
    packages=frozenset({"chainlit"}),
    decorators=tuple(
        f"{module}.{name}" for module in ("chainlit", "chainlit.callbacks") for name in _CALLBACKS
    ),
)
