"""Everything the API needs, re-exported with a star import (astroid follows it)."""

from .repository import *  # noqa: F403
