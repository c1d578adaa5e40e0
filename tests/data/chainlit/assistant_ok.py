"""The stateless twin of assistant.py: the conversation in Chainlit's per-chat user session and
chat context (persisted by the data layer, restored by on_chat_resume), nothing in module memory."""

import chainlit as cl
from openai import AsyncOpenAI

client = AsyncOpenAI()
SYSTEM = [{"role": "system", "content": "Be brief."}]
counter = cl.user_session.create_accessor("counter", 0, apply_fn=lambda n: n + 1)


@cl.on_chat_start
async def start():
    cl.user_session.set("history", list(SYSTEM))
    await cl.Message(content="Hello!").send()


@cl.on_chat_resume
async def resume(thread):
    history = cl.user_session.get("history") or list(SYSTEM)
    for step in thread["steps"]:
        history.append({"role": "user", "content": step["output"]})
    cl.user_session.set("history", history)


@cl.on_message
async def main(message: cl.Message):
    history = cl.user_session.get("history")
    history.append({"role": "user", "content": message.content})
    response = await client.chat.completions.create(model="gpt-4o", messages=history)
    reply = response.choices[0].message.content
    history.append({"role": "assistant", "content": reply})
    counter.apply()
    await cl.Message(content=f"{reply} ({counter.get()})").send()


@cl.on_settings_update
async def setup_agent(settings):
    cl.user_session.set("settings", settings)
    cl.user_session.get("settings")["applied"] = True


@cl.on_stop
def stop():
    cl.chat_context.clear()


@cl.on_chat_end
def end():
    messages = cl.chat_context.to_openai()
    messages.append({"role": "system", "content": "bye"})
    cl.chat_context.add(cl.Message(content="bye"))
