"""A Chainlit assistant that keeps each user's conversation and settings in module dicts (one
process's memory: lost on restart, invisible to the other replicas behind the load balancer)."""

import chainlit as cl
from langchain.memory import ConversationBufferMemory
from openai import AsyncOpenAI

client = AsyncOpenAI()
conversations: dict[str, list[dict]] = {}
settings_by_user = {}
memory = ConversationBufferMemory(return_messages=True)


@cl.on_chat_start
async def start():
    conversations[cl.context.session.id] = [{"role": "system", "content": "Be brief."}]  # expect: SLS104:5
    await cl.Message(content="Hello!").send()


@cl.on_message
async def main(message: cl.Message):
    history = conversations[cl.context.session.id]
    history.append({"role": "user", "content": message.content})  # expect: SLS104:5
    memory.chat_memory.add_user_message(message.content)  # expect: SLS104:5
    response = await client.chat.completions.create(model="gpt-4o", messages=history)
    reply = response.choices[0].message.content
    history.append({"role": "assistant", "content": reply})  # expect: SLS104:5
    await cl.Message(content=reply).send()


@cl.on_settings_update
async def setup_agent(settings):
    settings_by_user[cl.context.session.user.identifier] = settings  # expect: SLS101:5


@cl.on_chat_end
def end():
    conversations.pop(cl.context.session.id, None)  # expect: SLS104:5
