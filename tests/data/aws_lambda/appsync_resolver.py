"""An AppSync GraphQL API (docs/core/event_handler/appsync.md): resolvers per field."""

from aws_lambda_powertools.event_handler import AppSyncResolver
from aws_lambda_powertools.event_handler.appsync import Router

app = AppSyncResolver()
posts_router = Router()

posts = {}
comments_by_post = {}
query_count = 0


@app.resolver(type_name="Query", field_name="getPost")
def get_post(post_id: str):
    global query_count  # expect: SLS102:5
    query_count += 1
    return posts.get(post_id)


@app.resolver(type_name="Mutation", field_name="createPost")
def create_post(post_id: str, title: str):
    posts[post_id] = {"id": post_id, "title": title}  # expect: SLS101:5
    return posts[post_id]


@posts_router.resolver(type_name="Mutation", field_name="addComment")
def add_comment(post_id: str, text: str):
    comments_by_post.setdefault(post_id, []).append(text)  # expect: SLS101:5
    return text


@app.batch_resolver(type_name="Post", field_name="comments")
def comments(event):
    return comments_by_post.get(event.source["id"], [])


app.include_router(posts_router)


def lambda_handler(event, context):
    return app.resolve(event, context)
