"""DeepL and Google Cloud Translation against loopback servers that speak each service's protocol
as it documents it (method, path, headers, body, answers and error shapes), and glossary
protection against servers that mangle the placeholders."""

from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest
from test_translate_mt import (  # the loopback server, the word-table engine and the guards
    Reply,
    Seen,
    Serve,
    Sleeps,
    engine,
    loopback_only,
    reply,
    serve,
)

from briefgen.errors import UsageError
from briefgen.translate.backends import (
    BatchedBackend,
    DeepLBackend,
    GoogleBackend,
    LibreTranslateBackend,
    MTError,
    make_backend,
)
from briefgen.translate.backends.deepl import FREE_URL, PRO_URL

__all__ = ["loopback_only", "serve"]  # fixtures used here by name

DEEPL_KEY = "0a1b2c3d-4e5f-6789-abcd-ef0123456789:fx"
GOOGLE_KEY = "AIzaSy-test/key+with=odd&chars"
GLOSSARY = [
    ("Kementerian Luar Negeri", "Ministry of Foreign Affairs"),
    ("Badan Pangan Nasional", "National Food Agency"),
    ("Irene Umar", "Irene Umar"),  # a name: kept as it is, never translated
]


def translate_outside(text: str, keep: re.Pattern[str]) -> str:
    """The engine applied to the text between the elements a service leaves untouched."""
    out, last = [], 0
    for match in keep.finditer(text):
        out += [engine(text[last : match.start()]), match.group()]
        last = match.end()
    return "".join([*out, engine(text[last:])])


# --- DeepL API v2 ---

DEEPL_KEEP = re.compile(r"<x>[^<]*</x>")


def deepl(mangle: Callable[[str], str] | None = None) -> Callable[[Seen], Reply]:
    """``POST /v2/translate`` as developers.deepl.com documents it, its errors as DeepL sends them."""

    def app(seen: Seen) -> Reply:
        if seen.path != "/v2/translate":
            return reply(404, {"message": "Not found"})
        if seen.headers.get("authorization") != f"DeepL-Auth-Key {DEEPL_KEY}":
            return reply(403, {"message": "Authorization failed. Please supply a valid auth_key parameter."})
        if not seen.headers.get("content-type", "").startswith("application/json"):
            return reply(415, {"message": "Unsupported media type"})
        body = seen.body
        if set(body) != {"text", "source_lang", "target_lang", "tag_handling", "ignore_tags"}:
            return reply(400, {"message": f"Unexpected parameters: {sorted(body)}"})
        if (body["source_lang"], body["target_lang"]) != ("ID", "EN-GB"):
            return reply(400, {"message": "Value for 'target_lang' not supported."})
        if body["tag_handling"] != "xml" or body["ignore_tags"] != ["x"]:
            return reply(400, {"message": "Value for 'tag_handling' not supported."})
        texts = body["text"]
        if not isinstance(texts, list) or not 1 <= len(texts) <= 50:
            return reply(400, {"message": "Parameter 'text' must hold 1 to 50 texts."})
        for text in texts:
            try:
                ET.fromstring(f"<r>{text}</r>")  # tag_handling=xml: the text must be well-formed XML
            except ET.ParseError:
                return reply(400, {"message": "Tag handling parsing failed."})
        out = [translate_outside(t, DEEPL_KEEP) for t in texts]
        if mangle is not None:
            out = [mangle(t) for t in out]
        return reply(200, {"translations": [{"detected_source_language": "ID", "text": t} for t in out]})

    return app


def test_deepl_speaks_v2_translate_with_the_key_in_its_header(serve: Serve) -> None:
    server = serve(deepl())
    backend = DeepLBackend(DEEPL_KEY, url=server.url)
    texts = [
        "Kementerian Luar Negeri dan Badan Pangan Nasional sepakat.",
        "Irene Umar bertemu menteri R&D <kreatif> hari ini.",
        "kedua negara",
    ]
    result = backend.translate(texts, GLOSSARY)
    assert result == [
        "Ministry of Foreign Affairs and National Food Agency agreed.",
        "Irene Umar met minister R&D <kreatif> today.",  # markup characters escaped and back
        "both countries",
    ]
    (seen,) = server.requests
    assert seen.body["text"][0] == "<x>1</x> dan <x>2</x> sepakat."
    assert seen.body["text"][1] == "<x>1</x> bertemu menteri R&amp;D &lt;kreatif&gt; hari ini."
    assert "Kementerian" not in str(seen.body)  # the protected terms never went over the wire
    assert seen.headers["user-agent"].startswith("briefgen")


def test_deepl_free_and_pro_hosts_come_from_the_key() -> None:
    free = make_backend(
        {"backend": "deepl", "api_key_env": "DEEPL_AUTH_KEY"}, environ={"DEEPL_AUTH_KEY": DEEPL_KEY}
    )
    pro = make_backend({"backend": "deepl", "api_key_env": "K"}, environ={"K": "0a1b2c3d-pro"})
    assert isinstance(free, DeepLBackend) and free.url == FREE_URL == "https://api-free.deepl.com"
    assert isinstance(pro, DeepLBackend) and pro.url == PRO_URL == "https://api.deepl.com"
    with pytest.raises(UsageError, match=r"^\[translation\] batch_size: DeepL takes at most 50"):
        make_backend({"backend": "deepl", "api_key_env": "K", "batch_size": 51}, environ={"K": "k"})


def test_deepl_batches_50_texts_a_request_and_reports_progress(serve: Serve) -> None:
    server = serve(deepl())
    backend = DeepLBackend(DEEPL_KEY, url=server.url)
    texts = [f"kedua negara {n}" for n in range(120)]
    heard: list[tuple[str, int, int]] = []
    result = backend.translate(texts, progress=lambda stage, done, total: heard.append((stage, done, total)))
    assert result == [f"both countries {n}" for n in range(120)]
    assert [len(seen.body["text"]) for seen in server.requests] == [50, 50, 20]
    assert heard == [("translating segments", n, 120) for n in (50, 100, 120)]


def test_deepl_429_is_retried_and_456_is_a_quota_error_without_retry(serve: Serve) -> None:
    server = serve(deepl())
    server.script = [reply(429, {"message": "Too many requests"}, **{"Retry-After": "2"})]
    sleeps = Sleeps()
    backend = DeepLBackend(DEEPL_KEY, url=server.url, sleep=sleeps)
    assert backend.translate(["kedua negara"]) == ["both countries"]
    assert sleeps == [2.0] and len(server.requests) == 2

    server.script = [reply(456, {"message": "Quota Exceeded"})]
    with pytest.raises(MTError) as caught:
        backend.translate(["kedua negara"])
    message = str(caught.value)
    assert len(server.requests) == 3  # 456 is not retried: the quota stays spent
    assert "answered 456 (quota exceeded" in message and "Quota Exceeded" in message
    assert DEEPL_KEY not in message and "\n" not in message


def test_deepl_refused_key_says_which_host_a_free_key_needs(serve: Serve) -> None:
    server = serve(deepl())
    backend = DeepLBackend("wrong-key:fx", url=server.url)
    with pytest.raises(MTError, match=r"answered 403 \(the key was refused; a Free key .* api-free"):
        backend.translate(["kedua negara"])
    assert len(server.requests) == 1


# --- Google Cloud Translation v2 ---

GOOGLE_KEEP = re.compile(r'<span translate="no">[^<]*</span>')


def google_error(code: int, message: str, reason: str, status: str) -> Reply:
    error = {
        "code": code,
        "message": message,
        "errors": [{"message": message, "domain": "usageLimits", "reason": reason}],
        "status": status,
    }
    return reply(code, {"error": error})


def google(mangle: Callable[[str], str] | None = None) -> Callable[[Seen], Reply]:
    """``POST /language/translate/v2?key=…`` as cloud.google.com documents Basic translation."""

    def app(seen: Seen) -> Reply:
        parts = urllib.parse.urlsplit(seen.path)
        if parts.path != "/language/translate/v2":
            return google_error(404, "Not Found", "notFound", "NOT_FOUND")
        if urllib.parse.parse_qs(parts.query) != {"key": [GOOGLE_KEY]}:
            return google_error(
                400, "API key not valid. Please pass a valid API key.", "badRequest", "INVALID_ARGUMENT"
            )
        body = seen.body
        if set(body) != {"q", "source", "target", "format"} or (body["source"], body["target"]) != (
            "id",
            "en",
        ):
            return google_error(400, "Invalid Value", "invalid", "INVALID_ARGUMENT")
        if body["format"] not in ("html", "text"):
            return google_error(400, "Invalid Value", "invalid", "INVALID_ARGUMENT")
        texts = body["q"]
        if not isinstance(texts, list) or not 1 <= len(texts) <= 128:
            return google_error(400, "Too many text segments", "invalid", "INVALID_ARGUMENT")
        if body["format"] == "html":
            # Google translates the text between tags and answers HTML-escaped (' as &#39;).
            out = [translate_outside(t, GOOGLE_KEEP).replace("'", "&#39;") for t in texts]
        else:
            out = [engine(t) for t in texts]
        if mangle is not None:
            out = [mangle(t) for t in out]
        return reply(200, {"data": {"translations": [{"translatedText": t} for t in out]}})

    return app


def test_google_speaks_v2_with_the_key_in_the_query_and_html_placeholders(serve: Serve) -> None:
    server = serve(google())
    backend = GoogleBackend(GOOGLE_KEY, url=server.url)
    texts = ["Kementerian Luar Negeri sepakat dengan Irene Umar.", "kedua negara 'R&D' hari ini"]
    assert backend.translate(texts, GLOSSARY) == [
        "Ministry of Foreign Affairs agreed dengan Irene Umar.",
        "both countries 'R&D' today",
    ]
    (seen,) = server.requests
    assert seen.body["format"] == "html" and seen.body["q"][0] == (
        '<span translate="no">1</span> sepakat dengan <span translate="no">2</span>.'
    )
    assert seen.body["q"][1] == "kedua negara 'R&amp;D' hari ini"


def test_google_format_text_sends_numbered_tokens(serve: Serve) -> None:
    server = serve(google())
    backend = make_backend(
        {"backend": "google", "api_key_env": "G", "url": server.url, "format": "text"},
        environ={"G": GOOGLE_KEY},
    )
    assert isinstance(backend, GoogleBackend)
    assert backend.translate(["Badan Pangan Nasional sepakat."], GLOSSARY) == ["National Food Agency agreed."]
    assert server.requests[0].body == {
        "q": ["XGLS1X sepakat."],
        "source": "id",
        "target": "en",
        "format": "text",
    }


def test_google_batches_128_segments_a_request(serve: Serve) -> None:
    server = serve(google())
    backend = GoogleBackend(GOOGLE_KEY, url=server.url)
    result = backend.translate([f"kedua negara {n}" for n in range(200)])
    assert result == [f"both countries {n}" for n in range(200)]
    assert [len(seen.body["q"]) for seen in server.requests] == [128, 72]


def test_google_rate_limit_is_retried_a_spent_daily_quota_is_not(serve: Serve) -> None:
    server = serve(google())
    server.script = [
        google_error(403, "User Rate Limit Exceeded", "userRateLimitExceeded", "PERMISSION_DENIED")
    ]
    sleeps = Sleeps()
    backend = GoogleBackend(GOOGLE_KEY, url=server.url, sleep=sleeps)
    assert backend.translate(["kedua negara"]) == ["both countries"]
    assert len(server.requests) == 2 and len(sleeps) == 1

    server.script = [google_error(403, "Daily Limit Exceeded", "dailyLimitExceeded", "PERMISSION_DENIED")]
    with pytest.raises(MTError) as caught:
        backend.translate(["kedua negara"])
    message = str(caught.value)
    assert len(server.requests) == 3
    assert message == (
        f"machine translation: {server.url}/language/translate/v2 answered 403 "
        "(the key was refused or a quota is used up): Daily Limit Exceeded"
    )


def test_google_error_never_shows_the_key(serve: Serve) -> None:
    server = serve(google())
    backend = GoogleBackend("not-the-key", url=server.url, retries=0)
    with pytest.raises(MTError) as caught:
        backend.translate(["kedua negara"])
    assert "not-the-key" not in str(caught.value) and "API key not valid" in str(caught.value)


# --- glossary protection against a server that mangles placeholders ---

MANGLERS: dict[str, Callable[[str, re.Pattern[str]], str]] = {
    "moved": lambda text, p: (
        lambda found: p.sub("", text).rstrip(".") + " " + " ".join(found) + "." if found else text
    )(p.findall(text)),
    "dropped": lambda text, p: p.sub("", text, count=1),
    "duplicated": lambda text, p: p.sub(lambda m: m.group() + " " + m.group(), text, count=1),
    "case": lambda text, p: p.sub(lambda m: m.group().swapcase(), text, count=1),
    "spacing": lambda text, p: p.sub(
        lambda m: m.group().replace(">", "> ", 1).replace("XGLS", "XGLS "), text, count=1
    ),
    "translated": lambda text, p: p.sub("the ministry", text, count=1),
    "renumbered": lambda text, p: p.sub(lambda m: re.sub(r"\d+", "7", m.group()), text, count=1),
    "kept": lambda text, p: text,
}
SERVICES: dict[
    str, tuple[Callable[..., Callable[[Seen], Reply]], Callable[[str], BatchedBackend], re.Pattern[str]]
] = {
    "deepl": (deepl, lambda url: DeepLBackend(DEEPL_KEY, url=url), re.compile(r"<x>\d+</x>")),
    "google": (
        google,
        lambda url: GoogleBackend(GOOGLE_KEY, url=url),
        re.compile(r'<span translate="no">\d+</span>'),
    ),
    "libretranslate": (
        lambda mangle=None: _libretranslate(mangle),
        lambda url: LibreTranslateBackend(url),
        re.compile(r"XGLS\d+X"),
    ),
}


def _libretranslate(mangle: Callable[[str], str] | None) -> Callable[[Seen], Reply]:
    from test_translate_mt import libretranslate

    return libretranslate(mangle=mangle)


@pytest.mark.parametrize("service", sorted(SERVICES))
@pytest.mark.parametrize("how", sorted(MANGLERS))
def test_glossary_english_is_right_or_the_segment_stays_pending(serve: Serve, service: str, how: str) -> None:
    app, make, pattern = SERVICES[service]
    server = serve(app(mangle=lambda text: MANGLERS[how](text, pattern)))
    backend = make(server.url)
    texts = [
        "Kementerian Luar Negeri dan Badan Pangan Nasional sepakat.",
        "Irene Umar bertemu menteri.",
        "kedua negara",
    ]
    result = backend.translate(texts, GLOSSARY)
    for text, english in zip(texts, result, strict=True):
        if english == "":
            continue  # refused: pending, never a garbled term
        assert not re.search(r"xgls|<x|x>|<span|translate=|&lt;", english, re.IGNORECASE), english
        assert "Kementerian" not in english and "Badan Pangan" not in english
        for source, official in GLOSSARY:
            if source in text:
                assert english.count(official) == 1, (how, english)
    refused = result.count("")
    assert backend.refused == refused
    if how == "kept" or how == "moved":
        assert refused == 0  # a placeholder that moved in the sentence is still the term
    elif how in ("dropped", "duplicated", "case", "spacing", "translated", "renumbered"):
        assert refused >= 1 and "MT refused" in backend.warnings[-1]
    assert result[2] == "both countries"  # a segment without a term is never refused
