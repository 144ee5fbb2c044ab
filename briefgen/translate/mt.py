"""Where machine translation used to live: the backends are in :mod:`briefgen.translate.backends`
(one module per service); these names stay importable from here for callers not yet moved."""

from __future__ import annotations

from briefgen.translate.backends import (
    DEFAULT_BUDGET,
    MAX_WAIT,
    Backend,
    DeepLBackend,
    GoogleBackend,
    LibreTranslateBackend,
    MTError,
    OpenAIChatBackend,
    make_backend,
)

__all__ = [
    "DEFAULT_BUDGET",
    "MAX_WAIT",
    "Backend",
    "DeepLBackend",
    "GoogleBackend",
    "LibreTranslateBackend",
    "MTError",
    "OpenAIChatBackend",
    "make_backend",
]
