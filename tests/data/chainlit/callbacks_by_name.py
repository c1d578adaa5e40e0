"""Callbacks imported by name from chainlit and from chainlit.callbacks."""

from chainlit import Message, action_callback, on_chat_start, on_message
from chainlit.callbacks import on_chat_end as chat_end
from chainlit.context import context

transcripts = {}
clicks = []


@on_chat_start
async def start():
    transcripts[context.session.id] = []  # expect: SLS104:5


@on_message
async def answer(message: Message):
    transcripts[context.session.id].append(message.content)  # expect: SLS104:5
    log_click("message")


def log_click(kind):
    clicks.append(kind)  # expect: SLS101:5


@action_callback("like")
async def like(action):
    log_click(action.name)


@chat_end
async def end():
    transcripts.pop(context.session.id, None)  # expect: SLS104:5
