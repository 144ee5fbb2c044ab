"""Patterns built around a name read in an article, compiled once for all the articles (issue 17)."""

from __future__ import annotations

import re
from functools import lru_cache

# Names recur from article to article; beyond this many distinct patterns the oldest go.
PATTERN_CACHE_SIZE = 2048


@lru_cache(maxsize=PATTERN_CACHE_SIZE)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept in a bounded cache of its own: a pattern made from a
    person's or a body's name is not compiled again for each article that names them, and does
    not push the fixed patterns out of ``re``'s 512-entry cache."""
    return re.compile(pattern, flags)
