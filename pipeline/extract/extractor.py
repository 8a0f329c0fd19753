"""Extraction: `EventExtractor.extract(article) -> list[EventMention]` (placeholder)."""
from __future__ import annotations

from pipeline.records import Article, EventMention


class EventExtractor:
    @classmethod
    def load(cls) -> "EventExtractor":
        return cls()

    def extract(self, article: Article) -> list[EventMention]:
        return []
