"""One run at a time per output and ingest date: a lock file, OUT/_runs/ingest_date=D/_lock,
created exclusively, holding its owner (run id, user, host, pid, start time) as JSON.

On a local disk the file is created exclusively (a hard link, which fails when the name exists,
as O_EXCL does): of two runs that start together exactly one gets it. Beam's FileSystems offer no exclusive create on an object store (GCS and S3 can, with
preconditions FileSystems does not expose): there the lock is written after checking that it is
absent, then read back, which shuts out a run started seconds later but not one started in the
same instant.

A lock is stale, and taken over, when its owner is a process of this host that is no longer
alive, or when it is older than `output.lock_expiry_hours` (a launcher on another host died).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import os
import socket

from pipeline.config import ConfigError
from pipeline.run import storage


class OutputLocked(ConfigError):
    """Another run of the same output and ingest date holds the lock: a user error (one line,
    exit code 2), as running the same thing twice is."""


@dataclasses.dataclass(frozen=True)
class LockOwner:
    run_id: str
    user: str
    host: str
    pid: int
    started: str  # ISO 8601, UTC

    @classmethod
    def this_process(cls, run_id: str) -> LockOwner:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # a container's uid with no name
            user = str(os.getuid())
        return cls(run_id, user, socket.gethostname(), os.getpid(),
                   dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))

    def describe(self) -> str:
        return f"run {self.run_id} (pid {self.pid} on {self.host}, user {self.user}, since {self.started})"

    def is_stale(self, expiry_hours: float, now: dt.datetime | None = None) -> bool:
        now = now or dt.datetime.now(dt.timezone.utc)
        if now - dt.datetime.fromisoformat(self.started) > dt.timedelta(hours=expiry_hours):
            return True
        return self.host == socket.gethostname() and not _alive(self.pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _read_owner(path: str) -> LockOwner | None:
    """The lock's owner; None when there is no lock, or one torn by a kill while it was written."""
    try:
        return LockOwner(**json.loads(storage.read_bytes(path)))
    except (ValueError, TypeError):
        return None


def acquire(path: str, run_id: str, expiry_hours: float) -> LockOwner:
    """Take the lock at `path` for this process; `OutputLocked` (saying who holds it) when a live
    run does. A stale lock (or a torn one) is replaced."""
    owner = LockOwner.this_process(run_id)
    body = json.dumps(dataclasses.asdict(owner)).encode("utf-8")
    for _ in range(2):  # a second try after removing a stale lock
        if _create_exclusively(path, body):
            return owner
        holder = _read_owner(path)
        if holder is not None and not holder.is_stale(expiry_hours):
            raise OutputLocked(f"another run is writing this output and ingest date: {holder.describe()}; "
                               f"if it is dead, delete {path}")
        _remove_stale(path, holder)
    raise OutputLocked(f"another run took the lock {path} first")


def release(path: str, owner: LockOwner) -> None:
    """Remove the lock if this process still holds it."""
    if _read_owner(path) == owner:
        storage.delete([path])


def _create_exclusively(path: str, body: bytes) -> bool:
    if not storage.has_directories(path):
        if storage.list_files(path):
            return False
        storage.write_bytes(path, body, mime_type="application/json")
        return storage.read_bytes(path) == body
    # Written whole under a name of this process's, then linked to the lock's name: a link is
    # created exclusively (as O_EXCL) and the lock is never seen half written.
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "wb") as stream:
        stream.write(body)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:  # a filesystem without hard links: O_EXCL, written after the create
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(body)
    finally:
        os.remove(temporary)
    return True


def _remove_stale(path: str, holder: LockOwner | None) -> None:
    # On a disk the stale lock is first renamed aside (one rename wins), so that of two runs that
    # both judged it stale, the slower does not delete the lock the faster has just taken.
    if not storage.has_directories(path):
        storage.delete([path])
        return
    aside = f"{path}.stale.{os.getpid()}"
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    if _read_owner(aside) != holder:  # not the lock judged stale: a live run's, put it back
        try:
            os.link(aside, path)
        except FileExistsError:
            pass
    os.remove(aside)
