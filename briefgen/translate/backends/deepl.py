"""DeepL API v2: ``POST {url}/v2/translate`` with the key in ``Authorization: DeepL-Auth-Key``.

The Free API lives at ``https://api-free.deepl.com`` (its keys end in ``:fx``), Pro at
``https://api.deepl.com``; without a ``url`` the key says which. Up to 50 texts go in one JSON
request (``text`` a list; the answer's ``translations`` in the same order). Glossary terms and
names go as ``<x>n</x>`` elements with ``tag_handling=xml`` and ``ignore_tags=["x"]``, which DeepL
leaves untouched (the rest of the text is XML-escaped for it, and unescaped after). 429 and 5xx
are retried; 456 (the plan's character quota is used up) and 403 (a refused key) are not.
(developers.deepl.com: "Translate text", "Error handling", "XML handling".)
"""

from __future__ import annotations

import time

from briefgen.translate.backends.base import (
    BatchedBackend,
    Client,
    Sleep,
    bad,
    check_numbers,
    check_url,
    plural,
)
from briefgen.translate.backends.placeholders import XML_TAGS, Terms

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"
MAX_TEXTS = 50  # texts per request, as DeepL documents
SOURCE = "ID"
TARGET = "EN-GB"  # British English, as the briefs' English is (en-GB)
HINTS = {
    403: "the key was refused; a Free key (ending in :fx) needs api-free.deepl.com",
    413: "the request is too large; lower batch_size",
    456: "quota exceeded: the DeepL plan's character limit is reached",
}


def default_url(api_key: str) -> str:
    """The Free API for a Free key (``…:fx``), else Pro."""
    return FREE_URL if api_key.strip().endswith(":fx") else PRO_URL


class DeepLBackend(BatchedBackend):
    """DeepL's ``/v2/translate``; ``url`` None: the Free or Pro host, as the key says."""

    placeholders = XML_TAGS

    def __init__(
        self,
        api_key: str,
        url: str | None = None,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        batch_size: int = MAX_TEXTS,
        *,
        sleep: Sleep = time.sleep,
        budget: float | None = None,
    ) -> None:
        super().__init__()
        if not api_key.strip():
            raise bad("api_key_env", "the deepl backend needs a key")
        base = check_url(url or default_url(api_key))
        for suffix in ("/v2/translate", "/v2"):
            base = base.removesuffix(suffix)
        check_numbers(timeout, retries, backoff, batch_size)
        if batch_size > MAX_TEXTS:
            raise bad("batch_size", f"DeepL takes at most {MAX_TEXTS} texts a request (got {batch_size})")
        self.url = base
        self.name = f"deepl {base}"
        self.batch_size = batch_size
        self._client = Client(
            f"{base}/v2/translate",
            headers={"Authorization": f"DeepL-Auth-Key {api_key.strip()}"},
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            sleep=sleep,
            secrets=[api_key.strip()],
            budget=budget,
            hints=HINTS,
        )
        self.budget = budget

    def request(self, texts: list[str], terms: Terms) -> list[str]:
        payload = {
            "text": texts,
            "source_lang": SOURCE,
            "target_lang": TARGET,
            "tag_handling": "xml",
            "ignore_tags": ["x"],
        }
        answer = self._client.post(payload)
        found = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(found, list) or not all(
            isinstance(t, dict) and isinstance(t.get("text"), str) for t in found
        ):
            raise self._client.error("answered without a translations list")
        if len(found) != len(texts):
            raise self._client.error(
                f"answered {plural(len(found), 'translation')} for {plural(len(texts), 'text')}"
            )
        return [str(t["text"]) for t in found]
