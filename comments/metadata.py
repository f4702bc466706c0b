"""The optional metadata CSV (columns file, url, date, source) and its lookup by page path."""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import MetadataError

REQUIRED_COLUMNS = ("file",)
OPTIONAL_COLUMNS = ("url", "date", "source")


@dataclass(frozen=True)
class MetadataRow:
    """What the metadata file says about one page; its date beats the page's own."""

    file: str
    """Page path relative to any folder ("dawn/000.txt") or a bare file name ("000.txt")."""
    url: str | None
    date: dt.date | None
    source: str | None


def _key(path: str) -> str:
    # plain string operations: pathlib would intern every page name it parses
    posix = path.replace("\\", "/")
    while posix.startswith("./"):
        posix = posix[2:]
    return posix


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


class Metadata:
    """Metadata rows indexed for lookup by page path.

    A row matches a page when its ``file`` equals the page path, is a trailing
    part of it ("dawn/000.txt" matches "corpus/dawn/000.txt"), or is a bare
    file name equal to the page's file name. The longest matching ``file`` wins.
    """

    def __init__(self, rows: Iterable[MetadataRow], source_path: str = "<metadata>") -> None:
        self.source_path = source_path
        self._by_name: dict[str, list[MetadataRow]] = {}
        for row in rows:
            self._by_name.setdefault(_name(_key(row.file)), []).append(row)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_name.values())

    def lookup(self, path: str | Path) -> MetadataRow | None:
        """Return the row describing `path`, or None when no row names it."""
        page = _key(str(path))
        name = _name(page)
        best: MetadataRow | None = None
        for row in self._by_name.get(name, ()):
            file = _key(row.file)
            if page == file or page.endswith("/" + file) or file == name:
                if best is None or len(file) > len(_key(best.file)):
                    best = row
        return best


def load_metadata(path: str | Path) -> Metadata:
    """Read a metadata CSV with a header row: ``file`` is required; ``url``,
    ``date`` (YYYY-MM-DD, may be empty) and ``source`` are optional; other
    columns are ignored.

    Raises MetadataError naming the file, the line and the problem when the
    file cannot be read, is not UTF-8, lacks the ``file`` column, has an empty
    or repeated ``file`` value, or a date that is not YYYY-MM-DD.
    """
    where = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None:
                raise MetadataError(where, "metadata file is empty; expected a header row with a 'file' column")
            columns = [c.strip() for c in reader.fieldnames]
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise MetadataError(
                    where,
                    f"missing required column {missing[0]!r} (found: {', '.join(columns) or 'none'}); "
                    "expected columns file, url, date, source",
                )
            rows: list[MetadataRow] = []
            seen: dict[str, int] = {}
            for raw in reader:
                line = reader.line_num
                if None in raw:
                    raise MetadataError(where, f"line {line}: more fields than the header has columns")
                row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
                file = row.get("file", "")
                if not file:
                    raise MetadataError(where, f"line {line}: empty 'file' value")
                key = _key(file)
                if key in seen:
                    raise MetadataError(where, f"line {line}: file {file!r} already listed on line {seen[key]}")
                seen[key] = line
                rows.append(
                    MetadataRow(
                        file=file,
                        url=row.get("url") or None,
                        date=_parse_date(where, line, row.get("date", "")),
                        source=row.get("source") or None,
                    )
                )
    except FileNotFoundError:
        raise MetadataError(where, "metadata file not found") from None
    except IsADirectoryError:
        raise MetadataError(where, "metadata path is a folder; expected a CSV file") from None
    except PermissionError:
        raise MetadataError(where, "cannot read metadata file: permission denied") from None
    except UnicodeDecodeError as exc:
        raise MetadataError(where, f"metadata file is not UTF-8 (byte offset {exc.start}); save it as UTF-8") from None
    except csv.Error as exc:
        raise MetadataError(where, f"malformed CSV: {exc}") from None
    return Metadata(rows, where)


def _parse_date(where: str, line: int, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise MetadataError(where, f"line {line}: date {value!r} is not a valid YYYY-MM-DD date") from None
