"""The optional metadata CSV (columns file, url, date, source) and its lookup by page path."""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import MetadataError

REQUIRED_COLUMNS = ("file",)


@dataclass(frozen=True)
class MetadataRow:
    """What the metadata file says about one page; its date beats the page's own."""

    file: str
    """Page path relative to any folder ("dawn/000.txt") or a bare file name ("000.txt")."""
    url: str | None
    date: dt.date | None
    """The page's date; for a "YYYY-MM" or "YYYY" value, the period's first day."""
    source: str | None
    date_precision: str = "day"
    """"day", "month" or "year": how much of `date` the file gives."""


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
        self._used: set[str] = set()
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
        if best is not None:
            self._used.add(_key(best.file))
        return best

    def unused(self) -> list[MetadataRow]:
        """Rows that no `lookup` so far has returned: after every page of a run
        was looked up, the rows that name no page (a typo, a missing file)."""
        return [row for rows in self._by_name.values() for row in rows if _key(row.file) not in self._used]


def load_metadata(path: str | Path) -> Metadata:
    """Read a metadata CSV with a header row: ``file`` is required; ``url``,
    ``date`` (YYYY-MM-DD, YYYY-MM or YYYY; may be empty) and ``source`` are
    optional; other columns are ignored.

    Raises MetadataError naming the file, the line and the problem when the
    file cannot be read, is not UTF-8, lacks the ``file`` column, has a row
    with more or fewer fields than the header, a quoted field that is never
    closed, an empty or repeated ``file`` value, or a date in another form.
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
            n_columns = len(reader.fieldnames)
            end = reader.line_num
            for raw in reader:
                line, end = end + 1, reader.line_num
                if None in raw:
                    raise MetadataError(where, f"line {line}: more fields than the header's {n_columns} columns")
                if any(v is None for v in raw.values()):
                    found = sum(v is not None for v in raw.values())
                    raise MetadataError(where, f"line {line}: {found} field(s), the header has {n_columns} columns")
                if end > line and any("\n" in (v or "") or "\r" in (v or "") for v in raw.values()):
                    raise MetadataError(where, f"line {line}: a quoted field runs over {end - line + 1} lines "
                                               f"(to line {end}): a closing quote is probably missing")
                row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
                file = row.get("file", "")
                if not file:
                    raise MetadataError(where, f"line {line}: empty 'file' value")
                key = _key(file)
                if key in seen:
                    raise MetadataError(where, f"line {line}: file {file!r} already listed on line {seen[key]}")
                seen[key] = line
                date, precision = _parse_date(where, line, row.get("date", ""))
                rows.append(
                    MetadataRow(
                        file=file,
                        url=row.get("url") or None,
                        date=date,
                        source=row.get("source") or None,
                        date_precision=precision,
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
        raise MetadataError(where, f"line {reader.line_num}: malformed CSV: {exc}") from None
    return Metadata(rows, where)


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_date(where: str, line: int, value: str) -> tuple[dt.date | None, str]:
    """(date, precision) of a YYYY-MM-DD, YYYY-MM or YYYY value; other forms
    that ISO 8601 allows (20180101, 2011-W02-5) are refused as ambiguous."""
    if not value:
        return None, "day"
    match = _DATE.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise MetadataError(where, f"line {line}: date {value!r} is not a valid date written "
                                   "YYYY-MM-DD, YYYY-MM or YYYY") from None
    return date, "day" if day else "month" if month else "year"
