"""Login callbacks that keep tokens and logged-in users in module memory."""

import secrets
from typing import Dict, Optional

import chainlit as cl

logged_in_users: set[str] = set()
api_tokens: Dict[str, str] = {}
oauth_accounts = {}


@cl.password_auth_callback
def auth_callback(username: str, password: str) -> Optional[cl.User]:
    if (username, password) != ("admin", "admin"):
        return None
    logged_in_users.add(username)  # expect: SLS103:5
    api_tokens[secrets.token_urlsafe()] = username  # expect: SLS103:5
    return cl.User(identifier=username, metadata={"role": "admin"})


@cl.header_auth_callback
def header_auth_callback(headers: Dict) -> Optional[cl.User]:
    token = headers.get("Authorization", "")
    user = api_tokens.get(token)
    return cl.User(identifier=user) if user else None


@cl.oauth_callback
def oauth_callback(provider_id, token, raw_user_data, default_user, id_token=None):
    oauth_accounts[default_user.identifier] = token  # expect: SLS101:5
    return default_user


@cl.on_logout
def logout(request, response):
    logged_in_users.discard(request.cookies.get("user", ""))  # expect: SLS103:5
    response.delete_cookie("access_token")
