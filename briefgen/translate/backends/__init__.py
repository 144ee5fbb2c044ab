"""Machine translation of Indonesian into English through the HTTP services organisations use.

Off by default; :func:`make_backend` builds a backend from the ``[translation]`` settings. One
module per service, all on the standard library and :mod:`.base` (deadlines, size caps,
retries, batching, glossary placeholders, progress):

- :mod:`.libretranslate`: LibreTranslate, ``POST {url}/translate``;
- :mod:`.openai`: OpenAI-compatible chat completions (OpenAI, llama.cpp, vLLM, Ollama …);
- :mod:`.deepl`: DeepL API v2, Free and Pro hosts;
- :mod:`.google`: Google Cloud Translation v2 (Basic).
"""

from __future__ import annotations

from briefgen.translate.backends.base import (
    DEFAULT_BUDGET,
    MAX_WAIT,
    PROGRESS_STAGE,
    Backend,
    BatchedBackend,
    MTError,
    Progress,
)
from briefgen.translate.backends.deepl import DeepLBackend
from briefgen.translate.backends.google import GoogleBackend
from briefgen.translate.backends.libretranslate import LibreTranslateBackend
from briefgen.translate.backends.openai import OpenAIChatBackend
from briefgen.translate.backends.settings import make_backend

__all__ = [
    "DEFAULT_BUDGET",
    "MAX_WAIT",
    "PROGRESS_STAGE",
    "Backend",
    "BatchedBackend",
    "DeepLBackend",
    "GoogleBackend",
    "LibreTranslateBackend",
    "MTError",
    "OpenAIChatBackend",
    "Progress",
    "make_backend",
]
