"""The four output tables, Beam-free: their names, their Avro schemas (`schemas/*.avsc`, read
once at launch and passed to the sinks) and the rows that are not pipeline records of their own
(an article's row, a dead letter)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import fastavro
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.records import Article, ArticleRecord, DeadLetter


def _schema_dir() -> Path:
    # An installed package (a Dataflow worker, a worker image) carries the schemas as
    # pipeline/schemas/ (setup.py copies them in); a source checkout has them at the top, schemas/.
    packaged = Path(__file__).resolve().parent / "schemas"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[1] / "schemas"


SCHEMA_DIR = _schema_dir()
TABLES = ("events", "mentions", "articles", "dead_letters")
_SCHEMA_FILE = {"events": "event", "mentions": "mention", "articles": "article", "dead_letters": "dead_letter"}
PAYLOAD_LIMIT = 10_000  # characters of a rejected input kept in its dead letter


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
    input came from, and its first `PAYLOAD_LIMIT` characters."""
    if isinstance(payload, bytes):
        payload = payload.decode("utf-8", errors="replace")
    return DeadLetter(
        stage=stage,
        error_type=type(error).__name__,
        message=str(error),
        input_path=input_path,
        payload=payload[:PAYLOAD_LIMIT],
    )


def dead_letter_reason(letter: dict) -> str:
    """What a dead letter's message says without its particulars, so that letters of one cause
    group together: "parse: not valid JSON" for "not valid JSON: Expecting value: line 1 ..."."""
    message = letter["message"].split(": ", 1)[0]
    message = re.sub(r"'[^']*'|\"[^\"]*\"", "…", message)
    message = re.sub(r"\d[\d,.]*", "N", message)
    message = re.sub(r" \(.*", "", message)
    return f"{letter['stage']}: {message}"


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
