# options: allowed_names=PLUGIN_REGISTRY,hook_*
"""Names the user vouches for are never reported; others still are."""

from fastapi import FastAPI

app = FastAPI()
PLUGIN_REGISTRY: dict[str, str] = {}
hook_calls: list[str] = []
installs: list[str] = []


@app.post("/plugins/{name}")
def install(name: str) -> dict:
    PLUGIN_REGISTRY[name] = "installed"
    hook_calls.append(name)
    installs.append(name)  # expect: SLS101:5
    return {"plugins": sorted(PLUGIN_REGISTRY)}
