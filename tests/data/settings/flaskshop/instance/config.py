"""Instance config read with app.config.from_pyfile: no imports at all."""

SECRET_KEY = "read-from-the-environment-in-real-life"
CACHE_TYPE = "FileSystemCache"  # expect: SLS109:14
CACHE_DIR = "/var/cache/flaskshop"
SESSION_TYPE = "redis"
