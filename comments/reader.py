"""Reading page files from disk and streaming them through the splitter."""
from __future__ import annotations

import codecs
import errno
import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import PageError
from .html import HTML_SUFFIXES, looks_like_html, split_html
from .metadata import Metadata
from .records import Page
from .splitter import split_text

from .defaults import DEFAULT_MAX_BYTES, DEFAULT_PATTERN


@dataclass(frozen=True)
class SplitSettings:
    """Settings for reading pages; one object built once (by the CLI) and passed down."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Files larger than this are refused (PageError), not read."""
    pattern: str = DEFAULT_PATTERN
    """File-name patterns, comma-separated, used when a folder is given (files
    given by name are always read)."""
    case_sensitive: bool = False
    """Match `pattern` case-sensitively ("*.txt" then skips "PAGE.TXT")."""

    def __post_init__(self) -> None:
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be a positive number of bytes, got {self.max_bytes!r}")
        if not self.pattern:
            raise ValueError("pattern must be a non-empty file-name pattern such as '*.txt'")

    def matches(self, name: str) -> bool:
        patterns = [p.strip() for p in self.pattern.split(",") if p.strip()]
        if self.case_sensitive:
            return any(fnmatch.fnmatchcase(name, p) for p in patterns)
        return any(fnmatch.fnmatchcase(name.casefold(), p.casefold()) for p in patterns)


@dataclass
class InputReport:
    """What happened to every path met while resolving the inputs, beside the
    pages read: files skipped, duplicates read once, folder loops not followed.
    `iter_paths` fills one as it walks; each list holds (path, why) pairs with
    printable paths."""

    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"skipped": [{"path": p, "reason": r} for p, r in self.skipped],
                "duplicates": [{"path": p, "same_as": r} for p, r in self.duplicates]}


def printable(path: str | bytes | os.PathLike) -> str:
    """`path` as text that can always be printed and stored in JSON: bytes of a
    file name that are not UTF-8 (kept by Python as lone surrogates) become
    %XX escapes, so ``caf\\xe9.txt`` in Latin-1 reads ``caf%E9.txt``."""
    return os.fsencode(path).decode("utf-8", "readerstance-percent")


def _percent_escape(error: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(f"%{b:02X}" for b in error.object[error.start:error.end]), error.end


codecs.register_error("readerstance-percent", _percent_escape)


def iter_paths(paths: Iterable[str | Path], pattern: str | SplitSettings = DEFAULT_PATTERN,
               report: InputReport | None = None) -> Iterator[str | PageError]:
    """Yield page file paths (str) in order: each argument in the order given; a
    folder is walked depth-first with entries sorted by name, yielding files
    whose name matches the pattern (case-insensitively unless the settings
    say otherwise). Symbolic links to folders are followed once; a link back
    into a folder being walked (a loop) is not. A file met again under another
    name (given twice, or reached through a link) is yielded once.

    Never raises: yields a PageError for a missing path, a broken link, an
    unlistable folder or a folder with no matching file, and records skipped
    files, loops and duplicates in `report` (when given).
    """
    settings = pattern if isinstance(pattern, SplitSettings) else SplitSettings(pattern=pattern)
    report = report if report is not None else InputReport()
    # Memory stays flat with the corpus: a file met in a folder walk can only be
    # met again through an argument or a link, so only those files and the
    # folders walked are remembered, by real path.
    files: dict[str, str] = {}    # real path of a file given or linked -> the path it was first met as
    folders: dict[str, str] = {}  # real path of each folder walked -> its path
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            real = os.path.realpath(path)
            if real in folders:
                report.duplicates.append((printable(path), printable(folders[real])))
                continue
            found = False
            for item in _walk(path, settings, report, files, folders, ()):
                if isinstance(item, str):
                    found = True
                yield item
            if not found:
                yield PageError(printable(path), f"folder holds no files matching {settings.pattern!r}")
        elif os.path.islink(path) and not os.path.exists(path):
            yield PageError(printable(path), f"broken symbolic link (to {printable(os.readlink(path))})")
        elif os.path.lexists(path):
            if _first_time(path, os.path.realpath(path), files, folders, settings, report):
                yield path
        else:
            yield PageError(printable(path), "no such file or folder")


def _first_time(path: str, real: str, files: dict[str, str], folders: dict[str, str],
                settings: SplitSettings, report: InputReport, remember: bool = True) -> bool:
    """False (and a duplicate recorded) when the file at real path `real` was
    met before: given or linked before, or walked with its folder."""
    first = files.get(real)
    if first is None:
        folder, name = os.path.split(real)
        if folder in folders and settings.matches(name):
            first = os.path.join(folders[folder], name)
    if first is not None:
        report.duplicates.append((printable(path), printable(first)))
        return False
    if remember:
        files[real] = path
    return True


def _walk(folder: str, settings: SplitSettings, report: InputReport, files: dict[str, str],
          folders: dict[str, str], ancestors: tuple[str, ...]) -> Iterator[str | PageError]:
    # One folder listing at a time, as plain strings: memory follows the largest
    # folder, not the corpus (pathlib would intern every file name it parses).
    real = os.path.realpath(folder)
    if real in ancestors:
        report.skipped.append((printable(folder), f"symbolic link loop (back to {printable(folders[real])})"))
        return
    if real in folders:
        report.duplicates.append((printable(folder), printable(folders[real])))
        return
    folders[real] = folder
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.name, e.is_dir()) for e in it)
    except OSError as exc:
        yield PageError(printable(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for name, is_dir in entries:
        child = os.path.join(folder, name)
        if is_dir:
            yield from _walk(child, settings, report, files, folders, ancestors + (real,))
        elif not settings.matches(name):
            report.skipped.append((printable(child), f"name does not match {settings.pattern!r}"))
        elif os.path.islink(child) and not os.path.exists(child):
            yield PageError(printable(child), f"broken symbolic link (to {printable(os.readlink(child))})")
        elif not os.path.isfile(child):
            report.skipped.append((printable(child), "not a regular file"))
        elif os.path.islink(child):
            if _first_time(child, os.path.realpath(child), files, folders, settings, report):
                yield child
        elif _first_time(child, os.path.join(real, name), files, {}, settings, report, remember=False):
            yield child


def read_page_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, tuple[str, ...]]:
    """Return (text, warnings) of a page file: UTF-16 or UTF-32 when the file
    starts with that encoding's byte-order mark (with a warning naming it),
    else UTF-8, else cp1252 with a warning.

    Raises PageError for a missing, unreadable, oversized, empty or binary
    (NUL bytes) file, or bytes that are neither UTF-8 nor cp1252.
    """
    where = printable(path)
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
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise PageError(where, f"starts with a {_NAMES[encoding]} byte-order mark but is not "
                                       f"{_NAMES[encoding]} (bad bytes at offset {exc.start + len(bom)})") from None
            if not text.strip():
                raise PageError(where, "file is empty")
            return text, (f"decoded as {_NAMES[encoding]} (byte-order mark)",)
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


# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_NAMES = {"utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


def split_file(
    path: str | Path, metadata: Metadata | None = None, settings: SplitSettings | None = None
) -> Page:
    """Read and split one page file: an HTML page (by its name, .html/.htm,
    or its content) through `comments.html.split_html`, a text dump through
    `split_text`. Raises PageError (see `read_page_text`)."""
    settings = settings or SplitSettings()
    text, read_warnings = read_page_text(path, settings.max_bytes)
    meta = metadata.lookup(path) if metadata is not None else None
    if os.fspath(path).lower().endswith(HTML_SUFFIXES) or looks_like_html(text):
        page = split_html(text, printable(path), meta=meta)
    else:
        page = split_text(text, printable(path), meta=meta)
    if read_warnings:
        page = replace(page, warnings=read_warnings + page.warnings)
    return page


def iter_pages(
    paths: Iterable[str | Path], metadata: Metadata | None = None, settings: SplitSettings | None = None,
    report: InputReport | None = None,
) -> Iterator[Page | PageError]:
    """Yield one `Page` per page file, or a `PageError` for a file that failed,
    in the order of `iter_paths` (which fills `report` with the files skipped
    and the duplicates). A generator: one page is in memory at a time.

    doc_ids are unique within one call: a page whose file stem was already
    used (``dawn/2012/page.txt`` after ``tribune/2012/page.txt``) gets its
    path without the extension instead, and a file given twice gets ``#2``.
    """
    settings = settings or SplitSettings()
    seen: set[str] = set()
    for item in iter_paths(paths, settings, report):
        if isinstance(item, PageError):
            yield item
            continue
        try:
            page = split_file(item, metadata, settings)
        except PageError as exc:
            yield exc
            continue
        except Exception as exc:  # a fault in the splitter or a library under it: this page only, said plainly
            yield PageError(printable(item), f"the splitter failed on this page ({type(exc).__name__}: {exc}); "
                                             "please report it with the page")
            continue
        doc_id, note = unique_doc_id(page.article.doc_id, printable(item), seen)
        if note:
            page = replace(page, article=replace(page.article, doc_id=doc_id), warnings=page.warnings + (note,))
        yield page


def unique_doc_id(doc_id: str, path: str, seen: set[str]) -> tuple[str, str | None]:
    """The doc_id a page keeps when `seen` holds those of the pages before it
    (added to `seen`), and the page warning that says why it changed (None
    when it did not)."""
    unique = _unique_doc_id(doc_id, path, seen)
    if unique == doc_id:
        return doc_id, None
    return unique, (f"doc_id {doc_id!r} is taken by an earlier page with the same file name; "
                    f"this page's doc_id is {unique!r}")


def _unique_doc_id(doc_id: str, path: str, seen: set[str]) -> str:
    if doc_id in seen:
        doc_id = os.path.splitext(path)[0].replace("\\", "/")
    base, n = doc_id, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{base}#{n}"
    seen.add(doc_id)
    return doc_id
