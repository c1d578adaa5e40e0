"""Falcon chat resource with module-level history."""

import falcon
from langchain.memory import ConversationSummaryMemory
from langchain_openai import ChatOpenAI

llm = ChatOpenAI()
summary_memory = ConversationSummaryMemory(llm=llm)
histories: dict[str, list[str]] = {}


class ChatResource:
    def on_post(self, req, resp, conversation_id):
        text = req.get_media()["message"]
        histories.setdefault(conversation_id, []).append(text)  # expect: SLS104:9
        summary_memory.save_context({"input": text}, {"output": "ok"})  # expect: SLS104:9
        resp.media = {"turns": len(histories[conversation_id])}

    def on_get(self, req, resp, conversation_id):
        messages = list(histories.get(conversation_id, []))
        messages.reverse()
        resp.media = messages


app = falcon.App()
app.add_route("/chat/{conversation_id}", ChatResource())
