"""Const routes, dependency injection set up once, and templates read from a module dict.
No findings."""

from robyn import Robyn

app = Robyn(__file__)
app.inject_global(settings={"greeting": "hello"})
_templates = {"home": "<h1>home</h1>"}


def template(name):
    return _templates.get(name, "")


@app.get("/", const=True)
async def index():
    return template("home")


@app.get("/health")
def health(global_dependencies):
    greeting = global_dependencies["settings"]["greeting"]
    return {"status": "ok", "greeting": greeting}
