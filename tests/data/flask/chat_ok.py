"""Chat bot that stores turns in the database and rebuilds memory per request. No findings."""

from flask import Flask, g, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from llama_index.core.llms import ChatMessage
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.llms.openai import OpenAI

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://localhost/support"
db = SQLAlchemy(app)
llm = OpenAI(model="gpt-4o-mini")
SYSTEM = ChatMessage(role="system", content="Be kind.")


class Turn(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    conversation_id = db.Column(db.String, index=True)
    role = db.Column(db.String)
    content = db.Column(db.Text)


@app.post("/support/<conversation_id>")
def support(conversation_id):
    turns = Turn.query.filter_by(conversation_id=conversation_id).order_by(Turn.id).all()
    history = [ChatMessage(role=t.role, content=t.content) for t in turns]
    # A memory buffer made for this request only.
    memory = ChatMemoryBuffer.from_defaults(chat_history=history, token_limit=3000)
    memory.put(ChatMessage(role="user", content=request.json["question"]))
    messages = [SYSTEM, *memory.get()]
    reply = llm.chat(messages).message.content
    db.session.add(Turn(conversation_id=conversation_id, role="user", content=request.json["question"]))
    db.session.add(Turn(conversation_id=conversation_id, role="assistant", content=reply))
    db.session.commit()
    g.turns = len(messages)
    return jsonify(reply=reply)
