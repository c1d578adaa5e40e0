"""``python -m flake8_stateless``: the same as the ``flake8-stateless`` command."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
