"""Extension objects, made without an app (imports no framework, only extensions).

Flask-Limiter without storage_uri reads RATELIMIT_STORAGE_URI from the app it is
given in create_app: not reported here. Flask-Caching's `config=` wins over the
app's config: reported.
"""

from flask_caching import Cache
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_session import Session

cache = Cache(config={"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 60})  # expect: SLS109:37
limiter = Limiter(key_func=get_remote_address, default_limits=["200 per day"])
sess = Session()
