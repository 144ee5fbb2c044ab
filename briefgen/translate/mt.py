"""Machine translation of Indonesian text into English through a configured HTTP backend.

Machine translation is off by default; ``make_backend`` builds a backend from the settings table
(see its docstring). Two protocols are spoken, with nothing but the standard library:

- **LibreTranslate** (``POST {url}/translate``), batched: the API takes a list for ``q``.
- **OpenAI-compatible chat completions** (``POST {url}/v1/chat/completions``), which covers
  OpenAI itself and local servers such as llama.cpp, vLLM, Ollama or LM Studio.

Both retry with exponential backoff on connection errors, timeouts, HTTP 429 and 5xx (honouring a
``Retry-After`` of seconds, capped at ``MAX_WAIT``) and never on other 4xx. Failures surface as one
``MTError`` line that names the endpoint and never contains an API key. Redirects are not followed,
so a key is never sent on to another address.

**Glossary.** A glossary is a sequence of (Indonesian term, official English) pairs. The chat backend
lists the pairs that occur in a batch as required terminology in its system prompt. LibreTranslate
has no glossary parameter, so its backend protects the terms itself: every glossary term found in a
segment (case-insensitively, on word boundaries, the longest term first) is replaced by a placeholder
token such as ``XGLS1X`` that a translation engine copies as an unknown word; after translation each
placeholder is replaced by the official English. Engines do not promise to keep such tokens intact,
so the result is checked: when a placeholder is lost, doubled or altered, that segment is translated
again without placeholders and the plain machine translation is used instead (and a line is added to
``warnings``) — the glossary is then not applied to that segment, but its text is never corrupted.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import math
import os
import queue
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from email.message import Message
from typing import Any, Protocol

from briefgen.errors import BriefgenError, UsageError

__all__ = [
    "MAX_WAIT",
    "Backend",
    "LibreTranslateBackend",
    "MTError",
    "OpenAIChatBackend",
    "make_backend",
]

MAX_WAIT = 60.0
"""The longest pause between two attempts, in seconds, whatever the backoff or Retry-After says."""

DEFAULT_BUDGET = 60.0
"""Seconds the whole translation stage of a build may take by default (``budget`` in the settings):
a server that never answers costs a minute, not the 2–4 minutes four attempts of ``timeout`` would."""

MAX_ANSWER_BYTES = 4 << 20
MIN_ANSWER_CAP = 64 << 10
"""An answer may be 10 times the request, at least 64 KB and at most 4 MB: a translation is about
as long as its text, and a larger answer is a broken or hostile server filling the memory."""

SOURCE_LANG = "id"
TARGET_LANG = "en"
USER_AGENT = "briefgen (machine translation)"

Sleep = Callable[[float], None]


class MTError(BriefgenError):
    """Machine translation failed: one line naming the endpoint and the problem, never a key.

    ``partial`` holds what came back before the failure, by position in the texts asked for,
    so a failed batch does not throw away the batches that succeeded.
    """

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message, exit_code)
        self.partial: dict[int, str] = {}


class Backend(Protocol):
    """A machine-translation service: Indonesian in, English out."""

    name: str
    """What to show the user, e.g. ``libretranslate http://127.0.0.1:5000``."""

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        """One English text per Indonesian text, in the same order; ``glossary`` holds
        (Indonesian term, official English) pairs the translation must use."""
        ...


# ---------------------------------------------------------------------------------------------
# HTTP with retries


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Turn every redirect into an HTTPError, so a request (and its key) goes nowhere unexpected."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        return None


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class _Client:
    """POSTs JSON to one endpoint and returns the decoded JSON answer, retrying what is worth it."""

    def __init__(
        self,
        endpoint: str,
        *,
        headers: Mapping[str, str],
        timeout: float,
        retries: int,
        backoff: float,
        sleep: Sleep,
        secrets: Sequence[str],
        budget: float | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.headers = dict(headers)
        self.timeout = timeout
        self.budget = budget
        self._deadline: float | None = None
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.secrets = [s for s in secrets if s]
        host = urllib.parse.urlsplit(endpoint).hostname or ""
        # A local server is reached directly even when a proxy is configured for the outside world.
        handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
        if _is_loopback(host):
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def begin(self) -> None:
        """Starts the budget: called once per ``translate``, the build's whole translation stage."""
        self._deadline = None if self.budget is None else time.monotonic() + self.budget

    def _left(self) -> float:
        return math.inf if self._deadline is None else self._deadline - time.monotonic()

    def _spent(self, problem: str) -> MTError:
        before = f"{problem}; " if problem else ""
        return self.error(
            f"{before}gave up: the translation budget of {_seconds(self.budget or 0)} s is used up"
        )

    def _fetch(self, request: urllib.request.Request, timeout: float, cap: int) -> bytes:
        """The body of the answer within ``timeout`` seconds *in all*, at most ``cap`` bytes.

        The socket's own timeout bounds each wait for a byte, not the answer: a server dripping
        one byte a second would hold the build for ever. So the request runs in a helper thread
        this one waits for; one that overruns is left to end with the connection (a daemon).
        """
        outcome: queue.Queue[tuple[bytes | None, BaseException | None]] = queue.Queue(1)

        def fetch() -> None:
            try:
                with self._opener.open(request, timeout=timeout) as response:
                    outcome.put((response.read(cap + 1), None))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                outcome.put((None, exc))

        threading.Thread(target=fetch, name="briefgen-mt", daemon=True).start()
        try:
            body, failure = outcome.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError from None
        if failure is not None:
            raise failure
        assert body is not None
        return body

    def error(self, problem: str) -> MTError:
        message = f"machine translation: {self.endpoint} {problem}"
        for secret in self.secrets:
            message = message.replace(secret, "***")
        return MTError(" ".join(message.split()))

    def wait_before(self, attempt: int, retry_after: str | None) -> float:
        """Seconds to wait before attempt ``attempt + 1``: Retry-After when it gives seconds,
        else exponential backoff; never more than MAX_WAIT."""
        if retry_after is not None:
            try:
                seconds = float(retry_after.strip())
            except ValueError:
                seconds = -1.0
            if seconds >= 0:
                return min(seconds, MAX_WAIT)
        return min(self.backoff * 2.0 ** (attempt - 1), MAX_WAIT)

    def post(self, payload: Mapping[str, object]) -> Any:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self.headers,
        }
        attempts = self.retries + 1
        cap = min(MAX_ANSWER_BYTES, max(MIN_ANSWER_CAP, 10 * len(data)))
        problem = ""
        for attempt in range(1, attempts + 1):
            retry_after: str | None = None
            left = self._left()
            if left <= 0:
                raise self._spent(problem)
            timeout = min(self.timeout, left)
            request = urllib.request.Request(self.endpoint, data=data, headers=headers, method="POST")
            try:
                body = self._fetch(request, timeout, cap)
            except urllib.error.HTTPError as exc:
                status = exc.code
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                detail = _error_detail(exc)
                exc.close()
                if status != 429 and status < 500:
                    if 300 <= status < 400:
                        target = exc.headers.get("Location") if exc.headers else None
                        detail = f": redirects to {target}; give that address as url" if target else ""
                    raise self.error(f"answered {status}{detail}") from None
                problem = f"answered {status}"
            except TimeoutError:
                problem = f"did not answer within {_seconds(timeout)} s"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    problem = f"did not answer within {_seconds(timeout)} s"
                else:
                    reason = exc.reason.strerror if isinstance(exc.reason, OSError) else None
                    problem = f"could not be reached ({reason or exc.reason})"
            except (http.client.HTTPException, OSError) as exc:
                problem = f"could not be reached ({type(exc).__name__}: {exc})".replace(": )", ")")
            else:
                if len(body) > cap:
                    raise self.error(f"answered more than {cap >> 10} KB (10 times the request); refused")
                try:
                    return json.loads(body.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                    raise self.error("answered with something that is not JSON") from None
            if attempt < attempts:
                wait = self.wait_before(attempt, retry_after)
                if wait >= self._left():
                    raise self._spent(problem)
                self.sleep(wait)
        raise self.error(f"{problem} after {_plural(attempts, 'attempt')}")


def _seconds(value: float) -> str:
    """``0.2``, ``30``, ``59.8``: seconds as people write them."""
    return f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"


def _error_detail(exc: urllib.error.HTTPError) -> str:
    """A short reason from an error answer (``{"error": …}`` or the first line of text)."""
    try:
        raw = exc.read(4096)
    except (OSError, http.client.HTTPException):
        return ""
    text = raw.decode("utf-8", "replace").strip()
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        parsed = None
    if isinstance(parsed, dict):
        error = parsed.get("error", parsed.get("message", parsed.get("detail")))
        if isinstance(error, dict):
            error = error.get("message")
        text = error if isinstance(error, str) else ""
    elif text.startswith("<"):
        text = ""  # an HTML error page says nothing the status does not
    text = " ".join(text.split())
    if len(text) > 160:
        text = text[:157] + "…"
    return f": {text}" if text else ""


# ---------------------------------------------------------------------------------------------
# Glossary terms


_TOKEN = "XGLS{}X"
_TOKEN_RE = re.compile(r"XGLS(\d+)X")
_TOKEN_TRACE = re.compile(r"xgls", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?])[\s\"'“‘(«]*$")


def _key(term: str) -> str:
    return " ".join(term.lower().split())


class _Terms:
    """Glossary pairs, found case-insensitively on word boundaries, the longest term first."""

    def __init__(self, glossary: Sequence[tuple[str, str]]) -> None:
        self.english: dict[str, str] = {}
        self.source: dict[str, str] = {}
        for source, english in glossary:
            key = _key(source)
            if key and english.strip() and key not in self.english:
                self.english[key] = " ".join(english.split())
                self.source[key] = " ".join(source.split())
        self._regex: re.Pattern[str] | None = None
        if self.english:
            keys = sorted(self.english, key=len, reverse=True)
            pattern = "|".join(r"\s+".join(re.escape(word) for word in key.split()) for key in keys)
            self._regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)

    def __bool__(self) -> bool:
        return self._regex is not None

    def find(self, texts: Sequence[str]) -> list[tuple[str, str]]:
        """The pairs occurring in ``texts``, in order of first appearance."""
        if self._regex is None:
            return []
        seen: dict[str, None] = {}
        for text in texts:
            for match in self._regex.finditer(text):
                seen.setdefault(_key(match.group()), None)
        return [(self.source[key], self.english[key]) for key in seen]

    def protect(self, text: str) -> tuple[str, list[str]]:
        """``text`` with every term replaced by a numbered placeholder, and the English per number
        (placeholder n is ``english[n - 1]``). Text that already looks like a placeholder is left
        alone, so a placeholder found after translation is always one of ours."""
        if self._regex is None or _TOKEN_TRACE.search(text):
            return text, []
        english: list[str] = []

        def placeholder(match: re.Match[str]) -> str:
            english.append(self.english[_key(match.group())])
            return _TOKEN.format(len(english))

        return self._regex.sub(placeholder, text), english


def _restore(translated: str, english: Sequence[str]) -> str | None:
    """Put the official English in place of the placeholders; None when any placeholder was lost,
    doubled or mangled on the way."""
    numbers = sorted(int(n) for n in _TOKEN_RE.findall(translated))
    if numbers != list(range(1, len(english) + 1)):
        return None

    def official(match: re.Match[str]) -> str:
        term = english[int(match.group(1)) - 1]
        if _SENTENCE_START.search(translated[: match.start()]):
            term = term[:1].upper() + term[1:]
        return term

    restored = _TOKEN_RE.sub(official, translated)
    return None if _TOKEN_TRACE.search(restored) else restored


def _batches(indices: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(indices), size):
        yield list(indices[start : start + size])


# ---------------------------------------------------------------------------------------------
# Settings checks shared by the constructors and make_backend


def _bad(key: str, problem: str) -> UsageError:
    return UsageError(f"[translation] {key}: {problem}")


def _check_url(url: str) -> str:
    """The base address without a trailing slash; http(s) only, no credentials, query or fragment."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _bad("url", f"must be an http:// or https:// address (got '{url}')")
    if parts.username is not None or parts.password is not None:
        raise _bad("url", "must not contain credentials; name an environment variable in api_key_env")
    if parts.query or parts.fragment:
        raise _bad("url", f"must be the server address without '?' or '#' (got '{url}')")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise _bad("url", f"has a bad port (got '{url}')") from None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _check_numbers(timeout: float, retries: int, backoff: float, batch_size: int) -> None:
    if not timeout > 0:
        raise _bad("timeout", f"must be a number of seconds above 0 (got {timeout})")
    if retries < 0:
        raise _bad("retries", f"must be 0 or more (got {retries})")
    if not backoff >= 0:
        raise _bad("backoff", f"must be a number of seconds, 0 or more (got {backoff})")
    if batch_size < 1:
        raise _bad("batch_size", f"must be 1 or more (got {batch_size})")


# ---------------------------------------------------------------------------------------------
# LibreTranslate


class LibreTranslateBackend:
    """The LibreTranslate API: ``POST {url}/translate`` with ``q`` a list of up to ``batch_size``
    texts (a single string when ``batch_size`` is 1, for servers that predate batches)."""

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
        base = _check_url(url)
        if base.endswith("/translate"):
            base = base[: -len("/translate")]
        _check_numbers(timeout, retries, backoff, batch_size)
        self.url = base
        self.name = f"libretranslate {base}"
        self.batch_size = batch_size
        self._api_key = api_key or None
        self._client = _Client(
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
        self.warnings: list[str] = []
        """Things the user should know about the last translations (e.g. a glossary not applied)."""

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        self._client.begin()
        terms = _Terms(glossary)
        result = list(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        protected: dict[int, tuple[str, list[str]]] = {i: terms.protect(texts[i]) for i in todo}
        sent = {i: protected[i][0] for i in todo}
        failure: MTError | None = None
        try:
            translated = self._translate_all(sent)
        except MTError as exc:  # keep the batches that came back, report the failure after them
            failure, translated = exc, exc.partial
        done: list[int] = []
        lost: list[int] = []
        for i in todo:
            if i not in translated:
                continue
            done.append(i)
            english = protected[i][1]
            if not english:
                result[i] = translated[i]
                continue
            restored = _restore(translated[i], english)
            if restored is None:
                lost.append(i)
            else:
                result[i] = restored
        if lost:
            # The engine lost or altered a placeholder: translate those texts as they are.
            try:
                plain = self._translate_all({i: texts[i] for i in lost})
            except MTError as exc:
                failure, plain = failure or exc, exc.partial
            for i in lost:
                if i in plain:
                    result[i] = plain[i]
                else:
                    done.remove(i)
            self.warnings.append(
                f"machine translation: {self.name} did not keep the glossary placeholders in "
                f"{_plural(len(lost), 'text')}; used its plain translation there, without the glossary"
            )
        if failure is not None:
            failure.partial = {i: result[i] for i in done}
            raise failure
        return result

    def _translate_all(self, texts: Mapping[int, str]) -> dict[int, str]:
        """The translations by index; an MTError carries in ``partial`` the batches done before it."""
        out: dict[int, str] = {}
        for batch in _batches(list(texts), self.batch_size):
            try:
                english = self._request([texts[i] for i in batch])
            except MTError as exc:
                exc.partial = out
                raise
            out.update(zip(batch, english, strict=True))
        return out

    def _request(self, texts: list[str]) -> list[str]:
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
                f"answered {_plural(len(translated), 'translation')} for {_plural(len(texts), 'text')}"
            )
        return [str(t) for t in translated]


# ---------------------------------------------------------------------------------------------
# OpenAI-compatible chat completions


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
    count = _plural(len(texts), "segment")
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
    base = _check_url(url)
    for suffix in ("/chat/completions", "/v1"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


class OpenAIChatBackend:
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
        base = _chat_endpoint(url)
        _check_numbers(timeout, retries, backoff, batch_size)
        if not model.strip():
            raise _bad("model", "must name the model the server should use")
        if not 0 <= temperature <= 2:
            raise _bad("temperature", f"must be between 0 and 2 (got {temperature})")
        self.url = base
        self.model = model.strip()
        self.name = f"openai {self.model} {base}"
        self.batch_size = batch_size
        self.temperature = temperature
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = _Client(
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
        self.warnings: list[str] = []

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        self._client.begin()
        terms = _Terms(glossary)
        result = list(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        done: dict[int, str] = {}
        for batch in _batches(todo, self.batch_size):
            try:
                english = self._batch([texts[i] for i in batch], terms)
            except MTError as exc:  # keep the batches that came back
                exc.partial = done
                raise
            for i, text in zip(batch, english, strict=True):
                result[i] = done[i] = text
        return result

    def _batch(self, texts: list[str], terms: _Terms) -> list[str]:
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

    def _chat(self, texts: list[str], terms: _Terms) -> str:
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


# ---------------------------------------------------------------------------------------------
# Settings


BACKENDS = ("libretranslate", "openai", "none")
COMMON_KEYS = ("backend", "url", "api_key_env", "timeout", "retries", "backoff", "batch_size", "budget")
KEYS: dict[str, tuple[str, ...]] = {
    "libretranslate": COMMON_KEYS,
    "openai": (*COMMON_KEYS, "model", "temperature"),
}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _number(settings: Mapping[str, object], key: str, default: float) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not -1e9 <= value <= 1e9:
        shown = f"{value!r}" if not isinstance(value, int) or abs(value) < 10**20 else "a number too large"
        raise _bad(key, f"must be a number (got {shown})")
    return float(value)


def _integer(settings: Mapping[str, object], key: str, default: int) -> int:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(key, f"must be a whole number (got {value!r})")
    return value


def _text(settings: Mapping[str, object], key: str, backend: str) -> str:
    value = settings.get(key)
    if value is None:
        raise _bad(key, f"missing; the {backend} backend needs it")
    if not isinstance(value, str) or not value.strip():
        raise _bad(key, f"must be a non-empty string (got {value!r})")
    return value.strip()


def _api_key(settings: Mapping[str, object], environ: Mapping[str, str]) -> str | None:
    name = settings.get("api_key_env")
    if name is None:
        return None
    if not isinstance(name, str) or not _ENV_NAME.fullmatch(name):
        raise _bad("api_key_env", f"must be the name of an environment variable (got {name!r})")
    key = environ.get(name, "").strip()
    if not key:
        raise _bad("api_key_env", f"the environment variable {name} is not set")
    return key


def make_backend(
    settings: Mapping[str, object],
    *,
    environ: Mapping[str, str] | None = None,
    sleep: Sleep = time.sleep,
) -> Backend | None:
    """The backend the ``[translation]`` settings ask for, or None when machine translation is off.

    ``{"backend": "libretranslate", "url": "http://127.0.0.1:5000", "api_key_env":
    "LIBRETRANSLATE_API_KEY", "timeout": 30, "batch_size": 20}`` or ``{"backend": "openai", "url":
    "http://127.0.0.1:8080", "model": "qwen2.5-7b-instruct", "api_key_env": "OPENAI_API_KEY"}``;
    optional for both: ``timeout`` (seconds for one request in all), ``retries``, ``backoff``,
    ``batch_size``, ``budget`` (seconds for the whole stage, default 60), and ``temperature`` for
    openai. ``{}`` or ``{"backend": "none"}`` turns machine translation off. API keys are read
    only from the environment variable named by ``api_key_env`` (``environ``, default
    ``os.environ``), never from the settings. Anything else raises ``UsageError`` naming the key.
    """
    if not settings:
        return None
    backend = settings.get("backend")
    if backend is None:
        raise _bad("backend", f"missing; choose one of {', '.join(BACKENDS)}")
    if not isinstance(backend, str) or backend.strip().lower() not in BACKENDS:
        raise _bad("backend", f"must be one of {', '.join(BACKENDS)} (got {backend!r})")
    kind = backend.strip().lower()
    if "api_key" in settings:
        raise _bad("api_key", "keys are not read from settings; name an environment variable in api_key_env")
    if kind == "none":
        # Switching machine translation off keeps the other settings for later; typos still count.
        for key in settings:
            if key not in KEYS["openai"]:
                raise _bad(key, f"unknown key (known: {', '.join(KEYS['openai'])})")
        return None
    for key in settings:
        if key not in KEYS[kind]:
            raise _bad(key, f"unknown key for the {kind} backend (known: {', '.join(KEYS[kind])})")
    url = _text(settings, "url", kind)
    api_key = _api_key(settings, os.environ if environ is None else environ)
    budget = _number(settings, "budget", DEFAULT_BUDGET)
    if not 0 < budget < math.inf:
        raise _bad("budget", f"must be a number of seconds above 0 (got {budget})")
    if kind == "libretranslate":
        return LibreTranslateBackend(
            url,
            api_key=api_key,
            timeout=_number(settings, "timeout", 30.0),
            retries=_integer(settings, "retries", 3),
            backoff=_number(settings, "backoff", 0.5),
            batch_size=_integer(settings, "batch_size", 20),
            sleep=sleep,
            budget=budget,
        )
    return OpenAIChatBackend(
        url,
        model=_text(settings, "model", kind),
        api_key=api_key,
        timeout=_number(settings, "timeout", 60.0),
        retries=_integer(settings, "retries", 3),
        backoff=_number(settings, "backoff", 0.5),
        batch_size=_integer(settings, "batch_size", 10),
        temperature=_number(settings, "temperature", 0.0),
        sleep=sleep,
        budget=budget,
    )
