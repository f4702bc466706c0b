"""Reading page files from disk and streaming them through the splitter."""
from __future__ import annotations

import errno
import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import PageError
from .metadata import Metadata
from .records import Page
from .splitter import split_text

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_PATTERN = "*.txt"


@dataclass(frozen=True)
class SplitSettings:
    """Settings for reading pages; one object built once (by the CLI) and passed down."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Files larger than this are refused (PageError), not read."""
    pattern: str = DEFAULT_PATTERN
    """File-name pattern used when a folder is given (files given by name are always read)."""

    def __post_init__(self) -> None:
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be a positive number of bytes, got {self.max_bytes!r}")
        if not self.pattern:
            raise ValueError("pattern must be a non-empty file-name pattern such as '*.txt'")


def iter_paths(paths: Iterable[str | Path], pattern: str = DEFAULT_PATTERN) -> Iterator[str | PageError]:
    """Yield page file paths (str) in order: each argument in the order given; a
    folder is walked depth-first with entries sorted by name, yielding files
    matching `pattern`. Yields (never raises) a PageError for a missing path,
    an unlistable folder or a folder with no matching file."""
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            found = False
            for item in _walk(path, pattern):
                if isinstance(item, str):
                    found = True
                yield item
            if not found:
                yield PageError(path, f"folder holds no files matching {pattern!r}")
        elif os.path.lexists(path):
            yield path
        else:
            yield PageError(path, "no such file or folder")


def _walk(folder: str, pattern: str) -> Iterator[str | PageError]:
    # One folder listing at a time, as plain strings: memory follows the largest
    # folder, not the corpus (pathlib would intern every file name it parses).
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in it)
    except OSError as exc:
        yield PageError(folder, f"cannot list folder: {exc.strerror or exc}")
        return
    for name, is_dir in entries:
        child = os.path.join(folder, name)
        if is_dir:
            yield from _walk(child, pattern)
        elif fnmatch.fnmatchcase(name, pattern) and os.path.isfile(child):
            yield child


def read_page_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, tuple[str, ...]]:
    """Return (text, warnings) of a page file: UTF-8 first, then cp1252 with a warning.

    Raises PageError for a missing, unreadable, oversized, empty or binary
    (NUL bytes) file, or bytes that are neither UTF-8 nor cp1252.
    """
    where = str(path)
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise PageError(where, "is a folder, not a page file")
        if size > max_bytes:
            raise PageError(
                where,
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise it with --max-bytes / SplitSettings.max_bytes)",
            )
        with open(path, "rb") as handle:
            # read(n) allocates n bytes up front: ask for the file's size, not the limit
            data = handle.read(size + 1)
    except PageError:
        raise
    except OSError as exc:
        raise PageError(where, _os_problem(exc)) from None
    if len(data) > max_bytes:  # the file grew after stat()
        raise PageError(where, f"file grew past the {max_bytes:,}-byte limit while being read")
    if not data.strip():
        raise PageError(where, "file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise PageError(where, f"binary file (NUL byte at offset {nul}), not a text page")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise PageError(
            where, f"text is neither UTF-8 ({bad}) nor cp1252 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text, (f"not valid UTF-8 ({bad}); decoded as cp1252",)


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


def split_file(
    path: str | Path, metadata: Metadata | None = None, settings: SplitSettings | None = None
) -> Page:
    """Read and split one page file. Raises PageError (see `read_page_text`)."""
    settings = settings or SplitSettings()
    text, read_warnings = read_page_text(path, settings.max_bytes)
    meta = metadata.lookup(path) if metadata is not None else None
    page = split_text(text, os.fspath(path), meta=meta)
    if read_warnings:
        page = replace(page, warnings=read_warnings + page.warnings)
    return page


def iter_pages(
    paths: Iterable[str | Path], metadata: Metadata | None = None, settings: SplitSettings | None = None
) -> Iterator[Page | PageError]:
    """Yield one `Page` per page file, or a `PageError` for a file that failed,
    in the order of `iter_paths`. A generator: one page is in memory at a time.

    doc_ids are unique within one call: a page whose file stem was already
    used (``dawn/2012/page.txt`` after ``tribune/2012/page.txt``) gets its
    path without the extension instead, and a file given twice gets ``#2``.
    """
    settings = settings or SplitSettings()
    seen: set[str] = set()
    for item in iter_paths(paths, settings.pattern):
        if isinstance(item, PageError):
            yield item
            continue
        try:
            page = split_file(item, metadata, settings)
        except PageError as exc:
            yield exc
            continue
        doc_id = _unique_doc_id(page.article.doc_id, item, seen)
        if doc_id != page.article.doc_id:
            page = replace(page, article=replace(page.article, doc_id=doc_id))
        yield page


def _unique_doc_id(doc_id: str, path: str, seen: set[str]) -> str:
    if doc_id in seen:
        doc_id = os.path.splitext(path)[0].replace("\\", "/")
    base, n = doc_id, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{base}#{n}"
    seen.add(doc_id)
    return doc_id
