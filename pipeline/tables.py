"""The four output tables, Beam-free: their names, their Avro schemas (`schemas/*.avsc`, read
once at launch and passed to the sinks) and the rows that are not pipeline records of their own
(an article's row, a dead letter)."""

from __future__ import annotations

import io
import json
import re
import traceback
from pathlib import Path

import fastavro
import fastavro._read
import fastavro._write
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.records import Article, ArticleRecord, DeadLetter, escape_surrogates


def _schema_dir() -> Path:
    # An installed package (a Dataflow worker, a worker image) carries the schemas as
    # pipeline/schemas/ (setup.py copies them in); a source checkout has them at the top, schemas/.
    packaged = Path(__file__).resolve().parent / "schemas"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[1] / "schemas"


SCHEMA_DIR = _schema_dir()
TABLES = ("events", "mentions", "articles", "dead_letters")
_SCHEMA_FILE = {"events": "event", "mentions": "mention", "articles": "article", "dead_letters": "dead_letter"}
PAYLOAD_LIMIT = 10_000  # characters of a rejected input kept in its dead letter
STACK_FRAMES = 5  # the innermost frames of where a dead letter's error was raised


def load_schemas(schema_dir: Path = SCHEMA_DIR) -> dict[str, dict]:
    """Each table's Avro schema as parsed JSON, checked by fastavro; read once at launch."""
    schemas = {}
    for table, name in _SCHEMA_FILE.items():
        path = schema_dir / f"{name}.avsc"
        schema = json.loads(path.read_text(encoding="utf-8"))
        fastavro.parse_schema(schema)  # raises on an invalid schema, before any graph is built
        schemas[table] = schema
    return schemas


def _deflate_with_isal() -> None:
    """fastavro's deflate blocks compressed and inflated by ISA-L (python-isal) instead of zlib:
    the same format (raw deflate streams, which any reader inflates), a little smaller than zlib's
    at level 1 and about 8 times as fast to compress (64 KB of article texts: 0.26 against 2.05
    ms), a third faster to read. fastavro takes a file's block functions from these tables by
    codec name; they are its modules' own, so this is a no-op should they change, or without isal."""
    try:
        from isal import isal_zlib
    except ImportError:
        return
    writers = getattr(fastavro._write, "BLOCK_WRITERS", None)
    readers = getattr(fastavro._read, "BLOCK_READERS", None)
    if not (isinstance(writers, dict) and isinstance(readers, dict) and "deflate" in writers and "deflate" in readers):
        return

    def write_block(stream, block: bytes, level: int | None) -> None:
        # as fastavro's own: the compressed size (an Avro long: zig-zag, 7 bits a byte), then the bytes
        level = isal_zlib.ISAL_DEFAULT_COMPRESSION if level is None else min(max(level, 0), isal_zlib.ISAL_BEST_COMPRESSION)
        data = isal_zlib.compress(block, level, wbits=-15)
        size, header = len(data) << 1, bytearray()
        while size > 0x7F:
            header.append(size & 0x7F | 0x80)
            size >>= 7
        header.append(size)
        stream.write(header)
        stream.write(data)

    def read_block(stream) -> io.BytesIO:
        byte = stream.read(1)[0]
        size, shift = byte & 0x7F, 7
        while byte & 0x80:
            byte = stream.read(1)[0]
            size |= (byte & 0x7F) << shift
            shift += 7
        return io.BytesIO(isal_zlib.decompress(stream.read(size >> 1), wbits=-15))  # a size is never negative

    writers["deflate"], readers["deflate"] = write_block, read_block


_deflate_with_isal()


def schema_fingerprint(schema: dict) -> str:
    """CRC-64-AVRO fingerprint of the schema's Parsing Canonical Form, as hex."""
    return fingerprint(to_parsing_canonical_form(fastavro.parse_schema(schema)), "CRC-64-AVRO")


def dead_letter(stage: str, error: Exception, input_path: str, payload: bytes | str) -> DeadLetter:
    """The dead letter of an input rejected at `stage`: the error's type and message, where the
    input came from, its first `PAYLOAD_LIMIT` characters, and where the error was raised (when
    it was). Every string is made one an Avro file can hold (a file name that is not UTF-8)."""
    if isinstance(payload, bytes):
        payload = payload[: 4 * PAYLOAD_LIMIT].decode("utf-8", errors="replace")
    return DeadLetter(
        stage=stage,
        error_type=type(error).__name__,
        message=escape_surrogates(str(error))[:PAYLOAD_LIMIT],
        input_path=escape_surrogates(input_path),
        payload=escape_surrogates(payload[:PAYLOAD_LIMIT]),
        stack=short_stack(error),
    )


def dead_letter_reason(letter: dict) -> str:
    """What a dead letter's message says without its particulars, so that letters of one cause
    group together: "parse: not valid JSON" for "not valid JSON: Expecting value: line 1 ..."."""
    message = letter["message"].split(": ", 1)[0]
    message = re.sub(r"'[^']*'|\"[^\"]*\"", "…", message)
    message = re.sub(r"\b0x[0-9a-f]+\b|\d[\d,.]*", "N", message, flags=re.IGNORECASE)
    message = re.sub(r" \(.*", "", message)
    return f"{letter['stage']}: {message}"


def short_stack(error: BaseException) -> str | None:
    """The innermost `STACK_FRAMES` frames an error was raised through, one a line as
    "file.py:line function" (file names without their folders: the same on every machine);
    None for an error never raised."""
    frames = traceback.extract_tb(error.__traceback__)[-STACK_FRAMES:]
    return "\n".join(f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in frames) or None


def article_record(article: Article, num_events: int) -> ArticleRecord:
    """An article's row of the `articles` table."""
    return ArticleRecord(
        article_id=article.article_id,
        url=article.url or None,
        title=article.title or None,
        published_at=article.published_at,
        source=article.source or None,
        input_path=article.input_path,
        content_hash=article.content_hash,
        text=article.text,
        num_events=num_events,
    )
