"""Every Chainlit callback runs per message, chat, click or login: module state written there
is shared by every user of this process."""

import chainlit as cl

events = []
feedback = {}
profiles_served = []
starters_served = []
audio_chunks = {}
window_messages = []


@cl.on_chat_resume
async def on_chat_resume(thread):
    events.append(("resume", thread["id"]))  # expect: SLS101:5


@cl.on_stop
def on_stop():
    events.append("stop")  # expect: SLS101:5


@cl.on_logout
def on_logout(request, response):
    events.append(("logout", request.url.path))  # expect: SLS101:5


@cl.on_settings_edit
async def on_settings_edit(settings):
    events.append(("edit", settings))  # expect: SLS101:5


@cl.on_audio_start
async def on_audio_start():
    audio_chunks[cl.context.session.thread_id] = []  # expect: SLS101:5
    return True


@cl.on_audio_chunk
async def on_audio_chunk(chunk: cl.InputAudioChunk):
    audio_chunks[cl.context.session.thread_id].append(chunk.data)  # expect: SLS101:5


@cl.on_audio_end
async def on_audio_end():
    audio_chunks.pop(cl.context.session.thread_id, None)  # expect: SLS101:5


@cl.on_feedback
async def on_feedback(fb):
    feedback[fb.forId] = fb.value  # expect: SLS101:5


@cl.on_mcp_connect
async def on_mcp_connect(connection, session):
    events.append(("mcp", connection.name))  # expect: SLS101:5


@cl.on_mcp_disconnect
async def on_mcp_disconnect(name, session):
    events.remove(("mcp", name))  # expect: SLS101:5


@cl.on_window_message
async def window_message(message: str):
    window_messages.append(message)  # expect: SLS104:5


@cl.on_shared_thread_view
async def on_shared_thread_view(thread, viewer):
    events.append(("view", thread["id"]))  # expect: SLS101:5
    return True


@cl.on_slack_reaction_added
async def on_reaction(event):
    events.append(event["reaction"])  # expect: SLS101:5


@cl.author_rename
async def rename(orig_author: str):
    events.append(orig_author)  # expect: SLS101:5
    return {"Assistant": "Helper"}.get(orig_author, orig_author)


@cl.set_chat_profiles
async def chat_profile(current_user):
    profiles_served.append(current_user.identifier)  # expect: SLS101:5
    return [cl.ChatProfile(name="GPT-4", markdown_description="The best")]


@cl.set_starters
async def set_starters(user=None, language=None):
    starters_served.append(language)  # expect: SLS101:5
    return [cl.Starter(label="Hi", message="Hello")]


@cl.set_starter_categories
async def starter_categories(user=None, language=None):
    starters_served.append(("categories", language))  # expect: SLS101:5
    return []


@cl.action_callback("approve")
async def on_approve(action: cl.Action):
    events.append(("approve", action.payload["id"]))  # expect: SLS101:5
    await action.remove()
