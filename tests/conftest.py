import pytest


@pytest.fixture(scope="session")
def extractor():
    """The extractor, built once for the whole session (gazetteer and patterns)."""
    from pipeline.extract.extractor import EventExtractor

    return EventExtractor.load()
