"""Todo API with JWT login that any instance can serve. Healthy: todos live in PostgreSQL
behind one engine created at import, login returns a signed JWT that every instance verifies
on its own, the user id rides on ``request.state`` for this request only, an Idempotency-Key
stored with the row makes retries safe, and the only cache is the parameterless get_settings()."""

import logging
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from passlib.context import CryptContext
from pydantic import BaseModel
from pydantic_settings import BaseSettings
from sqlalchemy import create_engine, text


class Settings(BaseSettings):
    database_url: str
    jwt_secret: str


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI(title="todos")
engine = create_engine(get_settings().database_url, pool_pre_ping=True)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")
pwd_context = CryptContext(schemes=["bcrypt"])
logger = logging.getLogger(__name__)
ALGORITHM = "HS256"
TOKEN_TTL = timedelta(minutes=30)


class TodoIn(BaseModel):
    title: str


def query(sql: str, **params: object) -> list[dict]:
    with engine.begin() as conn:
        return [dict(row) for row in conn.execute(text(sql), params).mappings()]


def current_user_id(request: Request, token: str = Depends(oauth2_scheme)) -> int:
    try:
        claims = jwt.decode(token, get_settings().jwt_secret, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token") from None
    request.state.user_id = int(claims["sub"])
    return request.state.user_id


@app.post("/login")
def login(form: OAuth2PasswordRequestForm = Depends(), settings: Settings = Depends(get_settings)):
    users = query("SELECT id, password_hash FROM users WHERE username = :u", u=form.username)
    if not users or not pwd_context.verify(form.password, users[0]["password_hash"]):
        raise HTTPException(status_code=401, detail="bad credentials")
    expires = datetime.now(timezone.utc) + TOKEN_TTL
    token = jwt.encode({"sub": str(users[0]["id"]), "exp": expires}, settings.jwt_secret, ALGORITHM)
    return {"access_token": token, "token_type": "bearer"}


@app.get("/todos")
def list_todos(user_id: int = Depends(current_user_id)) -> list[dict]:
    return query("SELECT * FROM todos WHERE owner_id = :o ORDER BY id", o=user_id)


@app.post("/todos", status_code=201)
def create_todo(
    todo: TodoIn, idempotency_key: str = Header(), user_id: int = Depends(current_user_id)
) -> dict:
    [created] = query(
        "INSERT INTO todos (owner_id, title, idempotency_key) VALUES (:o, :t, :k)"
        " ON CONFLICT (owner_id, idempotency_key) DO UPDATE SET title = :t RETURNING *",
        o=user_id, t=todo.title, k=idempotency_key,
    )
    logger.info("todo %s created by user %s", created["id"], user_id)
    return created


@app.put("/todos/{todo_id}/done")
def complete_todo(todo_id: int, user_id: int = Depends(current_user_id)) -> dict:
    rows = query("UPDATE todos SET done = true WHERE id = :i AND owner_id = :o RETURNING *",
                 i=todo_id, o=user_id)
    if not rows:
        raise HTTPException(status_code=404)
    return rows[0]
