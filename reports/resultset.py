"""A run's output folder as one result set: published whole or not at all.

Every file of a set is first written into a staging folder inside the output
folder (``DIR/.staging-<id>/``). When all of them are written, the staging
folder receives ``manifest.json`` (each file's size and SHA-256): from that
moment the new set is committed. The files are then renamed into ``DIR``
(renames within one file system are atomic and need no space), the manifest
last. A crash before the manifest leaves the old set untouched and an
incomplete staging folder, deleted by the next writer; a crash after it is
rolled forward by the next command that opens the folder. Readers check the
files they use against ``manifest.json`` and refuse a set whose parts
disagree, naming them.

One process writes a folder at a time: writers hold an exclusive lock on
``DIR/.readerstance.lock`` (``flock``, released by the kernel when the
process dies, so a killed run never leaves a stale lock).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reports.errors import ReportError

MANIFEST = "manifest.json"
LOCK_FILE = ".readerstance.lock"
STAGING_PREFIX = ".staging-"
MANIFEST_VERSION = 1

Writer = Callable[[Path], object]


class FolderBusyError(ReportError):
    """Another process is writing the output folder."""


class MixedSetError(ReportError):
    """The files of an output folder come from different runs (or were changed)."""


_held: dict[str, list] = {}  # real path of a lock file -> [open file, depth]: the lock is re-entrant per process


@contextmanager
def locked(out_dir) -> Iterator[None]:
    """Hold the output folder's writer lock (created with the folder if needed).

    Raises FolderBusyError at once when another process holds it.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(out_dir / LOCK_FILE)
    if key in _held:
        _held[key][1] += 1
        try:
            yield
        finally:
            _held[key][1] -= 1
        return
    handle = open(key, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise FolderBusyError(f"{out_dir} is being written by another readerstance run ({holder}); "
                              "wait for it to finish, or write to another --out folder") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}, since {_now()}\n")
    handle.flush()
    _held[key] = [handle, 1]
    try:
        yield
    finally:
        del _held[key]
        handle.close()  # releases the lock


def publish(out_dir, writers: dict[str, Writer], keep: Iterable[str] = ()) -> list[Path]:
    """Write `writers` (file name -> function writing that file at a given path)
    as one new set in `out_dir`, together with the files named in `keep`,
    which carry over unchanged from the current set. Returns the paths
    written, in the order of `writers`.

    Raises FolderBusyError when another process writes the folder,
    MixedSetError when a kept file no longer matches the current manifest,
    and OSError (disk full, permissions) with the current set untouched.
    """
    out_dir = Path(out_dir)
    with locked(out_dir):
        recover(out_dir)
        entries = _kept_entries(out_dir, keep)
        set_id = uuid.uuid4().hex[:12]
        staging = out_dir / f"{STAGING_PREFIX}{set_id}"
        staging.mkdir()
        try:
            for name, writer in writers.items():
                writer(staging / name)
                entries[name] = _entry(staging / name)
                _fsync(staging / name)
            manifest = {"version": MANIFEST_VERSION, "set": set_id, "created_at": _now(),
                        "files": dict(sorted(entries.items()))}
            temp = staging / f".{MANIFEST}.tmp"
            temp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
            _fsync(temp)
            os.replace(temp, staging / MANIFEST)  # the commit point
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _move_in(out_dir, staging)
    return [out_dir / name for name in writers]


def recover(out_dir) -> None:
    """Finish a publication that was interrupted after its commit point, drop
    ones interrupted before it, and delete stale temporary files. The caller
    holds the lock."""
    out_dir = Path(out_dir)
    for staging in sorted(out_dir.glob(f"{STAGING_PREFIX}*")):
        if (staging / MANIFEST).is_file():
            _move_in(out_dir, staging)
        else:
            shutil.rmtree(staging, ignore_errors=True)
    for temp in out_dir.glob(".*.tmp"):
        temp.unlink(missing_ok=True)


def verify(out_dir, names: Iterable[str]) -> dict | None:
    """Check the files `names` of `out_dir` against its manifest; return the
    manifest, or None for a folder written before manifests existed.

    A publication interrupted after its commit point is finished first.
    Raises MixedSetError naming each file that is missing or differs from
    the manifest, FolderBusyError when it cannot be finished because another
    run holds the folder.
    """
    out_dir = Path(out_dir)
    if any((s / MANIFEST).is_file() for s in out_dir.glob(f"{STAGING_PREFIX}*")):
        try:
            with locked(out_dir):
                recover(out_dir)
        except OSError as error:
            raise MixedSetError(f"{out_dir}: a run was interrupted while publishing its results and the folder "
                                f"cannot be repaired ({error}); run `readerstance run` again") from None
    manifest = read_manifest(out_dir)
    if manifest is None:
        return None
    files = manifest.get("files", {})
    bad = []
    for name in names:
        path = out_dir / name
        if name not in files:
            bad.append(f"{name} (not in the set)")
        elif not path.is_file():
            bad.append(f"{name} (missing)")
        elif _entry(path) != files[name]:
            bad.append(f"{name} (changed since the set was written)")
    if bad:
        raise MixedSetError(f"{out_dir} holds a mixed or damaged result set: {', '.join(bad)} "
                            f"do not match {MANIFEST}; run `readerstance run` again to write a whole set")
    return manifest


def read_manifest(out_dir) -> dict | None:
    path = Path(out_dir) / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise MixedSetError(f"cannot read {path}: {error}; run `readerstance run` again") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise MixedSetError(f"{path} is not a readerstance manifest; run `readerstance run` again")
    return manifest


def _kept_entries(out_dir: Path, keep: Iterable[str]) -> dict:
    keep = list(keep)
    if not keep:
        return {}
    manifest = verify(out_dir, keep)
    if manifest is None:  # a folder from before manifests: hash the files as they are
        return {name: _entry(out_dir / name) for name in keep}
    return {name: manifest["files"][name] for name in keep}


def _move_in(out_dir: Path, staging: Path) -> None:
    names = [p.name for p in staging.iterdir() if p.name != MANIFEST and not p.name.endswith(".tmp")]
    for name in sorted(names):
        os.replace(staging / name, out_dir / name)
    os.replace(staging / MANIFEST, out_dir / MANIFEST)
    _fsync(out_dir)
    shutil.rmtree(staging, ignore_errors=True)


def _entry(path: Path) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"bytes": path.stat().st_size, "sha256": digest.hexdigest()}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
