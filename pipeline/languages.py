"""The languages a config may name, Beam-free: the codes the language-identification model
(py3langid, offline, its model shipped in the package) knows, and the default, the language the
extraction rules read. The config checks its codes here; the readers' check of each article
(`pipeline.sources.language`) uses the same model."""

from __future__ import annotations

import functools
import os
import pickle
from pathlib import Path

from pipeline.cache import cache_folder, python_tag

DEFAULT_LANGUAGES = ("en",)  # what the extraction rules read
NOT_A_LANGUAGE = frozenset({"zxx", "und"})  # "no linguistic content", "undetermined"


@functools.cache
def identifier():
    """py3langid's identifier with normalised probabilities, loaded once per process."""
    return load_identifier()


def load_identifier():
    """py3langid's identifier, from this machine's cache of it (`identifier_cache_path`: about
    0.15 s of CPU to read) when there is one, else from the package's model (LZMA-compressed:
    about 0.5 s to decompress), then cached; a cache that cannot be read is made again, one that
    cannot be written is skipped."""
    path = identifier_cache_path()
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, cut short or of another library version: made again
        pass
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    loaded = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # then renamed: readers never see half a file
        temporary.write_bytes(pickle.dumps(loaded, protocol=5))
        os.replace(temporary, path)
        for old in path.parent.glob("py3langid-*.pickle"):  # of another library or Python
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return loaded


def identifier_cache_path() -> Path:
    """Where the identifier is cached: beside the GeoNames index ($EVENTS_PIPELINE_CACHE, else
    $XDG_CACHE_HOME/events-pipeline, else ~/.cache/events-pipeline), in a file named after the
    versions of py3langid, NumPy (its arrays are pickled) and Python."""
    from importlib.metadata import version

    return cache_folder() / f"py3langid-{version('py3langid')}-numpy{version('numpy')}-{python_tag()}.pickle"


def known_languages() -> frozenset[str]:
    """The language codes the model knows (ISO 639-1 where there is one: "en", "fr", "zh", ...)."""
    return frozenset(identifier().labels) - NOT_A_LANGUAGE
