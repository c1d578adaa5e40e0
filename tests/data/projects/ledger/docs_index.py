"""A documentation index loaded once per process on first use (awslabs' docs servers):
the same for every request, from a file, never from a request."""

_TITLES: dict[str, str] = {}
_LOADED = False
_pages: dict[str, str] = {}


def load_titles() -> None:
    global _LOADED
    for line in open("llms.txt", encoding="utf-8"):
        url, _, title = line.partition(" ")
        _TITLES[url] = title.strip()
    _LOADED = True


def ensure_ready() -> None:
    if not _LOADED:
        load_titles()


def titles() -> dict[str, str]:
    ensure_ready()
    return dict(_TITLES)


def remember_page(user_id: str, url: str) -> None:
    ensure_ready()
    _pages[user_id] = url
