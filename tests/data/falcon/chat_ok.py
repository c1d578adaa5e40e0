"""Falcon chat resource building memory per request from stored turns. No findings."""

import falcon
from langchain.memory import ConversationBufferMemory
from langchain_community.chat_message_histories import SQLChatMessageHistory
from langchain_openai import ChatOpenAI

llm = ChatOpenAI()
DB = "sqlite:///chat.db"


class ChatResource:
    def on_post(self, req, resp, conversation_id):
        text = req.get_media()["message"]
        history = SQLChatMessageHistory(session_id=conversation_id, connection=DB)
        memory = ConversationBufferMemory(chat_memory=history)
        answer = llm.invoke(text).content
        memory.save_context({"input": text}, {"output": answer})
        req.context.turns = len(history.messages)
        resp.media = {"answer": answer}


app = falcon.App()
app.add_route("/chat/{conversation_id}", ChatResource())
