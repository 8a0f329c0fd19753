"""The language of an article, identified offline with py3langid (langid.py's model, shipped in
the package), so that articles in other languages than the extractor reads become dead letters
instead of garbage events.

Only a confident call rejects an article: the model must give the accepted languages together
less than a 1 in 1,000 chance. A text too short to tell (a headline, "Body.") or one the model
is unsure of passes, since losing an English article is worse than reading a foreign one in
which the English rules find nothing. (Measured on the 2,400 sentences of the Wikinews corpus:
the only English-language ones below that line are quotations in Spanish and French.)
"""

from __future__ import annotations

from typing import Sequence

from pipeline.languages import NOT_A_LANGUAGE, identifier
from pipeline.records import Article
from pipeline.sources.raw import InvalidArticle

MIN_LETTERS = 20  # fewer letters than this: too short to tell
MAX_ACCEPTED_PROBABILITY = 0.001  # the accepted languages' summed probability below which to reject
SAMPLE_CHARS = 10_000  # enough to tell; a megabyte takes no longer to check than a page


class UnsupportedLanguage(InvalidArticle):
    """The article is (confidently) in a language the config does not accept."""


def load_model() -> None:
    """Load the model now (about a second, once per process) rather than on the first article."""
    identifier()


def _has_letters(text: str, count: int) -> bool:
    """Whether the text holds at least `count` letters; stops as soon as it does."""
    for character in text:
        if character.isalpha():
            count -= 1
            if count == 0:
                return True
    return False


def language_probabilities(text: str) -> dict[str, float] | None:
    """Each language's probability (py3langid, normalised to sum to 1) for a text, or None when
    it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    return dict(identifier().rank(sample))


def identify_language(text: str) -> tuple[str, float] | None:
    """(the likeliest language's code, its probability) for a text, or None when it is too short
    to tell.

    >>> identify_language("Le président s'est entretenu au téléphone avec son homologue mardi.")[0]
    'fr'
    """
    probabilities = language_probabilities(text)
    if probabilities is None:
        return None
    return max(probabilities.items(), key=lambda item: item[1])


def check_language(article: Article, accepted: Sequence[str]) -> None:
    """Raise `UnsupportedLanguage` when the article is confidently in none of the `accepted`
    languages; an empty `accepted` accepts every language."""
    if not accepted:
        return
    probabilities = language_probabilities(article.text)
    if probabilities is None:
        return
    language, probability = max(probabilities.items(), key=lambda item: item[1])
    if language in NOT_A_LANGUAGE:
        return
    if sum(probabilities.get(code, 0.0) for code in accepted) >= MAX_ACCEPTED_PROBABILITY:
        return
    raise UnsupportedLanguage(
        f"the article is in language {language!r} (py3langid, probability {probability:.2f}); "
        f"accepted: {', '.join(accepted)} (config extraction.languages)"
    )
