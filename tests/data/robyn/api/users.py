"""Routes on a SubRouter in a module of their own, included by the app (``app.include_router``)."""

from robyn import Request, SubRouter, jsonify

router = SubRouter(__file__, prefix="/users")

profiles: dict[str, dict] = {}
api_tokens: dict[str, str] = {}


@router.get("/:user_id")
async def profile(request: Request):
    return jsonify(profiles.get(request.path_params["user_id"], {}))


@router.post("/:user_id")
async def save_profile(request: Request):
    profiles[request.path_params["user_id"]] = request.json()  # expect: SLS101:5
    return "saved"


@router.post("/:user_id/token")
async def issue_token(request: Request):
    token = request.json()["token"]
    api_tokens[token] = request.path_params["user_id"]  # expect: SLS103:5
    return jsonify({"token": token})
