"""A module-level agent object that remembers every turn on self, called from on_message."""

import chainlit as cl


class Agent:
    def __init__(self, model):
        self.model = model
        self.turns = []

    def run(self, text):
        self.turns.append(text)
        return f"{self.model}: {text}"

    def describe(self):
        return f"agent on {self.model}"


agent = Agent("gpt-4o")


@cl.on_message
async def on_message(message: cl.Message):
    reply = agent.run(message.content)  # expect: SLS110:13
    await cl.Message(content=f"{reply} ({agent.describe()})").send()
