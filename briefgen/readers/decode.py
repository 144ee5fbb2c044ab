"""Bytes to text: the encodings scraped articles arrive in, and the refusal of bytes that are not text."""

from __future__ import annotations

import codecs
import contextlib

from briefgen.errors import SourceError

# Magic numbers of files often misnamed as text, so the message can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
# C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte read as Windows-1252, else as Latin-1.

    Scraped text is often UTF-8 with a few Windows-1252 bytes pasted in (``“`` as 0x93);
    reading just those bytes this way keeps both kinds of characters intact.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


codecs.register_error("briefgen-cp1252", _cp1252_or_latin1)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NUL bytes fill every other position, as UTF-16 Latin text does."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, codec: str, source: str) -> str:
    """UTF-16 or UTF-32; a truncated or slightly damaged file is read with U+FFFD for the damage."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") > max(2, len(text) // 100):
            line = data[: exc.start].decode(codec, errors="replace").count("\n") + 1
            raise SourceError(source, f"not valid {codec.upper()} text (line {line})") from None
        return text


def decode(data: bytes, source: str) -> str:
    """Text from bytes; a :class:`SourceError` for bytes that are not text.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one when its NUL
    bytes give it away, else Windows-1252 (which reads Latin-1 text alike, apart from C1
    controls that real text never holds). UTF-8 with stray Windows-1252 bytes keeps both. A few
    NUL and control characters are left for the readers' cleaning, which drops them.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _decode_unicode(data, "utf-32", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_unicode(data, "utf-16", source)
    data = data.removeprefix(codecs.BOM_UTF8)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(source, f"looks like a binary file ({kind}), not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        with contextlib.suppress(SourceError):
            return _decode_unicode(data, utf16, source)
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # Text holds hardly any control bytes, and Windows-1252 text in a Latin-script language is
    # mostly ASCII; random or compressed bytes are ~10% control bytes and ~50% high bytes.
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    high = sum(1 for b in sample if b >= 0x80) if text is None and len(sample) >= 64 else 0
    if controls > max(8, len(sample) // 50) or high > 0.3 * len(sample):
        raise SourceError(source, "looks like a binary file, not text")
    if text is not None:
        return text
    if any(ord(c) >= 0x80 for c in data.decode("utf-8", errors="ignore")):
        return data.decode("utf-8", errors="briefgen-cp1252")  # UTF-8 with stray Windows-1252 bytes
    return data.decode("cp1252", errors="briefgen-cp1252")
