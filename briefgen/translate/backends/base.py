"""What every machine-translation backend shares: the HTTP client (deadlines, size cap, retries,
no redirects, keys never shown), the settings checks, and :class:`BatchedBackend`, which batches
segments, protects glossary terms and names with placeholders and reports progress.

Retries use exponential backoff on connection errors, timeouts, HTTP 429 and 5xx (honouring a
``Retry-After`` of seconds, capped at ``MAX_WAIT``) and never on other 4xx unless a service says a
4xx is a rate limit (Google's 403 ``rateLimitExceeded``). A request has a total deadline
(``timeout``, however slowly the server drips), the whole stage a ``budget``, and an answer a
size cap. Failures surface as one ``MTError`` line that names the endpoint and never a key.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import math
import queue
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from email.message import Message
from typing import Any, Protocol

from briefgen.errors import BriefgenError, UsageError
from briefgen.translate.backends.placeholders import Placeholders, Protected, Terms

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


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class Client:
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
        query: str = "",
        retryable: Callable[[int, bytes], bool] | None = None,
        hints: Mapping[int, str] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.query = query  # "?key=…": sent, never shown (errors name the endpoint alone)
        self.retryable = retryable or (lambda status, body: status == 429 or status >= 500)
        self.hints = dict(hints or {})  # what a status means for this service ("the quota is used up")
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
            f"{before}gave up: the translation budget of {seconds(self.budget or 0)} s is used up"
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
            request = urllib.request.Request(
                self.endpoint + self.query, data=data, headers=headers, method="POST"
            )
            try:
                body = self._fetch(request, timeout, cap)
            except urllib.error.HTTPError as exc:
                status = exc.code
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                raw = _error_body(exc)
                detail = _error_detail(raw)
                if status in self.hints:
                    detail = f" ({self.hints[status]}){detail}"
                exc.close()
                if not self.retryable(status, raw):
                    if 300 <= status < 400:
                        target = exc.headers.get("Location") if exc.headers else None
                        detail = f": redirects to {target}; give that address as url" if target else ""
                    raise self.error(f"answered {status}{detail}") from None
                problem = f"answered {status}"
            except TimeoutError:
                problem = f"did not answer within {seconds(timeout)} s"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    problem = f"did not answer within {seconds(timeout)} s"
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
        raise self.error(f"{problem} after {plural(attempts, 'attempt')}")


def seconds(value: float) -> str:
    """``0.2``, ``30``, ``59.8``: seconds as people write them."""
    return f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"


def _error_body(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read(4096)
    except (OSError, http.client.HTTPException):
        return b""


def _error_detail(raw: bytes) -> str:
    """A short reason from an error answer (``{"error": …}``, ``{"message": …}`` or a line of text)."""
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


def batches(indices: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(indices), size):
        yield list(indices[start : start + size])


# ---------------------------------------------------------------------------------------------
# Settings checks shared by the constructors and make_backend


def bad(key: str, problem: str) -> UsageError:
    return UsageError(f"[translation] {key}: {problem}")


def check_url(url: str) -> str:
    """The base address without a trailing slash; http(s) only, no credentials, query or fragment."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad("url", f"must be an http:// or https:// address (got '{url}')")
    if parts.username is not None or parts.password is not None:
        raise bad("url", "must not contain credentials; name an environment variable in api_key_env")
    if parts.query or parts.fragment:
        raise bad("url", f"must be the server address without '?' or '#' (got '{url}')")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise bad("url", f"has a bad port (got '{url}')") from None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def check_numbers(timeout: float, retries: int, backoff: float, batch_size: int) -> None:
    if not timeout > 0:
        raise bad("timeout", f"must be a number of seconds above 0 (got {timeout})")
    if retries < 0:
        raise bad("retries", f"must be 0 or more (got {retries})")
    if not backoff >= 0:
        raise bad("backoff", f"must be a number of seconds, 0 or more (got {backoff})")
    if batch_size < 1:
        raise bad("batch_size", f"must be 1 or more (got {batch_size})")


# ---------------------------------------------------------------------------------------------
# The common shape of a backend

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) after each batch: ``("translating", 120, 480)``."""

PROGRESS_STAGE = "translating segments"


class BatchedBackend:
    """A service that translates a batch of segments per request.

    A subclass sets ``name``, ``batch_size``, ``placeholders`` (None: the service is told the
    terms another way) and ``_client``, and implements :meth:`request`. :meth:`translate` sends
    the segments batch by batch, each with its glossary terms and names behind placeholders,
    puts the official English back, refuses a segment whose placeholders did not survive (it
    stays pending: ``""``, counted in ``refused``), keeps what came back before a failure
    (``MTError.partial``) and tells ``progress`` how far it got.
    """

    name: str
    batch_size: int
    placeholders: Placeholders | None = None
    _client: Client

    def __init__(self) -> None:
        self.warnings: list[str] = []
        """Things the user should know about the last translations (e.g. segments refused)."""
        self.refused = 0
        """Segments whose answer lost or altered a placeholder: left pending, never shown."""

    def request(self, texts: list[str], terms: Terms) -> list[str]:
        """One answer per text of one batch, as the service gave it (placeholders still in)."""
        raise NotImplementedError

    def translate(
        self,
        texts: Sequence[str],
        glossary: Sequence[tuple[str, str]] = (),
        progress: Progress | None = None,
    ) -> list[str]:
        """One English text per Indonesian text, in the same order (``""``: refused, pending);
        ``glossary`` holds (Indonesian term, official English) pairs the translation must use."""
        self._client.begin()
        terms = Terms(glossary)
        style = self.placeholders
        result = list(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        sent = {i: style.protect(texts[i], terms) if style else Protected(texts[i]) for i in todo}
        done: dict[int, str] = {}
        refused = 0
        try:
            for batch in batches(todo, self.batch_size):
                answers = self.request([sent[i].text for i in batch], terms)
                for i, answer in zip(batch, answers, strict=True):
                    restored = style.restore(answer, sent[i]) if style else answer
                    if restored is None:
                        refused += 1
                        result[i] = ""
                    else:
                        result[i] = done[i] = restored
                if progress is not None:
                    progress(PROGRESS_STAGE, len(done) + refused, len(todo))
        except MTError as exc:  # keep the batches that came back
            exc.partial = done
            raise
        finally:
            if refused:
                self.refused += refused
                self.warnings.append(
                    f"machine translation: {self.name} did not keep the placeholders of glossary terms "
                    f"or names in {plural(refused, 'segment')}; MT refused there, that English stays pending"
                )
        return result
