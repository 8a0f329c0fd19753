"""The launcher's file operations, all through Beam's `FileSystems`: the same calls for a local
folder and for an object store (gs://, s3://), which has no directories and no appends."""

from __future__ import annotations

from apache_beam.io.filesystem import BeamIOError, CompressionTypes
from apache_beam.io.filesystems import FileSystems


def list_files(pattern: str) -> list[str]:
    """The paths matching a pattern, sorted; none when nothing matches."""
    try:
        return sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except BeamIOError:
        return []


def has_directories(path: str) -> bool:
    """Whether the filesystem of `path` has real directories (a local disk) or only names (an
    object store)."""
    return FileSystems.get_filesystem(path).has_dirs()


def read_bytes(path: str) -> bytes:
    """A file's bytes; b"" when there is no such file."""
    if not FileSystems.exists(path):
        return b""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        return stream.read()


def write_bytes(path: str, body: bytes, mime_type: str = "application/octet-stream") -> None:
    """Write a whole file atomically: a reader sees the old content or the new, never half. On a
    disk, to a temporary name beside it, then renamed over it; on an object store an object
    appears whole when its upload completes, so it is written in place (one create, where a
    rename would be a copy and a delete)."""
    if not has_directories(path):
        _create(path, body, mime_type)
        return
    folder, name = path.rsplit("/", 1)
    temporary = f"{folder}/.{name}.tmp"
    _create(temporary, body, mime_type)
    FileSystems.rename([temporary], [path])


def _create(path: str, body: bytes, mime_type: str) -> None:
    with FileSystems.create(path, mime_type=mime_type, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        stream.write(body)


def delete(paths: list[str]) -> None:
    """Delete the files (and, on a local disk, directories) that exist of `paths`."""
    existing = [path for path in paths if FileSystems.exists(path)]
    if existing:
        FileSystems.delete(existing)
