"""Constants and builders the tests share. Every pipeline run in the tests is pinned to a local
runner (FnApiRunner, the DirectRunner's batch engine) so that nothing tries to download Prism."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCAL_RUNNER = "FnApiRunner"
SEED = REPO / "seeds" / "000_4bb400c44a0c140e.txt"
SEED_GOLD = REPO / "eval" / "dev" / "seed.gold.jsonl"


def make_article(text: str, published: str | None = "2025-06-11", article_id: str = "test-1"):
    """An `Article` for extractor tests; `published` as YYYY-MM-DD or None."""
    from pipeline.records import Article

    published_at = (
        dt.datetime.fromisoformat(published).replace(tzinfo=dt.timezone.utc) if published else None
    )
    return Article(article_id=article_id, text=text, published_at=published_at, source="test")


def events_of_type(extractor, text: str, event_type: str, published: str | None = "2025-06-11") -> list:
    """The `EventCore`s of one type the extractor finds in a one-article text."""
    return [m.event for m in extractor.extract(make_article(text, published)) if m.event.event_type == event_type]
