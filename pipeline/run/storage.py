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
    """Write a whole file: to a temporary name beside it, then renamed over it, so a reader never
    sees half of it."""
    temporary = path.rsplit("/", 1)
    temporary = f"{temporary[0]}/.{temporary[1]}.tmp" if len(temporary) == 2 else f".{path}.tmp"
    with FileSystems.create(temporary, mime_type=mime_type,
                            compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        stream.write(body)
    FileSystems.rename([temporary], [path])


def delete(paths: list[str]) -> None:
    """Delete the files (and, on a local disk, directories) that exist of `paths`."""
    existing = [path for path in paths if FileSystems.exists(path)]
    if existing:
        FileSystems.delete(existing)
