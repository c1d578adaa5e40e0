"""The service's configuration: one instance per process, read by every request."""

import threading
from dataclasses import dataclass, field

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql://ledger"
    allowed_origins: list[str] = []
    first_install: bool = True


@dataclass
class FeatureFlags:
    beta_invoices: bool = False
    enabled_for: set[str] = field(default_factory=set)


class RequestLocal(threading.local):
    user_id: str | None = None


class Theme:
    def __init__(self) -> None:
        self._accent = "blue"

    @property
    def accent(self) -> str:
        return self._accent

    @accent.setter
    def accent(self, value: str) -> None:
        self._accent = value.lower()


settings = Settings()
flags = FeatureFlags()
local = RequestLocal()
theme = Theme()
