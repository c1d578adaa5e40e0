"""A views module whose blueprint is made elsewhere: the name fallback `bp` applies."""

from flask import jsonify, request

from .blueprint import bp

reactions: dict[str, int] = {}


@bp.post("/react/<emoji>")
def react(emoji):
    reactions[emoji] = reactions.get(emoji, 0) + 1  # expect: SLS101:5
    return jsonify(reactions=reactions, by=request.remote_addr)


@bp.get("/reactions")
def list_reactions():
    return jsonify(reactions)
