"""The ``[translation]`` settings of machine translation, read into a backend: one small function
(:func:`make_backend`) from a mapping of settings, so a typed settings class can feed it later.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Mapping
from typing import Any

from briefgen.translate.backends.base import DEFAULT_BUDGET, Backend, Sleep, bad

BACKENDS = ("libretranslate", "openai", "deepl", "google", "none")
COMMON_KEYS = ("backend", "url", "api_key_env", "timeout", "retries", "backoff", "batch_size", "budget")
KEYS: dict[str, tuple[str, ...]] = {
    "libretranslate": COMMON_KEYS,
    "openai": (*COMMON_KEYS, "model", "temperature"),
    "deepl": COMMON_KEYS,
    "google": (*COMMON_KEYS, "format"),
}
ALL_KEYS = tuple(dict.fromkeys(key for keys in KEYS.values() for key in keys))
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _number(settings: Mapping[str, object], key: str, default: float) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not -1e9 <= value <= 1e9:
        shown = f"{value!r}" if not isinstance(value, int) or abs(value) < 10**20 else "a number too large"
        raise bad(key, f"must be a number (got {shown})")
    return float(value)


def _integer(settings: Mapping[str, object], key: str, default: int) -> int:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad(key, f"must be a whole number (got {value!r})")
    return value


def _text(settings: Mapping[str, object], key: str, backend: str) -> str:
    value = settings.get(key)
    if value is None:
        raise bad(key, f"missing; the {backend} backend needs it")
    if not isinstance(value, str) or not value.strip():
        raise bad(key, f"must be a non-empty string (got {value!r})")
    return value.strip()


def _api_key(settings: Mapping[str, object], environ: Mapping[str, str]) -> str | None:
    name = settings.get("api_key_env")
    if name is None:
        return None
    if not isinstance(name, str) or not _ENV_NAME.fullmatch(name):
        raise bad("api_key_env", f"must be the name of an environment variable (got {name!r})")
    key = environ.get(name, "").strip()
    if not key:
        raise bad("api_key_env", f"the environment variable {name} is not set")
    return key


def make_backend(
    settings: Mapping[str, object],
    *,
    environ: Mapping[str, str] | None = None,
    sleep: Sleep = time.sleep,
) -> Backend | None:
    """The backend the ``[translation]`` settings ask for, or None when machine translation is off.

    ``{"backend": "libretranslate", "url": "http://127.0.0.1:5000", "api_key_env":
    "LIBRETRANSLATE_API_KEY", "timeout": 30, "batch_size": 20}``, ``{"backend": "openai", "url":
    "http://127.0.0.1:8080", "model": "qwen2.5-7b-instruct", "api_key_env": "OPENAI_API_KEY"}``,
    ``{"backend": "deepl", "api_key_env": "DEEPL_AUTH_KEY"}`` (``url`` optional: the Free or Pro
    host, as the key says) or ``{"backend": "google", "api_key_env": "GOOGLE_API_KEY"}`` (``url``
    optional, ``format`` ``html`` or ``text``); optional for all: ``timeout`` (seconds for one
    request in all), ``retries``, ``backoff``, ``batch_size``, ``budget`` (seconds for the whole
    stage, default 60), and ``temperature`` for openai. ``{}`` or ``{"backend": "none"}`` turns
    machine translation off. API keys are read only from the environment variable named by
    ``api_key_env`` (``environ``, default ``os.environ``), never from the settings. Anything else
    raises ``UsageError`` naming the key.
    """
    if not settings:
        return None
    backend = settings.get("backend")
    if backend is None:
        raise bad("backend", f"missing; choose one of {', '.join(BACKENDS)}")
    if not isinstance(backend, str) or backend.strip().lower() not in BACKENDS:
        raise bad("backend", f"must be one of {', '.join(BACKENDS)} (got {backend!r})")
    kind = backend.strip().lower()
    if "api_key" in settings:
        raise bad("api_key", "keys are not read from settings; name an environment variable in api_key_env")
    if kind == "none":
        # Switching machine translation off keeps the other settings for later; typos still count.
        for key in settings:
            if key not in ALL_KEYS:
                raise bad(key, f"unknown key (known: {', '.join(ALL_KEYS)})")
        return None
    for key in settings:
        if key not in KEYS[kind]:
            raise bad(key, f"unknown key for the {kind} backend (known: {', '.join(KEYS[kind])})")
    api_key = _api_key(settings, os.environ if environ is None else environ)
    budget = _number(settings, "budget", DEFAULT_BUDGET)
    if not 0 < budget < math.inf:
        raise bad("budget", f"must be a number of seconds above 0 (got {budget})")
    common: dict[str, Any] = {
        "timeout": _number(settings, "timeout", 60.0 if kind == "openai" else 30.0),
        "retries": _integer(settings, "retries", 3),
        "backoff": _number(settings, "backoff", 0.5),
        "sleep": sleep,
        "budget": budget,
    }
    if kind in ("deepl", "google"):
        return _keyed(kind, settings, api_key, common)
    url = _text(settings, "url", kind)
    if kind == "libretranslate":
        from briefgen.translate.backends.libretranslate import LibreTranslateBackend

        return LibreTranslateBackend(
            url, api_key=api_key, batch_size=_integer(settings, "batch_size", 20), **common
        )
    from briefgen.translate.backends.openai import OpenAIChatBackend

    return OpenAIChatBackend(
        url,
        model=_text(settings, "model", kind),
        api_key=api_key,
        batch_size=_integer(settings, "batch_size", 10),
        temperature=_number(settings, "temperature", 0.0),
        **common,
    )


def _keyed(kind: str, settings: Mapping[str, object], api_key: str | None, common: dict[str, Any]) -> Backend:
    """DeepL or Google: a key is required, the address is optional (the service's own)."""
    if api_key is None:
        raise bad("api_key_env", f"missing; the {kind} backend needs a key from the environment")
    url = _text(settings, "url", kind) if "url" in settings else None
    if kind == "deepl":
        from briefgen.translate.backends.deepl import MAX_TEXTS, DeepLBackend

        return DeepLBackend(api_key, url, batch_size=_integer(settings, "batch_size", MAX_TEXTS), **common)
    from briefgen.translate.backends.google import MAX_SEGMENTS, GoogleBackend

    text_format = _text(settings, "format", kind) if "format" in settings else "html"
    return GoogleBackend(
        api_key,
        url,
        batch_size=_integer(settings, "batch_size", MAX_SEGMENTS),
        text_format=text_format,
        **common,
    )
