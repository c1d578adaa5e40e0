"""Module-level containers that some handlers write (the stateful minority)."""

from collections import Counter, defaultdict, deque

sessions: dict[str, int] = {}
rate_limits: defaultdict[str, list[float]] = defaultdict(list)
recent_events: deque[dict] = deque(maxlen=500)
counters: Counter[str] = Counter()
