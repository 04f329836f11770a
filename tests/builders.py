"""Builders of realistic small inputs for tests."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BODY = (
    "North Korea on Wednesday recognized the independence of the Donetsk and Luhansk "
    "people's republics, the foreign ministry in Pyongyang said in a statement."
)
BODY2 = (
    "Ukraine's foreign minister said Kyiv was cutting diplomatic relations with Pyongyang "
    "in response, calling the decision an attack on Ukraine's sovereignty."
)


def news_text(*, headline: str = "North Korea recognizes Donetsk and Luhansk", extra: str = "") -> str:
    return f"{headline}\n\nSEOUL, July 13, 2022 (Eastern Wire) -- {BODY}\n\n{BODY2}\n{extra}"


def news_html(*, title: str = "North Korea recognizes Donetsk and Luhansk", published: str | None = "2022-07-13") -> str:
    meta = f'<meta property="article:published_time" content="{published}T10:00:00+09:00">' if published else ""
    return (
        f"<html><head><title>{title}</title>{meta}<meta name='author' content='Mina Cho'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1><p>{BODY}</p><p>{BODY2}</p></article>"
        "<footer>Copyright 2022 The Harbour Ledger. All rights reserved.</footer></body></html>"
    )


def warc_bytes(pages: list[tuple[str, str]], *, gzip: bool = False) -> bytes:
    """A WARC archive with one HTTP response record per (url, html) page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()
