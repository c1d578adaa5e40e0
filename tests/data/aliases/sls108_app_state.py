"""SLS108: application-wide state written through every alias form."""

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/models/{name}")
async def load_model(name: str, request: Request) -> dict:
    state = request.app.state
    state.current_model = name  # expect: SLS108:5
    for registry in request.app.state.registries.values():
        registry.append(name)  # expect: SLS108:9
    if (models := request.app.state.models) is not None:
        models.append(name)  # expect: SLS108:9
    shared, loaded = request.app.state, name
    shared.last_loaded = loaded  # expect: SLS108:5
    return {"loaded": name}


@app.get("/models")
async def models(request: Request) -> dict:
    # Reading app state into locals, and copies, writes nothing.
    state = request.app.state
    current = state.current_model
    names = list(state.models)
    names.append(current)
    return {"models": names}
