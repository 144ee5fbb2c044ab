"""Google Cloud Translation, Basic edition (v2): ``POST {url}/language/translate/v2?key=KEY``.

Up to 128 segments go in one JSON request (``q`` a list, ``source`` ``id``, ``target`` ``en``);
the answer is ``{"data": {"translations": [{"translatedText": …}, …]}}`` in the same order.
With ``format`` ``html`` (the default) glossary terms and names go as ``<span
translate="no">n</span>``, which Google leaves untranslated, and the rest of the text is
HTML-escaped for it; with ``text`` they go as numbered tokens. Errors come as ``{"error": {"code",
"message", "errors": [{"reason"}]}}``: 429, 5xx and a 403 whose reason is a rate limit
(``rateLimitExceeded``, ``userRateLimitExceeded``) are retried; a used-up daily quota or a
refused key is not. The key travels in the query string, as the API asks, and is never shown.
(cloud.google.com/translate/docs/basic/translating-text; the v2 discovery document.)
"""

from __future__ import annotations

import json
import time
import urllib.parse

from briefgen.translate.backends.base import (
    BatchedBackend,
    Client,
    Sleep,
    bad,
    check_numbers,
    check_url,
    plural,
)
from briefgen.translate.backends.placeholders import HTML_SPANS, TOKENS, Terms

DEFAULT_URL = "https://translation.googleapis.com"
MAX_SEGMENTS = 128
FORMATS = ("html", "text")
RATE_LIMITS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
HINTS = {403: "the key was refused or a quota is used up", 400: "the request was refused"}


def retryable(status: int, body: bytes) -> bool:
    """429 and 5xx, and a 403 that is a rate limit (wait and try again), not a spent quota."""
    if status == 429 or status >= 500:
        return True
    if status != 403:
        return False
    try:
        errors = json.loads(body.decode("utf-8", "replace"))["error"]["errors"]
        return any(isinstance(e, dict) and e.get("reason") in RATE_LIMITS for e in errors)
    except (ValueError, KeyError, TypeError, RecursionError):
        return False


class GoogleBackend(BatchedBackend):
    """Cloud Translation v2 with an API key."""

    def __init__(
        self,
        api_key: str,
        url: str | None = None,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        batch_size: int = MAX_SEGMENTS,
        text_format: str = "html",
        *,
        sleep: Sleep = time.sleep,
        budget: float | None = None,
    ) -> None:
        super().__init__()
        if not api_key.strip():
            raise bad("api_key_env", "the google backend needs a key")
        base = check_url(url or DEFAULT_URL)
        for suffix in ("/language/translate/v2", "/language/translate"):
            base = base.removesuffix(suffix)
        check_numbers(timeout, retries, backoff, batch_size)
        if batch_size > MAX_SEGMENTS:
            raise bad(
                "batch_size", f"Google takes at most {MAX_SEGMENTS} segments a request (got {batch_size})"
            )
        if text_format not in FORMATS:
            raise bad("format", f"must be one of {', '.join(FORMATS)} (got {text_format!r})")
        self.url = base
        self.name = f"google {base}"
        self.batch_size = batch_size
        self.format = text_format
        self.placeholders = HTML_SPANS if text_format == "html" else TOKENS
        self._client = Client(
            f"{base}/language/translate/v2",
            headers={},
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            sleep=sleep,
            secrets=[api_key.strip(), urllib.parse.quote(api_key.strip(), safe="")],
            budget=budget,
            query=f"?key={urllib.parse.quote(api_key.strip(), safe='')}",
            retryable=retryable,
            hints=HINTS,
        )
        self.budget = budget

    def request(self, texts: list[str], terms: Terms) -> list[str]:
        payload = {"q": texts, "source": "id", "target": "en", "format": self.format}
        answer = self._client.post(payload)
        try:
            found = answer["data"]["translations"]
        except (KeyError, TypeError):
            found = None
        if not isinstance(found, list) or not all(
            isinstance(t, dict) and isinstance(t.get("translatedText"), str) for t in found
        ):
            raise self._client.error("answered without data.translations")
        if len(found) != len(texts):
            raise self._client.error(
                f"answered {plural(len(found), 'translation')} for {plural(len(texts), 'text')}"
            )
        return [str(t["translatedText"]) for t in found]
