"""Web archives (`.warc`, `.warc.gz`), with warcio: one article per HTML response record.

A record's URL is its `WARC-Target-URI`; its date is the page's own, else the `WARC-Date` (when
it was captured). Records that are not successful HTML responses (requests, metadata, redirects,
images, scripts) are not articles: they are skipped and counted, not dead letters.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO, Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from pipeline.sources.raw import RawRecord, read_at_most, too_large
from pipeline.sources.compression import DamagedInput

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio also fails with AttributeError and the like on records it does not expect (a response
# record without a target URI or HTTP headers): data errors too.
_DATA_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, ValueError, EOFError,
                AttributeError, TypeError, KeyError, IndexError)


def split_warc(stream: BinaryIO, input_path: str, max_bytes: int | None = None,
               on_skipped: Callable[[str], None] = lambda reason: None) -> Iterator[RawRecord]:
    """One raw record per HTML response of a WARC file, gzipped per record or not: the
    HTTP body (transfer and content encodings undone) as the payload, the target URI and the
    WARC date as metadata. `on_skipped` is told why each other record is skipped. A file that is
    no WARC, breaks off or holds no HTML response gives a record with an error."""
    responses = number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            reason = _not_an_html_response(record)
            if reason:
                on_skipped(reason)
                continue
            responses += 1
            yield _html_record(record, input_path, number, max_bytes)
    except DamagedInput:  # a cut or corrupt .warc.gz: reported as the file's damage, by the caller
        raise
    except _DATA_ERRORS as error:
        where = f"after record {number}" if number else "at its start"
        yield RawRecord(input_path, "warc", 0, b"", error=f"not a valid WARC file {where}: "
                        f"{type(error).__name__}: {error}")
        return
    if not responses:
        yield RawRecord(input_path, "warc", 0, b"",
                        error=f"no HTML response record in the WARC file ({number} records)")


def _html_record(record, input_path: str, number: int, max_bytes: int | None) -> RawRecord:
    headers = record.rec_headers
    payload, more = read_at_most(record.content_stream(), max_bytes)
    error = ""
    if more:
        error = too_large("the HTML response", max_bytes)
    elif _truncated(record):
        error = "the WARC record is truncated: the file ends inside it"
    return RawRecord(
        input_path, "warc", number, payload,
        url=headers.get_header("WARC-Target-URI") or "",
        published_at=headers.get_header("WARC-Date") or "",
        error=error,
    )


def _not_an_html_response(record) -> str:
    """Why the record is not an HTML page to read ("" when it is one)."""
    if record.rec_type != "response":
        return f"a {record.rec_type} record"
    if record.http_headers is None:
        return "a response without HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"an HTTP {status or 'unknown'} response"
    content_type = (record.http_headers.get_header("Content-Type")
                    or record.rec_headers.get_header("WARC-Identified-Payload-Type") or "")
    if not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return f"a {content_type or 'untyped'} response"
    return ""


def _truncated(record) -> bool:
    # The record's block is read through a reader limited to its Content-Length: what is left of
    # that limit once the block is read to its end is missing from the file.
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) > 0
