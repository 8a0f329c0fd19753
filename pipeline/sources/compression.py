"""Compressed inputs, decompressed strictly: a file that ends before its compressed stream does
(a cut download, a truncated gzip) is an error, not a shorter file.

Beam's own decompression (`CompressionTypes.AUTO`, apache-beam 2.77) stops silently at a
truncated end, which would lose the rest of the file without a word; so `ReadArticles` opens
files raw and decompresses them here. Gzip files of several members (as `cat a.gz b.gz` makes,
and as WARC.gz files are: one member per record) are read whole.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from typing import BinaryIO, Callable

import zstandard  # a dependency of apache-beam

from pipeline.sources.raw import InvalidArticle

_CHUNK = 1 << 16  # compressed bytes read at a time
_OUTPUT_CHUNK = 1 << 20  # decompressed bytes made at a time: a small bomb cannot fill the memory


class DamagedInput(InvalidArticle):
    """A compressed file that is truncated or corrupt."""


class _ZlibMember:
    """zlib's decompressor with the interface of bz2's and lzma's (`needs_input`)."""

    def __init__(self, wbits: int):
        self._decompressor = zlib.decompressobj(wbits)

    def decompress(self, data: bytes, max_length: int) -> bytes:
        return self._decompressor.decompress(self._decompressor.unconsumed_tail + data, max_length)

    @property
    def needs_input(self) -> bool:
        return not self._decompressor.unconsumed_tail

    @property
    def eof(self) -> bool:
        return self._decompressor.eof

    @property
    def unused_data(self) -> bytes:
        return self._decompressor.unused_data


class _ZstdMember:
    """zstandard's decompressor (which has no output limit) fed in slices small enough that one
    slice makes at most a few megabytes (a zstd block header stands for up to 128 KiB)."""

    _SLICE = 64

    def __init__(self):
        self._decompressor = zstandard.ZstdDecompressor().decompressobj()
        self._pending = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        self._pending += data
        output = bytearray()
        while self._pending and len(output) < max_length and not self._decompressor.eof:
            piece, self._pending = self._pending[: self._SLICE], self._pending[self._SLICE:]
            output += self._decompressor.decompress(piece)
        return bytes(output)

    @property
    def needs_input(self) -> bool:
        return not self._pending or self._decompressor.eof

    @property
    def eof(self) -> bool:
        return self._decompressor.eof

    @property
    def unused_data(self) -> bytes:
        return self._decompressor.unused_data + self._pending


# suffix -> (name, a new decompressor for one member of the stream)
_DECOMPRESSORS: dict[str, tuple[str, Callable]] = {
    ".gz": ("gzip", lambda: _ZlibMember(16 + zlib.MAX_WBITS)),
    ".bz2": ("bzip2", bz2.BZ2Decompressor),
    ".xz": ("xz", lzma.LZMADecompressor),
    ".lzma": ("lzma", lzma.LZMADecompressor),
    ".zst": ("zstandard", _ZstdMember),
    ".deflate": ("deflate", lambda: _ZlibMember(zlib.MAX_WBITS)),
}
COMPRESSION_SUFFIXES = tuple(_DECOMPRESSORS)
_LIBRARY_ERRORS = (zlib.error, OSError, EOFError, lzma.LZMAError, zstandard.ZstdError, ValueError)


def compression_suffix(path: str) -> str | None:
    """The compression suffix of a path (".gz", ...), or None for an uncompressed file."""
    lowered = path.lower()
    return next((suffix for suffix in COMPRESSION_SUFFIXES if lowered.endswith(suffix)), None)


def open_decompressed(path: str, raw: BinaryIO) -> BinaryIO:
    """The decompressed stream of a file's raw bytes, by the path's suffix (the raw stream itself
    when the path has no compression suffix).

    A damaged file (truncated, corrupt) gives every byte before the damage, and then raises
    `DamagedInput` on the next read: records before a cut are read, and the cut is reported.

    >>> import gzip, io
    >>> open_decompressed("a.jsonl.gz", io.BytesIO(gzip.compress(b"x"))).read()
    b'x'
    """
    suffix = compression_suffix(path)
    if suffix is None:
        return raw
    name, new_decompressor = _DECOMPRESSORS[suffix]
    return _DecompressedStream(raw, name, new_decompressor)


class _DecompressedStream(io.RawIOBase):
    """read() and readline() over the decompressed members of a raw stream, one after another."""

    def __init__(self, raw: BinaryIO, name: str, new_decompressor: Callable):
        super().__init__()
        self._raw = raw
        self._name = name
        self._new_decompressor = new_decompressor
        self._decompressor = None  # None between members
        self._buffer = bytearray()  # decompressed, not yet read
        self._unread = b""  # compressed input left over after a member ended
        self._members = 0
        self._ended = False
        self._damage: DamagedInput | None = None  # raised once the bytes before it are read

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        while (size is None or size < 0 or len(self._buffer) < size) and self._fill():
            pass
        return self._take(len(self._buffer) if size is None or size < 0 else size)

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        searched = 0
        while True:
            end = self._buffer.find(b"\n", searched)
            if end >= 0:
                wanted = end + 1
                break
            searched = len(self._buffer)
            if size is not None and 0 <= size <= len(self._buffer) or not self._fill():
                wanted = len(self._buffer)
                break
        return self._take(wanted if size is None or size < 0 else min(wanted, size))

    def _take(self, size: int) -> bytes:
        if not self._buffer and self._damage is not None:
            raise self._damage
        data = bytes(self._buffer[:size])
        del self._buffer[:size]  # cheap: a bytearray drops its head without moving the rest
        return data

    def _fill(self) -> bool:
        """Decompress more into the buffer; False at the end of the stream (or at damage)."""
        while not self._ended:
            data = b""
            if self._decompressor is None or self._decompressor.needs_input:
                data = self._unread or self._raw.read(_CHUNK)
                self._unread = b""
                if not data:
                    self._end_of_input()
                    return False
                if self._decompressor is None:
                    if self._members and not data.strip(b"\x00"):  # zero padding after the last member
                        self._ended = True
                        return False
                    self._decompressor = self._new_decompressor()
                    self._members += 1
            try:
                output = self._decompressor.decompress(data, _OUTPUT_CHUNK)
            except _LIBRARY_ERRORS as error:
                return self._damaged(f"not valid {self._name} data: {error}")
            if self._decompressor.eof:
                self._unread = self._decompressor.unused_data
                self._decompressor = None
            if output:
                self._buffer += output
                return True
        return False

    def _end_of_input(self) -> None:
        if self._decompressor is not None:
            self._damaged(f"truncated {self._name} file: it ends before its compressed stream does")
        elif self._members == 0:
            self._damaged(f"empty {self._name} file: no compressed stream in it")
        self._ended = True

    def _damaged(self, message: str) -> bool:
        self._damage = DamagedInput(message)
        self._ended = True
        return False
