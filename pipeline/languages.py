"""The languages a config may name, Beam-free: the codes the language-identification model
(py3langid, offline, its model shipped in the package) knows, and the default, the language the
extraction rules read. The config checks its codes here; the readers' check of each article
(`pipeline.sources.language`) uses the same model."""

from __future__ import annotations

import functools

DEFAULT_LANGUAGES = ("en",)  # what the extraction rules read
NOT_A_LANGUAGE = frozenset({"zxx", "und"})  # "no linguistic content", "undetermined"


@functools.cache
def identifier():
    """py3langid's identifier with normalised probabilities, loaded once per process (about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def known_languages() -> frozenset[str]:
    """The language codes the model knows (ISO 639-1 where there is one: "en", "fr", "zh", ...)."""
    return frozenset(identifier().labels) - NOT_A_LANGUAGE
