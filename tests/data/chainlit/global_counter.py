"""The Chainlit docs' counterexample (concepts/user-session): a global counter in on_message
is shared by every user; the user session is per chat."""

import chainlit as cl

counter = 0


@cl.on_message
async def on_message(message: cl.Message):
    global counter  # expect: SLS102:5
    counter += 1
    await cl.Message(content=f"You sent {counter} message(s)!").send()


@cl.on_chat_start
def start():
    cl.user_session.set("counter", 0)


@cl.action_callback("count")
async def count(action: cl.Action):
    n = cl.user_session.get("counter") + 1
    cl.user_session.set("counter", n)
    await cl.Message(content=f"You sent {n} message(s)!").send()
