"""A fake object store for tests, registered with Beam's FileSystems under the scheme
`fakestore://`: objects in memory by name, no directories, whole-object writes, as on GCS or S3.
It lives in the test process, so pipelines that use it must run in that process (FnApiRunner,
in memory)."""

from __future__ import annotations

import io

from apache_beam.io.filesystem import BeamIOError, CompressedFile, CompressionTypes, FileMetadata, FileSystem

SCHEME = "fakestore"


class _Object(io.BytesIO):
    def __init__(self, store: dict[str, bytes], path: str):
        super().__init__()
        self._store, self._path = store, path

    def close(self):
        if not self.closed:
            self._store[self._path] = self.getvalue()
        super().close()


class FakeObjectStore(FileSystem):
    objects: dict[str, bytes] = {}  # path -> content, shared by every instance Beam makes

    @classmethod
    def scheme(cls):
        return SCHEME

    def join(self, basepath, *paths):
        return "/".join([basepath.rstrip("/"), *(path.strip("/") for path in paths)])

    def split(self, path):
        head, _, tail = path.rstrip("/").rpartition("/")
        return head, tail

    def mkdirs(self, path):
        pass  # an object store has no directories

    def has_dirs(self):
        return False

    def _list(self, dir_or_prefix):
        for path, content in sorted(self.objects.items()):
            if path.startswith(dir_or_prefix):
                yield FileMetadata(path, len(content), 0.0)

    def _wrap(self, raw, path, compression_type):
        compression_type = FileSystem._get_compression_type(path, compression_type)
        return raw if compression_type == CompressionTypes.UNCOMPRESSED else CompressedFile(raw, compression_type)

    def create(self, path, mime_type="application/octet-stream", compression_type=CompressionTypes.AUTO):
        return self._wrap(_Object(self.objects, path), path, compression_type)

    def open(self, path, mime_type="application/octet-stream", compression_type=CompressionTypes.AUTO):
        if path not in self.objects:
            raise BeamIOError("Open operation failed", {path: FileNotFoundError(path)})
        return self._wrap(io.BytesIO(self.objects[path]), path, compression_type)

    def copy(self, source_file_names, destination_file_names):
        for source, destination in zip(source_file_names, destination_file_names):
            self.objects[destination] = self.objects[source]

    def rename(self, source_file_names, destination_file_names):
        missing = {source: FileNotFoundError(source) for source in source_file_names if source not in self.objects}
        if missing:
            raise BeamIOError("Rename operation failed", missing)
        for source, destination in zip(source_file_names, destination_file_names):
            self.objects[destination] = self.objects.pop(source)

    def exists(self, path):
        return path in self.objects

    def size(self, path):
        return len(self.objects[path])

    def last_updated(self, path):
        return 0.0

    def checksum(self, path):
        return str(hash(self.objects[path]))

    def metadata(self, path):
        return FileMetadata(path, len(self.objects[path]), 0.0)

    def delete(self, paths):
        for path in paths:
            # as GCS: a path ending in "/" deletes everything under it
            doomed = [p for p in self.objects if p.startswith(path)] if path.endswith("/") else [path]
            for name in doomed:
                self.objects.pop(name, None)
