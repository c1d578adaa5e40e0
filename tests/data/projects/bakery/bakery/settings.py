SECRET_KEY = "from-the-environment"
ROOT_URLCONF = "bakery.urls"
INSTALLED_APPS = ["orders", "accounts", "payments"]
