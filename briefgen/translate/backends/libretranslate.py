"""The LibreTranslate API: ``POST {url}/translate`` with ``q`` a list of up to ``batch_size``
texts (a single string when ``batch_size`` is 1, for servers that predate batches).

LibreTranslate has no glossary parameter: glossary terms and names go as numbered tokens
(``XGLS1X``), which it copies as unknown words (see :mod:`.placeholders`).
"""

from __future__ import annotations

import time

from briefgen.translate.backends.base import (
    SOURCE_LANG,
    TARGET_LANG,
    BatchedBackend,
    Client,
    Sleep,
    check_numbers,
    check_url,
    plural,
)
from briefgen.translate.backends.placeholders import TOKENS, Terms


class LibreTranslateBackend(BatchedBackend):
    """LibreTranslate (``api_key`` in the body when the server asks for one)."""

    placeholders = TOKENS

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        batch_size: int = 20,
        *,
        sleep: Sleep = time.sleep,
        budget: float | None = None,
    ) -> None:
        super().__init__()
        base = check_url(url)
        if base.endswith("/translate"):
            base = base[: -len("/translate")]
        check_numbers(timeout, retries, backoff, batch_size)
        self.url = base
        self.name = f"libretranslate {base}"
        self.batch_size = batch_size
        self._api_key = api_key or None
        self._client = Client(
            f"{base}/translate",
            headers={},
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            sleep=sleep,
            secrets=[api_key or ""],
            budget=budget,
        )
        self.budget = budget

    def request(self, texts: list[str], terms: Terms) -> list[str]:
        payload: dict[str, object] = {
            "q": texts if self.batch_size > 1 else texts[0],
            "source": SOURCE_LANG,
            "target": TARGET_LANG,
            "format": "text",
        }
        if self._api_key:
            payload["api_key"] = self._api_key
        answer = self._client.post(payload)
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list) or not all(isinstance(t, str) for t in translated):
            raise self._client.error("answered without a translatedText list")
        if len(translated) != len(texts):
            raise self._client.error(
                f"answered {plural(len(translated), 'translation')} for {plural(len(texts), 'text')}"
            )
        return [str(t) for t in translated]
