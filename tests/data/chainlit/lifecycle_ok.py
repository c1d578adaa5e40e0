"""on_app_startup, on_app_shutdown and data_layer run once per process: what they fill is
set-up, not per-chat state. Handlers only read it."""

import chainlit as cl
from chainlit.data.sql_alchemy import SQLAlchemyDataLayer

registry = {}
clients = []


@cl.on_app_startup
async def startup():
    registry["tools"] = ["search", "calculator"]
    clients.append(object())


@cl.on_app_shutdown
async def shutdown():
    clients.clear()
    registry.clear()


@cl.data_layer
def get_data_layer():
    registry["data_layer"] = "postgres"
    return SQLAlchemyDataLayer(conninfo="postgresql+asyncpg://db/chainlit")


@cl.step(type="tool")
async def search(query: str):
    return [query]


@cl.on_message
async def on_message(message: cl.Message):
    tools = list(registry.get("tools", []))
    tools.append("none")
    result = await search(message.content)
    await cl.Message(content=f"{tools}: {result}").send()
