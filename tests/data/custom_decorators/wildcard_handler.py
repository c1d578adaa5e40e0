# options: handler_decorators=*.handler
"""A wildcard pattern: any `<something>.handler` decorator is a request handler."""

from jsonrpc_kit import dispatcher

balances: dict[str, float] = {}
sessions: dict[str, str] = {}


@dispatcher.handler("deposit")
def deposit(account: str, amount: float) -> float:
    balances[account] = balances.get(account, 0.0) + amount  # expect: SLS101:5
    return balances[account]


@dispatcher.handler("login")
def login(session_id: str, user: str) -> bool:
    sessions[session_id] = user  # expect: SLS103:5
    return True


@dispatcher.method("balance")
def balance(account: str) -> float:
    # `.method` is not `.handler`: not request scope, and only reads anyway.
    return balances.get(account, 0.0)
