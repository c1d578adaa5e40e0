"""A Graphene chat API keeping each conversation in process memory (SLS104)."""

import graphene

conversations = {}


class Message(graphene.ObjectType):
    role = graphene.String()
    text = graphene.String()


class SendMessage(graphene.Mutation):
    class Arguments:
        conversation_id = graphene.ID(required=True)
        text = graphene.String(required=True)

    reply = graphene.Field(Message)

    def mutate(root, info, conversation_id, text):
        history = conversations.setdefault(conversation_id, [])  # expect: SLS104:19
        history.append({"role": "user", "text": text})  # expect: SLS104:9
        answer = info.context.llm.complete(history)
        history.append({"role": "assistant", "text": answer})  # expect: SLS104:9
        return SendMessage(reply=Message(role="assistant", text=answer))


class Query(graphene.ObjectType):
    history = graphene.List(Message, conversation_id=graphene.ID(required=True))

    def resolve_history(root, info, conversation_id):
        return [Message(**m) for m in conversations.get(conversation_id, [])]


class Mutation(graphene.ObjectType):
    send_message = SendMessage.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)
