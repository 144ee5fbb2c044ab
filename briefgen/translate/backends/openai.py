"""An OpenAI-compatible chat completions API: ``POST {url}/v1/chat/completions``, which covers
OpenAI itself and local servers (llama.cpp's ``llama-server``, vLLM, Ollama, LM Studio) running a
model the organisation chooses.

The glossary terms found in a batch are listed as required terminology in the system prompt
(a model follows an instruction better than it keeps an unknown token).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from typing import Any

from briefgen.translate.backends.base import (
    BatchedBackend,
    Client,
    Sleep,
    bad,
    check_numbers,
    check_url,
    plural,
)
from briefgen.translate.backends.placeholders import Terms

SYSTEM_PROMPT = """\
You are a professional translator of Indonesian government news into English for official policy \
briefs. Translate faithfully and completely into formal English: do not summarise, shorten, add, \
explain or comment. Keep the names of people, places and organisations exactly as written, unless \
the required terminology below gives their English. Keep numbers, dates, amounts and quotations exact.\
"""

FORMAT_PROMPT = """\
The user sends a JSON array of numbered segments, objects {"id": n, "text": "..."}. Answer with \
only a JSON array of strings, one English translation per segment, in the same order and exactly as \
many as there are segments: no numbering, notes or code fences.\
"""

_FENCE = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\n?(.*?)\n?[ \t]*```", re.DOTALL)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def _system_prompt(terminology: Sequence[tuple[str, str]]) -> str:
    parts = [SYSTEM_PROMPT]
    if terminology:
        lines = "\n".join(f"- {source} → {english}" for source, english in terminology)
        parts.append(
            "Required terminology (Indonesian → English); always use exactly these English terms:\n" + lines
        )
    parts.append(FORMAT_PROMPT)
    return "\n\n".join(parts)


def _user_prompt(texts: Sequence[str]) -> str:
    segments = [{"id": n, "text": text} for n, text in enumerate(texts, start=1)]
    count = plural(len(texts), "segment")
    return (
        f"Translate these {count} from Indonesian into English. Answer with a JSON array of exactly "
        f"{len(texts)} English {'string' if len(texts) == 1 else 'strings'}.\n\n"
        + json.dumps(segments, ensure_ascii=False, indent=1)
    )


def _strip_wrapping(content: str) -> str:
    content = _THINK.sub("", content).strip()
    fence = _FENCE.search(content)
    return fence.group(1).strip() if fence else content


def _parse_array(content: str) -> list[str] | None:
    """The strings of the JSON array in a model's answer, tolerating code fences, text around the
    array, objects with a text field and a wrapping object; None when there is no such array."""
    text = _strip_wrapping(content)
    value: Any = None
    for candidate in (text, text[text.find("[") : text.rfind("]") + 1] if "[" in text else ""):
        try:
            value = json.loads(candidate)
            break
        except json.JSONDecodeError:
            continue
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list)]
        value = lists[0] if len(lists) == 1 else None
    if not isinstance(value, list):
        return None
    items: list[str] = []
    for item in value:
        if isinstance(item, dict):
            item = next(
                (item[k] for k in ("text", "translation", "english", "en") if isinstance(item.get(k), str)),
                None,
            )
        if not isinstance(item, str):
            return None
        items.append(item.strip())
    return items


def _chat_endpoint(url: str) -> str:
    base = check_url(url)
    for suffix in ("/chat/completions", "/v1"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


class OpenAIChatBackend(BatchedBackend):
    """An OpenAI-compatible chat completions API: ``POST {url}/v1/chat/completions``.

    ``url`` may be given with or without ``/v1``. Up to ``batch_size`` texts go in one request as
    a numbered JSON array; the answer must be a JSON array of as many strings. When it is not (wrong
    length, no array), the batch is sent again one text at a time."""

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
        batch_size: int = 10,
        temperature: float = 0.0,
        *,
        sleep: Sleep = time.sleep,
        budget: float | None = None,
    ) -> None:
        super().__init__()
        base = _chat_endpoint(url)
        check_numbers(timeout, retries, backoff, batch_size)
        if not model.strip():
            raise bad("model", "must name the model the server should use")
        if not 0 <= temperature <= 2:
            raise bad("temperature", f"must be between 0 and 2 (got {temperature})")
        self.url = base
        self.model = model.strip()
        self.name = f"openai {self.model} {base}"
        self.batch_size = batch_size
        self.temperature = temperature
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = Client(
            f"{base}/v1/chat/completions",
            headers=headers,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            sleep=sleep,
            secrets=[api_key or ""],
            budget=budget,
        )
        self.budget = budget

    def request(self, texts: list[str], terms: Terms) -> list[str]:
        return self._batch(texts, terms)

    def _batch(self, texts: list[str], terms: Terms) -> list[str]:
        content = self._chat(texts, terms)
        parsed = _parse_array(content)
        if parsed is not None and len(parsed) == len(texts):
            return parsed
        if len(texts) == 1:
            return [self._single_answer(content, parsed)]
        # Wrong number of translations: the pairing is unknowable, so ask one text at a time.
        return [self._single_answer(self._chat([text], terms), None, parse=True) for text in texts]

    def _single_answer(self, content: str, parsed: list[str] | None, *, parse: bool = False) -> str:
        if parse:
            parsed = _parse_array(content)
        if parsed is not None and len(parsed) == 1 and parsed[0]:
            return parsed[0]
        plain = _strip_wrapping(content)
        if parsed is None and plain and not plain.startswith(("[", "{")):
            return plain  # a model that answered one segment with just its translation
        raise self._client.error("did not answer with a translation (expected a JSON array of 1 string)")

    def _chat(self, texts: list[str], terms: Terms) -> str:
        payload = {
            "model": self.model,
            "temperature": self.temperature,
            "stream": False,
            "messages": [
                {"role": "system", "content": _system_prompt(terms.find(texts))},
                {"role": "user", "content": _user_prompt(texts)},
            ],
        }
        answer = self._client.post(payload)
        try:
            content = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            content = None
        if not isinstance(content, str):
            raise self._client.error("answered without choices[0].message.content")
        return content
