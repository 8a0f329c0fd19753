"""The language of an article, identified offline with py3langid (langid.py's model, shipped in
the package), so that articles in other languages than the extractor reads become dead letters
instead of garbage events.

Only a confident call rejects an article: the model must give the accepted languages together
less than a 1 in 1,000 chance. A text too short to tell (a headline, "Body.") or one the model
is unsure of passes, since losing an English article is worse than reading a foreign one in
which the English rules find nothing. (Measured on the 2,400 sentences of the Wikinews corpus:
the only English-language ones below that line are quotations in Spanish and French.)

Most articles are plainly English, and for them the model (about 1 ms an article, a quarter of
the pipeline's time) is skipped: `plainly_english` is a test that only ever accepts, and only
where the model would too (tests/unit/test_readers.py checks both on every text of the
repository).
"""

from __future__ import annotations

from typing import Sequence

from pipeline.languages import NOT_A_LANGUAGE, identifier
from pipeline.records import Article
from pipeline.sources.raw import InvalidArticle

MIN_LETTERS = 20  # fewer letters than this: too short to tell
MAX_ACCEPTED_PROBABILITY = 0.001  # the accepted languages' summed probability below which to reject
SAMPLE_CHARS = 10_000  # enough to tell; a megabyte takes no longer to check than a page

# English function words that are no word of another common Latin-script language ("in", "on",
# "was", "die", "a", "is" and "to" are), and how much of a text they must make up: about a
# fifth of the words of English news (12% or more in 169 of the 171 Wikinews articles), none of
# French, German or Spanish.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and that with for which from this have has been were their they said would its by "
    "be are will not but after who".encode().split())
_MIN_FUNCTION_WORD_SHARE = 0.12
_MIN_WORDS = 20
_MAX_NON_ASCII_SHARE = 0.02  # curly quotes and dashes, a name's accent: not another script
# Words: runs of a-z in the lower-cased text, one byte a character ("?" past ASCII), at C speed:
# the bytes lower-cased by the table that makes every other byte a space. Only two characters
# past ASCII lower-case to ASCII letters (the Kelvin sign to "k", "İ" to "i" and a dot): a text
# that holds one is lower-cased as a str first.
_LOWER_A_TO_Z = bytes(byte | 0x20 if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256))
_LOWER_CASED_TO_ASCII = ("\u0130", "\u212a")


class UnsupportedLanguage(InvalidArticle):
    """The article is (confidently) in a language the config does not accept."""


def _has_letters(text: str, count: int) -> bool:
    """Whether the text holds at least `count` letters; stops as soon as it does."""
    for character in text:
        if character.isalpha():
            count -= 1
            if count == 0:
                return True
    return False


def plainly_english(text: str) -> bool:
    """Whether the text's sample is plainly English: Latin script (almost all ASCII), with at least
    20 words of which English function words make up 12% or more.

    >>> plainly_english("The minister said that the talks with the union, which broke down in May, would "
    ...                 "resume after the vote, and that the government has no plans for new strikes.")
    True
    """
    sample = text[:SAMPLE_CHARS]
    encoded = sample.encode("ascii", "ignore")
    non_ascii = len(sample) - len(encoded)
    if non_ascii > _MAX_NON_ASCII_SHARE * len(sample):
        return False
    if non_ascii:
        if any(character in sample for character in _LOWER_CASED_TO_ASCII):
            sample = sample.lower()
        encoded = sample.encode("ascii", "replace")
    words = encoded.translate(_LOWER_A_TO_Z).split()
    if len(words) < _MIN_WORDS:
        return False
    return len(list(filter(_ENGLISH_FUNCTION_WORDS.__contains__, words))) >= _MIN_FUNCTION_WORD_SHARE * len(words)


def language_probabilities(text: str) -> dict[str, float] | None:
    """Each language's probability (py3langid, normalised to sum to 1) for a text, or None when
    it is too short to tell. The model is loaded on the first call (about a second, once per
    process): a worker that reads only plainly English articles never loads it."""
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
    if not accepted or ("en" in accepted and plainly_english(article.text)):
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
