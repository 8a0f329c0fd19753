"""The four output tables, Beam-free: their names, their Avro schemas (`schemas/*.avsc`, read
once at launch and passed to the sinks) and the rows that are not pipeline records of their own
(an article's row, a dead letter)."""

from __future__ import annotations

import json
import re
import traceback
from pathlib import Path

import fastavro
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
