class Database:
    def __init__(self, url: str) -> None:
        self.url = url

    async def fetch(self, query: str):
        return []

    async def fetch_one(self, query: str, *args):
        return None
