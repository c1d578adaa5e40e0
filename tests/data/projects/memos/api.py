"""Memos that keep nothing of a request (shaped like real services): a model registry filled
once per name, a client manager, a value under a fixed key, a TTL refill with its timestamp, a
latch of a database fact, an account id memo, and cache invalidation after a commit. The
shapes next to them that do keep request data are reported."""

import asyncio
import time

from fastapi import FastAPI
from sentence_transformers import SentenceTransformer

from . import store
from .store import certificate_status, clear_overrides, invalidate_overrides

app = FastAPI()
_MODELS = {}
_SSO_OPTIONS = {}
_SSO_KEY = "options"
_index = None
_index_loaded_at = 0.0
_has_users = False
MULTI_TENANT = False
sessions = {}
_wallet_locks = {}
counters = {}


def get_model(model_name: str) -> SentenceTransformer:
    if model_name not in _MODELS:
        _MODELS[model_name] = SentenceTransformer(model_name)
    return _MODELS[model_name]


class ClientManager:
    def __init__(self) -> None:
        self._clients = {}
        self._account = None
        self._account_key = None

    def get_client(self, provider: str):
        if provider not in self._clients:
            self._clients[provider] = make_client(provider)
        return self._clients[provider]

    def account_id(self) -> str:
        access_key = current_credentials()
        if self._account is None or self._account_key != access_key:
            self._account = lookup_account(access_key)
            self._account_key = access_key
        return self._account


manager = ClientManager()


def make_client(provider: str):
    return provider


def current_credentials() -> str:
    return "AKIA-process-credentials"


def lookup_account(access_key: str) -> str:
    return access_key[:4]


async def load_index() -> list:
    return []


async def fetch_index() -> list:
    global _index, _index_loaded_at
    if _index is not None and _index_loaded_at:
        if time.time() - _index_loaded_at < 3600:
            return _index
    _index = await load_index()
    _index_loaded_at = time.time()
    return _index


async def count_users() -> int:
    return 1


@app.post("/embed")
def embed(model_name: str, text: str) -> list:
    return get_model(model_name).encode(text)


@app.get("/login/{provider}")
def login(provider: str) -> dict:
    client = manager.get_client(provider)
    return {"client": client, "account": manager.account_id()}


@app.get("/sso/options")
def sso_options() -> dict:
    _SSO_OPTIONS[_SSO_KEY] = store.load_certificates()
    key = "certificates"
    _SSO_OPTIONS[key] = certificate_status()
    return _SSO_OPTIONS


@app.get("/search")
async def search(q: str) -> list:
    return [entry for entry in await fetch_index() if q in entry]


@app.get("/auth/type")
async def auth_type() -> dict:
    global _has_users
    has_users = True
    if not MULTI_TENANT and not _has_users:
        has_users = await count_users() > 0
        _has_users = has_users
    return {"has_users": has_users}


@app.put("/tenants/{tenant_id}/overrides")
def update_overrides(tenant_id: str, body: dict) -> dict:
    invalidate_overrides(tenant_id)
    clear_overrides()
    return body


@app.post("/sessions/{user_id}")
def open_session(user_id: str) -> dict:
    if user_id not in sessions:
        sessions[user_id] = make_client(user_id)  # expect: SLS103:9
    return {"ok": True}


@app.post("/wallets/{wallet}/pay")
async def pay(wallet: str) -> dict:
    if wallet not in _wallet_locks:
        _wallet_locks[wallet] = asyncio.Lock()  # expect: SLS101:9
    async with _wallet_locks[wallet]:
        return {"paid": True}


@app.get("/hits")
def hits() -> dict:
    counters["hits"] = counters.get("hits", 0) + 1  # expect: SLS101:5
    return counters
