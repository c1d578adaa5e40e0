"""The app that includes the users router; its own hooks and error handler."""

from robyn import Robyn

from .users import router

app = Robyn(__file__)
failures = []


@app.exception
async def on_error(error):
    failures.append(str(error))  # expect: SLS101:5
    return {"status_code": 500, "description": "internal error"}


app.include_router(router)
