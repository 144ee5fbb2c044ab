"""Machine-translation backends against real HTTP servers on 127.0.0.1 that speak each protocol."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from briefgen.errors import BriefgenError, UsageError
from briefgen.translate.mt import (
    Backend,
    LibreTranslateBackend,
    MTError,
    OpenAIChatBackend,
    make_backend,
)

# --- a tiny "translation engine": a word table, unknown words (and placeholders) pass through ---

WORDS = {
    "kerja sama": "cooperation",
    "kementerian": "ministry",
    "luar negeri": "foreign",
    "badan": "body",
    "pangan": "food",
    "nasional": "national",
    "menteri": "minister",
    "kedua": "both",
    "negara": "countries",
    "memperkuat": "strengthen",
    "sepakat": "agreed",
    "dan": "and",
    "di": "in",
    "bidang": "field",
    "pendidikan": "education",
    "presiden": "president",
    "bertemu": "met",
    "hari ini": "today",
}
_WORD_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


def engine(text: str) -> str:
    return _WORD_RE.sub(lambda m: WORDS[m.group().lower()], text)


# --- loopback HTTP servers ---

Reply = tuple[int, dict[str, str], bytes] | None
"""Status, headers, body; None hangs until the test is over (for timeouts)."""


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: Any


def reply(status: int, payload: object, **headers: str) -> Reply:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    return status, {"Content-Type": "application/json", **headers}, body


class FakeServer:
    """A ThreadingHTTPServer on 127.0.0.1:0 that records every request; replies queued in
    ``script`` are served first, one per request, then ``app`` answers."""

    def __init__(self, app: Callable[[Seen], Reply]) -> None:
        self.app = app
        self.requests: list[Seen] = []
        self.script: list[Reply] = []
        self.release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, json.loads(raw))
                fake.requests.append(seen)
                answer = fake.script.pop(0) if fake.script else fake.app(seen)
                if answer is None:
                    fake.release.wait(10)
                    return
                status, headers, body = answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def libretranslate(
    mangle: Callable[[str], str] | None = None, key: str | None = None
) -> Callable[[Seen], Reply]:
    def app(seen: Seen) -> Reply:
        if seen.path != "/translate":
            return reply(404, {"error": "Not Found"})
        if key is not None and seen.body.get("api_key") != key:
            return reply(403, {"error": "Invalid API key"})
        q = seen.body["q"]
        out = [engine(text) for text in (q if isinstance(q, list) else [q])]
        if mangle is not None:
            out = [mangle(text) for text in out]
        return reply(200, {"translatedText": out if isinstance(q, list) else out[0]})

    return app


def segments(seen: Seen) -> list[str]:
    """The texts of the numbered JSON array in a chat request's user message."""
    user = seen.body["messages"][-1]["content"]
    return [item["text"] for item in json.loads(user[user.index("[") :])]


def chat(answer: Callable[[list[str]], str] | None = None) -> Callable[[Seen], Reply]:
    def app(seen: Seen) -> Reply:
        if seen.path != "/v1/chat/completions":
            return reply(404, {"error": {"message": "not found"}})
        texts = segments(seen)
        content = answer(texts) if answer else json.dumps([engine(t) for t in texts])
        message = {"role": "assistant", "content": content}
        return reply(200, {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})

    return app


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Seen], Reply]], FakeServer]]:
    servers: list[FakeServer] = []

    def start(app: Callable[[Seen], Reply]) -> FakeServer:
        servers.append(FakeServer(app))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy, and any connection to anything but 127.0.0.1 fails the test."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    real = socket.create_connection

    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        assert address[0] == "127.0.0.1", f"a test tried to reach {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


class Sleeps(list[float]):
    """An injected sleep that records the waits instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


Serve = Callable[[Callable[[Seen], Reply]], FakeServer]

GLOSSARY = [
    ("Kementerian Luar Negeri", "Ministry of Foreign Affairs"),
    ("Badan Pangan Nasional", "National Food Agency"),
    ("luar negeri", "foreign affairs"),
]


# --- LibreTranslate ---


def test_libretranslate_batches_requests_and_keeps_the_order(serve: Serve) -> None:
    server = serve(libretranslate())
    texts = [f"Menteri {n} bertemu presiden di negara {n}" for n in range(45)]
    texts[3] = ""  # empty and blank texts come back as they are, without a request
    texts[7] = "  "
    backend = LibreTranslateBackend(server.url, batch_size=20)

    result = backend.translate(texts)

    assert result[3] == "" and result[7] == "  "
    assert result[0] == "minister 0 met president in countries 0"
    assert result == [engine(t) if t.strip() else t for t in texts]
    assert [len(seen.body["q"]) for seen in server.requests] == [20, 20, 3]
    sent = [text for seen in server.requests for text in seen.body["q"]]
    assert sent == [t for t in texts if t.strip()]
    first = server.requests[0]
    assert first.path == "/translate"
    assert {k: v for k, v in first.body.items() if k != "q"} == {
        "source": "id",
        "target": "en",
        "format": "text",
    }
    assert "authorization" not in first.headers
    assert backend.name == f"libretranslate {server.url}"


def test_libretranslate_batch_size_one_sends_q_as_a_string(serve: Serve) -> None:
    server = serve(libretranslate())
    backend = LibreTranslateBackend(server.url + "/translate/", batch_size=1)

    assert backend.translate(["kerja sama", "kedua negara"]) == ["cooperation", "both countries"]
    assert [seen.body["q"] for seen in server.requests] == ["kerja sama", "kedua negara"]


def test_libretranslate_sends_the_api_key_in_the_body(serve: Serve) -> None:
    server = serve(libretranslate(key="rahasia-123"))
    backend = LibreTranslateBackend(server.url, api_key="rahasia-123")

    assert backend.translate(["kerja sama"]) == ["cooperation"]
    assert server.requests[0].body["api_key"] == "rahasia-123"


def test_libretranslate_protects_glossary_terms_with_placeholders(serve: Serve) -> None:
    server = serve(libretranslate())
    backend = LibreTranslateBackend(server.url)
    texts = [
        "Kementerian Luar Negeri dan Badan Pangan Nasional sepakat memperkuat kerja sama.",
        "Menteri luar  negeri bertemu presiden hari ini.",
        "Kerja sama kedua negara",
    ]

    result = backend.translate(texts, [*GLOSSARY, ("kerja sama", "bilateral cooperation")])

    # Without the glossary the engine says "ministry foreign" and "body food national".
    assert engine(texts[0]) == "ministry foreign and body food national agreed strengthen cooperation."
    assert result == [
        "Ministry of Foreign Affairs and National Food Agency agreed strengthen bilateral cooperation.",
        "minister foreign affairs met president today.",
        "Bilateral cooperation both countries",  # capitalised at the start of a sentence
    ]
    # What went over the wire: placeholders, never the protected Indonesian terms.
    assert server.requests[0].body["q"] == [
        "XGLS1X dan XGLS2X sepakat memperkuat XGLS3X.",
        "Menteri XGLS1X bertemu presiden hari ini.",
        "XGLS1X kedua negara",
    ]
    assert len(server.requests) == 1
    assert backend.warnings == []


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda text: text.replace("XGLS2X", "xgls2x"), id="lowercased"),
        pytest.param(lambda text: text.replace("XGLS2X", ""), id="lost"),
        pytest.param(lambda text: text.replace("XGLS2X", "XGLS2X XGLS2X"), id="doubled"),
        pytest.param(lambda text: text.replace("XGLS2X", "XGLS 2X"), id="split"),
    ],
)
def test_libretranslate_refuses_a_segment_whose_placeholder_is_mangled(
    serve: Serve, mangle: Callable[[str], str]
) -> None:
    server = serve(libretranslate(mangle=mangle))
    backend = LibreTranslateBackend(server.url)
    texts = [
        "Kementerian Luar Negeri dan Badan Pangan Nasional sepakat.",  # two placeholders: one breaks
        "Kementerian Luar Negeri sepakat.",  # one placeholder: survives
        "kedua negara",  # no glossary term
    ]

    result = backend.translate(texts, GLOSSARY)

    assert result == [
        "",  # refused: the glossary's English would be missing or garbled, so it stays pending
        "Ministry of Foreign Affairs agreed.",
        "both countries",
    ]
    assert not any("XGLS" in text.upper() for text in result)
    assert len(server.requests) == 1  # never sent again without the glossary
    assert backend.refused == 1 and len(backend.warnings) == 1
    assert "in 1 segment; MT refused there" in backend.warnings[0]


def test_libretranslate_leaves_text_that_looks_like_a_placeholder_unprotected(serve: Serve) -> None:
    server = serve(libretranslate())
    backend = LibreTranslateBackend(server.url)

    result = backend.translate(["Kode XGLS1X dari Kementerian Luar Negeri"], GLOSSARY)

    assert server.requests[0].body["q"] == ["Kode XGLS1X dari Kementerian Luar Negeri"]
    assert result == ["Kode XGLS1X dari ministry foreign"]


def test_libretranslate_answer_of_the_wrong_length_is_an_error(serve: Serve) -> None:
    server = serve(lambda seen: reply(200, {"translatedText": ["only one"]}))
    backend = LibreTranslateBackend(server.url)

    with pytest.raises(MTError, match=r"answered 1 translation for 2 texts$"):
        backend.translate(["kedua", "negara"])


# --- OpenAI-compatible chat completions ---


def test_chat_batches_keeps_the_order_and_asks_for_a_json_array(serve: Serve) -> None:
    server = serve(chat())
    backend = OpenAIChatBackend(server.url, "qwen2.5-7b-instruct", batch_size=10, temperature=0.2)
    texts = [f"Menteri {n} bertemu presiden" for n in range(25)]

    result = backend.translate(texts)

    assert result == [f"minister {n} met president" for n in range(25)]
    assert [len(segments(seen)) for seen in server.requests] == [10, 10, 5]
    body = server.requests[0].body
    assert server.requests[0].path == "/v1/chat/completions"
    assert body["model"] == "qwen2.5-7b-instruct"
    assert body["temperature"] == 0.2
    system, user = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    assert "formal English" in system["content"] and "names" in system["content"]
    assert "JSON array" in system["content"]
    assert "exactly 10 English strings" in user["content"]
    numbered = json.loads(user["content"][user["content"].index("[") :])
    assert numbered[:2] == [{"id": 1, "text": texts[0]}, {"id": 2, "text": texts[1]}]
    assert "Required terminology" not in system["content"]
    assert backend.name == f"openai qwen2.5-7b-instruct {server.url}"


def test_chat_lists_the_glossary_terms_found_in_the_batch(serve: Serve) -> None:
    server = serve(chat())
    backend = OpenAIChatBackend(server.url, "m", batch_size=2)
    texts = ["Kementerian Luar Negeri bertemu", "kedua negara", "Badan Pangan Nasional"]

    backend.translate(texts, GLOSSARY)

    first, second = (seen.body["messages"][0]["content"] for seen in server.requests)
    assert "Required terminology" in first
    assert "- Kementerian Luar Negeri → Ministry of Foreign Affairs" in first
    assert "Badan Pangan Nasional" not in first  # only the terms that occur in the batch
    assert "- luar negeri" not in first  # the longer term took the match
    assert "- Badan Pangan Nasional → National Food Agency" in second
    assert "Kementerian" not in second


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/", "/v1/chat/completions"])
def test_chat_accepts_the_url_with_or_without_v1(serve: Serve, suffix: str) -> None:
    server = serve(chat())
    backend = OpenAIChatBackend(server.url + suffix, "m")

    assert backend.translate(["kerja sama"]) == ["cooperation"]
    assert server.requests[0].path == "/v1/chat/completions"


@pytest.mark.parametrize(
    "content",
    [
        '```json\n["cooperation", "both countries"]\n```',
        'Here is the translation:\n```\n["cooperation", "both countries"]\n```\nHope this helps.',
        'Sure! ["cooperation", "both countries"]',
        '<think>hmm</think>[{"id": 1, "text": "cooperation"}, {"id": 2, "text": "both countries"}]',
        '{"translations": ["cooperation", "both countries"]}',
    ],
)
def test_chat_parses_answers_robustly(serve: Serve, content: str) -> None:
    server = serve(chat(lambda texts: content))
    backend = OpenAIChatBackend(server.url, "m")

    assert backend.translate(["kerja sama", "kedua negara"]) == ["cooperation", "both countries"]
    assert len(server.requests) == 1


def test_chat_retries_segment_by_segment_when_the_array_has_the_wrong_length(serve: Serve) -> None:
    def forgetful(texts: list[str]) -> str:
        english = [engine(text) for text in texts]
        return json.dumps(english[:-1] if len(texts) > 1 else english)

    server = serve(chat(forgetful))
    backend = OpenAIChatBackend(server.url, "m", batch_size=3)
    texts = ["kerja sama", "kedua negara", "presiden bertemu menteri", "hari ini"]

    result = backend.translate(texts)

    assert result == ["cooperation", "both countries", "president met minister", "today"]
    assert [segments(seen) for seen in server.requests] == [
        texts[:3],
        [texts[0]],
        [texts[1]],
        [texts[2]],
        [texts[3]],  # the second batch has one text: its answer was right the first time
    ]


def test_chat_accepts_plain_text_for_a_single_segment(serve: Serve) -> None:
    server = serve(chat(lambda texts: "Cooperation between both countries."))
    backend = OpenAIChatBackend(server.url, "m")

    assert backend.translate(["kerja sama kedua negara"]) == ["Cooperation between both countries."]


def test_chat_answer_without_a_translation_is_an_error(serve: Serve) -> None:
    server = serve(chat(lambda texts: "[]"))
    backend = OpenAIChatBackend(server.url, "m")

    with pytest.raises(MTError, match="did not answer with a translation"):
        backend.translate(["kerja sama"])
    server.app = lambda seen: reply(200, {"object": "error"})
    with pytest.raises(MTError, match=r"answered without choices\[0\]\.message\.content"):
        backend.translate(["kerja sama"])


def test_chat_sends_authorization_only_when_a_key_is_configured(serve: Serve) -> None:
    server = serve(chat())

    OpenAIChatBackend(server.url, "m", api_key="sk-test-42").translate(["kedua"])
    OpenAIChatBackend(server.url, "m").translate(["kedua"])

    with_key, without_key = server.requests
    assert with_key.headers["authorization"] == "Bearer sk-test-42"
    assert "authorization" not in without_key.headers
    assert "sk-test-42" not in json.dumps(with_key.body)


# --- retries, timeouts and errors (shared by both backends) ---


def backends(url: str, sleep: Sleeps, **options: Any) -> list[Backend]:
    return [
        LibreTranslateBackend(url, sleep=sleep, **options),
        OpenAIChatBackend(url, "m", sleep=sleep, **options),
    ]


def both(seen: Seen) -> Reply:
    """LibreTranslate or chat, by path."""
    return chat()(seen) if seen.path.startswith("/v1/") else libretranslate()(seen)


@pytest.mark.parametrize("kind", [0, 1], ids=["libretranslate", "openai"])
def test_retries_after_503_with_exponential_backoff_then_succeeds(serve: Serve, kind: int) -> None:
    server = serve(both)
    server.script = [reply(503, {"error": "busy"}), reply(502, b"<html>Bad Gateway</html>")]
    sleeps = Sleeps()
    backend = backends(server.url, sleeps, backoff=0.5)[kind]

    assert backend.translate(["kerja sama"]) == ["cooperation"]
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_backoff_grows_exponentially_up_to_the_cap(serve: Serve) -> None:
    server = serve(lambda seen: reply(500, {"error": "boom"}))
    sleeps = Sleeps()
    backend = LibreTranslateBackend(server.url, retries=5, backoff=10, sleep=sleeps)

    with pytest.raises(MTError, match=r"answered 500 after 6 attempts$"):
        backend.translate(["kedua"])
    assert sleeps == [10, 20, 40, 60, 60]


@pytest.mark.parametrize(
    ("retry_after", "waited"),
    [("7", 7.0), ("0", 0.0), ("3600", 60.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.25)],
)
def test_retry_after_is_honoured_and_capped(serve: Serve, retry_after: str, waited: float) -> None:
    server = serve(both)
    server.script = [reply(429, {"error": "Slowdown: 1 per 1 second"}, **{"Retry-After": retry_after})]
    sleeps = Sleeps()
    backend = LibreTranslateBackend(server.url, backoff=0.25, sleep=sleeps)

    assert backend.translate(["negara"]) == ["countries"]
    assert sleeps == [waited]


@pytest.mark.parametrize("kind", [0, 1], ids=["libretranslate", "openai"])
def test_no_retry_on_400(serve: Serve, kind: int) -> None:
    server = serve(lambda seen: reply(400, {"error": "Invalid request: missing q parameter"}))
    sleeps = Sleeps()
    backend = backends(server.url, sleeps)[kind]

    with pytest.raises(MTError, match=r"answered 400: Invalid request: missing q parameter$"):
        backend.translate(["kedua"])
    assert len(server.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", [0, 1], ids=["libretranslate", "openai"])
def test_error_after_exhausted_retries_names_url_and_status_but_not_the_key(serve: Serve, kind: int) -> None:
    server = serve(lambda seen: reply(503, {"error": "overloaded, key sk-secret-99 is fine"}))
    sleeps = Sleeps()
    backend = backends(server.url, sleeps, api_key="sk-secret-99")[kind]
    endpoint = ["/translate", "/v1/chat/completions"][kind]

    with pytest.raises(MTError) as caught:
        backend.translate(["kedua"])

    assert str(caught.value) == f"machine translation: {server.url}{endpoint} answered 503 after 4 attempts"
    assert len(server.requests) == 4 and len(sleeps) == 3
    assert isinstance(caught.value, BriefgenError) and caught.value.exit_code == 1


def test_a_key_echoed_by_the_server_is_redacted(serve: Serve) -> None:
    server = serve(lambda seen: reply(403, {"error": "Invalid API key: sk-secret-99"}))
    backend = OpenAIChatBackend(server.url, "m", api_key="sk-secret-99", sleep=Sleeps())

    with pytest.raises(MTError) as caught:
        backend.translate(["kedua"])

    assert "sk-secret-99" not in str(caught.value)
    assert str(caught.value).endswith("answered 403: Invalid API key: ***")


def test_timeout_is_retried_then_reported(serve: Serve) -> None:
    server = serve(lambda seen: None)  # never answers
    sleeps = Sleeps()
    backend = LibreTranslateBackend(server.url, timeout=0.2, retries=1, sleep=sleeps)

    with pytest.raises(MTError) as caught:
        backend.translate(["kedua"])

    message = str(caught.value)
    assert (
        message == f"machine translation: {server.url}/translate did not answer within 0.2 s after 2 attempts"
    )
    assert "\n" not in message and "Traceback" not in message
    assert len(server.requests) == 2 and sleeps == [0.5]


def test_unreachable_server_is_retried_then_reported() -> None:
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = Sleeps()
    backend = OpenAIChatBackend(f"http://127.0.0.1:{port}", "m", retries=2, sleep=sleeps)

    with pytest.raises(MTError, match=r"could not be reached \(.+\) after 3 attempts$"):
        backend.translate(["kedua"])
    assert sleeps == [0.5, 1.0]


def test_an_answer_that_is_not_json_is_an_error_without_retry(serve: Serve) -> None:
    server = serve(lambda seen: (200, {"Content-Type": "text/html"}, b"<html>login</html>"))
    backend = LibreTranslateBackend(server.url, sleep=Sleeps())

    with pytest.raises(MTError, match="answered with something that is not JSON$"):
        backend.translate(["kedua"])
    assert len(server.requests) == 1


def test_redirects_are_not_followed(serve: Serve) -> None:
    elsewhere = serve(libretranslate())
    server = serve(lambda seen: reply(307, {}, Location=elsewhere.url + "/translate"))
    backend = LibreTranslateBackend(server.url, api_key="k-1", sleep=Sleeps())

    with pytest.raises(MTError, match=r"answered 307: redirects to .*/translate; give that address as url$"):
        backend.translate(["kedua"])
    assert elsewhere.requests == []


# --- make_backend ---


LT = {"backend": "libretranslate", "url": "http://127.0.0.1:5000"}
AI = {"backend": "openai", "url": "http://127.0.0.1:8080", "model": "m"}


def test_make_backend_is_off_by_default() -> None:
    assert make_backend({}) is None
    assert make_backend({"backend": "none"}) is None
    assert make_backend({**LT, "backend": "none", "api_key_env": "UNSET_KEY"}, environ={}) is None


def test_make_backend_builds_libretranslate_with_the_key_from_the_environment(
    serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(libretranslate(key="lt-key-7"))
    monkeypatch.setenv("LIBRETRANSLATE_API_KEY", "lt-key-7")
    settings = {
        "backend": "libretranslate",
        "url": server.url,
        "api_key_env": "LIBRETRANSLATE_API_KEY",
        "timeout": 30,
        "batch_size": 2,
    }

    backend = make_backend(settings)

    assert isinstance(backend, LibreTranslateBackend)
    assert backend.translate(["kedua", "negara", "dan"]) == ["both", "countries", "and"]
    assert [len(seen.body["q"]) for seen in server.requests] == [2, 1]


def test_make_backend_builds_openai(serve: Serve) -> None:
    server = serve(chat())
    settings = {
        "backend": "OpenAI",
        "url": server.url + "/v1",
        "model": "qwen2.5-7b-instruct",
        "api_key_env": "OPENAI_API_KEY",
        "temperature": 0,
        "retries": 0,
        "backoff": 1.5,
    }

    backend = make_backend(settings, environ={"OPENAI_API_KEY": "sk-env"})

    assert isinstance(backend, OpenAIChatBackend)
    assert backend.model == "qwen2.5-7b-instruct"
    assert backend.translate(["kerja sama"]) == ["cooperation"]
    assert server.requests[0].headers["authorization"] == "Bearer sk-env"


@pytest.mark.parametrize(
    ("settings", "key", "problem"),
    [
        ({"backend": "bing"}, "backend", "must be one of libretranslate, openai, deepl, google, none"),
        ({"backend": "deepl"}, "api_key_env", "missing; the deepl backend needs a key"),
        ({"backend": "google", "api_key_env": "NOT_SET_HERE"}, "api_key_env", "NOT_SET_HERE is not set"),
        ({"backend": 3}, "backend", "must be one of"),
        ({"url": "http://127.0.0.1:5000"}, "backend", "missing"),
        ({"backend": "libretranslate"}, "url", "missing"),
        ({**LT, "url": "ftp://127.0.0.1/"}, "url", "http:// or https://"),
        ({**LT, "url": "127.0.0.1:5000"}, "url", "http:// or https://"),
        ({**LT, "url": "http://user:pw@127.0.0.1:5000"}, "url", "must not contain credentials"),
        ({**LT, "url": "http://127.0.0.1:5000/?api_key=x"}, "url", "without '?'"),
        ({**LT, "url": "http://127.0.0.1:99999"}, "url", "bad port"),
        ({"backend": "openai", "url": "http://127.0.0.1:8080"}, "model", "missing"),
        ({**AI, "model": " "}, "model", "non-empty string"),
        ({**LT, "timeout": "30"}, "timeout", "must be a number"),
        ({**LT, "timeout": 0}, "timeout", "above 0"),
        ({**LT, "retries": 1.5}, "retries", "whole number"),
        ({**LT, "retries": -1}, "retries", "0 or more"),
        ({**LT, "backoff": -0.5}, "backoff", "0 or more"),
        ({**LT, "batch_size": 0}, "batch_size", "1 or more"),
        ({**LT, "batch_size": True}, "batch_size", "whole number"),
        ({**AI, "temperature": 5}, "temperature", "between 0 and 2"),
        ({**LT, "model": "m"}, "model", "unknown key for the libretranslate backend"),
        ({**LT, "tmeout": 3}, "tmeout", "unknown key"),
        ({"backend": "none", "tmeout": 3}, "tmeout", "unknown key"),
        ({"backend": "none", "api_key": "sk-in-file"}, "api_key", "not read from settings"),
        ({**LT, "api_key": "sk-in-file"}, "api_key", "not read from settings"),
        ({**LT, "api_key_env": "NOT SET"}, "api_key_env", "name of an environment variable"),
        ({**LT, "api_key_env": "BRIEFGEN_TEST_MISSING_KEY"}, "api_key_env", "is not set"),
    ],
)
def test_make_backend_rejects_bad_settings(settings: dict[str, object], key: str, problem: str) -> None:
    with pytest.raises(UsageError) as caught:
        make_backend(settings, environ={})

    assert str(caught.value).startswith(f"[translation] {key}: ")
    assert problem in str(caught.value)
    assert caught.value.exit_code == 2
    assert "sk-in-file" not in str(caught.value)


# --- a batch that fails keeps what the batches before it brought back ---


@pytest.mark.parametrize("kind", [0, 1], ids=["libretranslate", "openai"])
def test_a_failed_batch_keeps_the_batches_that_came_back(serve: Serve, kind: int) -> None:
    answered: list[int] = []

    def second_batch_fails(seen: Seen) -> Reply:
        answered.append(1)
        return both(seen) if len(answered) != 2 else reply(400, {"error": "too many segments"})

    server = serve(second_batch_fails)
    texts = [f"Menteri {n} bertemu presiden" for n in range(5)]
    backend = backends(server.url, Sleeps(), batch_size=2)[kind]

    with pytest.raises(MTError, match=r"answered 400: too many segments") as caught:
        backend.translate(texts)

    # The first batch (texts 0 and 1) came back; the second failed, the third was never sent.
    assert caught.value.partial == {0: "minister 0 met president", 1: "minister 1 met president"}
    assert len(server.requests) == 2


# --- deadlines, a budget for the whole stage, a cap on the answer's size ---


class Dripping(BaseHTTPRequestHandler):
    """Answers 200 and then one byte of its body every 0.1 s (a server that never quite times out)."""

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = json.dumps({"translatedText": ["x" * 200]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for n in range(min(len(body), 100)):  # bounded: at most 10 s of dripping
            try:
                self.wfile.write(body[n : n + 1])
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.1)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def dripping() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Dripping)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_server_that_drips_its_answer_is_stopped_at_the_timeout(dripping: str) -> None:
    backend = LibreTranslateBackend(dripping, timeout=0.5, retries=1, sleep=Sleeps())
    started = time.monotonic()
    with pytest.raises(MTError, match=r"did not answer within 0.5 s after 2 attempts$"):
        backend.translate(["kedua"])
    assert time.monotonic() - started < 2.5


def test_the_settings_bound_the_whole_stage_by_a_budget(serve: Serve) -> None:
    server = serve(lambda seen: None)  # never answers
    backend = make_backend({"backend": "libretranslate", "url": server.url, "timeout": 5, "budget": 1})
    assert backend is not None
    started = time.monotonic()
    with pytest.raises(MTError, match=r"the translation budget of 1 s is used up"):
        backend.translate(["kedua"])
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("kind", ["libretranslate", "openai"])
def test_the_default_budget_is_a_minute_and_timeout_bounds_each_attempt(serve: Serve, kind: str) -> None:
    server = serve(lambda seen: None)
    settings = {"backend": kind, "url": server.url, **({"model": "m"} if kind == "openai" else {})}
    backend = make_backend({**settings, "retries": 0, "timeout": 0.3})
    assert getattr(backend, "budget", None) == 60.0 == getattr(make_backend(settings), "budget", None)
    with pytest.raises(MTError, match=r"did not answer within 0.3 s after 1 attempt$"):
        backend.translate(["kedua"])  # type: ignore[union-attr]


def test_a_budget_used_up_after_a_batch_keeps_that_batch(serve: Serve) -> None:
    first = libretranslate()
    server = serve(lambda seen: first(seen) if len(server.requests) == 1 else None)
    backend = make_backend({"backend": "libretranslate", "url": server.url, "budget": 1, "batch_size": 2})
    assert backend is not None
    with pytest.raises(MTError, match="budget") as caught:
        backend.translate(["kedua negara", "menteri", "presiden", "pangan"])
    assert caught.value.partial == {0: "both countries", 1: "minister"}


@pytest.mark.parametrize("kind", [0, 1], ids=["libretranslate", "openai"])
def test_an_answer_far_larger_than_the_request_is_refused_without_retry(serve: Serve, kind: int) -> None:
    huge = "x" * (300 << 10)
    server = serve(
        lambda seen: (
            reply(200, {"translatedText": [huge]})
            if kind == 0
            else reply(200, {"choices": [{"message": {"content": json.dumps([huge])}}]})
        )
    )
    backend = backends(server.url, Sleeps())[kind]
    with pytest.raises(MTError, match=r"answered more than 64 KB \(10 times the request\); refused"):
        backend.translate(["kedua"])
    assert len(server.requests) == 1
