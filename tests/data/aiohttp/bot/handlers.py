"""handlers.py of a chat bot that does not use aiohttp: nothing is request scope here.

No findings.
"""

from telegram import Update
from telegram.ext import ContextTypes

chat_ids: set[int] = set()


async def start(request: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_ids.add(request.effective_chat.id)
