"""Bytes to text (readers/decode.py): the encodings articles arrive in, and bytes that are not text."""

from __future__ import annotations

import pytest

from briefgen.errors import SourceError
from briefgen.readers.decode import decode


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Kata “kutipan”".encode(), "Kata “kutipan”"),
        ("\ufeffDengan BOM".encode(), "Dengan BOM"),
        ("UTF-16 “ok”".encode("utf-16"), "UTF-16 “ok”"),
        ("Caf\xe9 “Jakarta”".encode("cp1252"), "Café “Jakarta”"),
    ],
)
def test_decode_handles_common_encodings(data: bytes, text: str) -> None:
    assert decode(data, "x.txt") == text


def test_decode_refuses_binary() -> None:
    with pytest.raises(SourceError, match="x.txt: looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.txt")


def test_decoding_windows_1252_and_utf16() -> None:
    assert decode("“Kami”".encode("cp1252"), "a.txt") == "“Kami”"
    assert decode("Jakarta – “ya”".encode("utf-16"), "a.txt") == "Jakarta – “ya”"
    with pytest.raises(SourceError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt")


def test_utf8_with_stray_windows_1252_bytes_keeps_both() -> None:
    data = "Menteri “Budi” berkata: ".encode() + "café".encode("cp1252")
    assert decode(data, "a.txt") == "Menteri “Budi” berkata: café"


def test_utf16_without_a_bom_is_told_by_its_nul_bytes() -> None:
    text = "Rapat koordinasi di Jakarta membahas harga beras."
    assert decode(text.encode("utf-16-le"), "a.txt") == text
    assert decode(text.encode("utf-16-be"), "a.txt") == text
