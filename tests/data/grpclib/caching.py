"""Per-user caches in a grpclib service (SLS105): a cache dict written from an RPC, and an
lru_cache on a helper keyed by the user."""

from functools import lru_cache

from grpclib.server import Server

from .profiles_grpc import ProfilesBase
from .profiles_pb2 import Profile

profiles_cache = {}


@lru_cache(maxsize=1024)  # expect: SLS105:2
def load_preferences(user_id):
    return {"user": user_id}


class Profiles(ProfilesBase):
    def __init__(self, db):
        self.db = db

    async def GetProfile(self, stream):
        request = await stream.recv_message()
        if request.user_id not in profiles_cache:
            row = await self.db.fetch_profile(request.user_id)
            profiles_cache[request.user_id] = Profile(**row)  # expect: SLS105:13
        profile = profiles_cache[request.user_id]
        profile.preferences.update(load_preferences(request.user_id))  # expect: SLS105:9
        await stream.send_message(profile)


def build(db):
    return Server([Profiles(db)])
