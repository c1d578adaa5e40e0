"""A storage provider chosen by configuration at import time (open-webui's shape): which class
the one instance is depends on the deployment, so nothing is claimed about it."""

import os


class LocalStorage:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def upload(self, name: str, data: bytes) -> str:
        self.files[name] = data
        return name


class S3Storage:
    def __init__(self) -> None:
        self.bucket = os.environ.get("BUCKET", "ledger")

    def upload(self, name: str, data: bytes) -> str:
        return f"s3://{self.bucket}/{name}"


def get_storage(provider: str):
    if provider == "local":
        storage = LocalStorage()
    elif provider == "s3":
        storage = S3Storage()
    else:
        raise RuntimeError(provider)
    return storage


Storage = get_storage(os.environ.get("STORAGE", "s3"))


class Search:
    @staticmethod
    def client(kind: str):
        match kind:
            case "memory":
                return LocalStorage()
            case _:
                return S3Storage()

    @classmethod
    def local(cls) -> "LocalStorage":
        return LocalStorage()


SEARCH_CLIENT = Search.client(os.environ.get("SEARCH", "memory"))
LOCAL_CLIENT = Search.local()
