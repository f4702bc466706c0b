"""Write a run's outputs to a directory, and read the stored scores back.

An output directory holds two kinds of files:

- the stored scores, enough to rebuild everything without the model:
  `comments.parquet` and `articles.parquet` (typed tables a pandas or arrow
  user reads directly: nullable int years, list columns for mentions,
  evidence and warnings, and the model, precision and target of the run on
  every row) and `run.json` (the run's meta and the bootstrap settings);
- the outputs derived from them: `comments.csv`, `articles.csv`,
  `years.csv`, `report.html` and `summary.json`.

The files form one result set (`reports.resultset`): a run's files are
published together or not at all, with a `manifest.json` of their hashes that
`load_scored` checks before trusting anything. Text cells of the CSV files
that a spreadsheet would read as a formula are neutralised (`safe_csv_frame`).
"""
from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from reports.aggregate import (ARTICLE_COLUMNS, COMMENT_COLUMNS, COMMENTS_CSV_COLUMNS, ReportTables, build_tables,
                               comment_batches, parse_json_list)
from reports.errors import ReportError, ReportInputError, ResultsNotFoundError
from reports.resultset import MixedSetError, Writer, publish, verify
from reports.vocabulary import UNKNOWN_YEAR

SCORED_COMMENTS = "comments.parquet"
SCORED_ARTICLES = "articles.parquet"
SCORED_META = "run.json"
STORED_FILES = (SCORED_COMMENTS, SCORED_ARTICLES, SCORED_META)
OUTPUT_FILES = ("comments.csv", "articles.csv", "years.csv", "report.html", "summary.json")
# What readerstance 0.1 stored; such a folder is refused with a hint.
_OLD_STORED = "scored_comments.parquet"
# The run's columns on every row of the stored tables and the CSV files, so
# that tables of several runs can be stacked and told apart.
RUN_COLUMNS = ("model", "precision", "target")
_MENTION = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
_LIST_TYPES = {"mentions": pa.list_(_MENTION), "evidence": pa.list_(pa.string()), "warnings": pa.list_(pa.string())}
SUMMARY_VERSION = 1
# Six significant digits: far finer than any model probability deserves, and
# free of float noise such as 0.20000000000000004. The parquet copies keep
# full precision.
CSV_FLOAT_FORMAT = "%.6g"
_RUN_HINT = "run `readerstance run` first to score pages into this directory"


def write_outputs(comments: pd.DataFrame, articles: pd.DataFrame, out_dir,
                  meta: dict, n_boot: int = 1000, seed: int = 0, raw_csv: bool = False) -> list[Path]:
    """Store the scores and write every output into `out_dir` (created if
    needed), all published as one result set.

    `comments` is one frame or batches (`reports.aggregate.comment_batches`):
    batches are read a few times (tables, stored scores, comments.csv, the
    report's explorer), one at a time, so a corpus far larger than memory
    can be reported. Returns the paths written, stored scores first, in the
    order of STORED_FILES + OUTPUT_FILES. Raises ReportInputError when the frames break
    the input contract or `meta` is not JSON-serialisable, ValueError for
    n_boot < 1, FolderBusyError when another run writes `out_dir`, OSError
    when the directory cannot be written (the previous set is then intact).
    """
    out_dir = Path(out_dir)
    try:
        meta_json = json.dumps({"meta": meta, "bootstrap": {"n_boot": n_boot, "seed": seed}},
                               ensure_ascii=False, indent=2, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ReportInputError(f"meta must be JSON-serialisable: {error}") from None
    tables = build_tables(articles, comments, n_boot, seed)
    validation = _stored_validation(out_dir, comments)
    page = _render(tables, comments, articles, meta, validation)
    writers: dict[str, Writer] = {
        SCORED_COMMENTS: lambda p: _write_parquet(
            (_typed(b, COMMENT_COLUMNS, meta) for b in comment_batches(comments)), p,
            empty=lambda: _typed(pd.DataFrame(columns=list(COMMENT_COLUMNS)), COMMENT_COLUMNS, meta)),
        SCORED_ARTICLES: lambda p: pq.write_table(_typed(articles, ARTICLE_COLUMNS, meta), p),
        SCORED_META: lambda p: p.write_text(meta_json + "\n", encoding="utf-8"),
    }
    writers.update(derived_writers(tables, page, meta, validation, raw_csv))
    return publish(out_dir, writers)


def write_derived(tables: ReportTables, page: str, out_dir, meta: dict,
                  validation: dict | None = None, raw_csv: bool = False,
                  extra: dict[str, Writer] | None = None) -> list[Path]:
    """Publish OUTPUT_FILES (and `extra` files) from ready tables and a
    rendered page as a new set that keeps the folder's stored scores; return
    the paths of OUTPUT_FILES. Split from `write_outputs` so a benchmark can
    time writing on its own."""
    writers = derived_writers(tables, page, meta, validation, raw_csv)
    return publish(out_dir, {**writers, **(extra or {})}, keep=STORED_FILES)[:len(OUTPUT_FILES)]


def derived_writers(tables: ReportTables, page: str, meta: dict,
                    validation: dict | None = None, raw_csv: bool = False) -> dict[str, Writer]:
    """A writer per file of OUTPUT_FILES.

    With a (current) `validation`, years.csv gains the corrected shares and
    summary.json a "validation" entry. Unless `raw_csv`, CSV text cells are
    neutralised against formula injection (parquet keeps the raw text).
    """
    run = {name: meta.get(name) for name in RUN_COLUMNS}
    years = tables.years
    extra = {}
    if validation and "stale" not in validation:
        from reports.validation import with_corrected_years

        years = with_corrected_years(years, validation)
        extra["validation"] = {k: validation[k] for k in ("n_coded", "coders", "shares")}
    summary = json.dumps({"version": SUMMARY_VERSION,
                          "headline": _json_safe(tables.headline),
                          "bootstrap": {"n_boot": tables.n_boot, "seed": tables.seed,
                                        "level": 0.95, "method": "percentile"},
                          "csv": "raw" if raw_csv else "neutralised",
                          "meta": meta, **extra},
                         ensure_ascii=False, indent=2, allow_nan=False)
    csv = (lambda frame: frame) if raw_csv else safe_csv_frame
    # years.csv: an integer year, empty for the articles without a date
    years = years.assign(year=pd.array([None if y == UNKNOWN_YEAR else int(y) for y in years["year"]], "Int64"))
    return {
        "comments.csv": lambda p: _write_csv((csv(rows.assign(**run)) for rows in tables.comment_rows()),
                                             list(COMMENTS_CSV_COLUMNS + RUN_COLUMNS), p),
        "articles.csv": lambda p: csv(tables.articles.assign(**run)).to_csv(
            p, index=False, float_format=CSV_FLOAT_FORMAT),
        "years.csv": lambda p: csv(years).to_csv(p, index=False, float_format=CSV_FLOAT_FORMAT),
        "report.html": lambda p: p.write_text(page, encoding="utf-8"),
        "summary.json": lambda p: p.write_text(summary + "\n", encoding="utf-8"),
    }


def _write_csv(frames, columns: list, path: Path) -> None:
    """Frames with `columns` written one after the other as one CSV file."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        header = True
        for frame in frames:
            frame.to_csv(handle, index=False, header=header, float_format=CSV_FLOAT_FORMAT)
            header = False
        if header:  # no batch at all: the header alone
            pd.DataFrame(columns=columns).to_csv(handle, index=False)


def _write_parquet(tables, path: Path, empty: Callable[[], pa.Table]) -> None:
    """Arrow tables of one schema as one parquet file, a row group each;
    the `empty` table when there is none."""
    writer = None
    try:
        for table in tables:
            writer = writer or pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pq.write_table(empty(), path)


# OWASP's advice for CSV injection: a cell a spreadsheet would evaluate (one
# that starts with =, +, -, @, a tab or a carriage return) gets a leading
# single quote, which spreadsheets show as text and never evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot run as spreadsheet formulas."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            out[column] = values.map(neutralise_cell)
    return out


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _typed(frame: pd.DataFrame, columns, meta: dict) -> pa.Table:
    """The stored table of a scored frame: its columns (JSON-list cells as
    list columns, `year` a nullable int, `posted_at_parsed` a timestamp) and
    the run's RUN_COLUMNS."""
    out = frame.loc[:, list(columns)].reset_index(drop=True)
    for name in _LIST_TYPES:
        if name in out:
            cells = [parse_json_list(v, name) for v in out[name]]
            if name == "mentions":
                cells = [[{"start": int(m[0]), "end": int(m[1]), "text": str(m[2])} for m in c] for c in cells]
            out[name] = pd.Series(cells, dtype=object)
    out["year"] = out["year"].astype("Int64")
    if "posted_at_parsed" in out:
        out["posted_at_parsed"] = pd.to_datetime(out["posted_at_parsed"], format="ISO8601").astype("datetime64[s]")
    out = out.assign(**{name: pd.array([meta.get(name)] * len(out), dtype="string") for name in RUN_COLUMNS})
    return pa.Table.from_pandas(out, schema=_stored_schema(columns), preserve_index=False)


def _stored_schema(columns) -> pa.Schema:
    """The stored table's arrow schema: fixed, so that every batch of a
    run (some with a column empty throughout) writes the same types."""
    def kind(name: str) -> pa.DataType:
        if name in _LIST_TYPES:
            return _LIST_TYPES[name]
        if name in ("year", "comment_index", "n_comments", "n_mentions"):
            return pa.int64()
        if name == "tone_score" or name.startswith("p_"):
            return pa.float64()
        if name == "posted_at_parsed":
            return pa.timestamp("s")  # parquet stores it in milliseconds
        return pa.large_string()
    return pa.schema([pa.field(name, kind(name)) for name in (*columns, *RUN_COLUMNS)])


def _internal(table: pd.DataFrame, columns) -> pd.DataFrame:
    """A stored table read back as the scored frame the reports take: list
    columns as JSON text, timestamps as ISO text, the run columns dropped."""
    out = table.loc[:, [c for c in columns if c in table.columns]].copy()
    for name in _LIST_TYPES:
        if name in out:
            cells = [[] if c is None else list(c) for c in out[name]]
            if name == "mentions":
                cells = [[[int(m["start"]), int(m["end"]), m["text"]] for m in c] for c in cells]
            out[name] = [json.dumps(c, ensure_ascii=False) for c in cells]
    if "posted_at_parsed" in out:
        out["posted_at_parsed"] = [None if pd.isna(t) else t.isoformat() for t in out["posted_at_parsed"]]
    out["year"] = out["year"].astype("Int64")
    return out


def load_scored(out_dir) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Read the stored (comments, articles, meta) of a run from `out_dir`.

    Raises ResultsNotFoundError naming the directory and the missing file,
    and ReportError when a stored file cannot be read.
    """
    comments, articles, stored = _load(Path(out_dir))
    return comments, articles, stored["meta"]


def load_bootstrap_settings(out_dir) -> tuple[int, int]:
    """The (n_boot, seed) the stored run was reported with.

    Raises like `load_scored` when run.json is missing or unreadable.
    """
    stored = _read_meta(Path(out_dir))
    settings = stored.get("bootstrap", {})
    return int(settings.get("n_boot", 1000)), int(settings.get("seed", 0))


def rerender(out_dir, n_boot: int | None = None, seed: int | None = None, raw_csv: bool = False,
             validation: dict | None = None) -> list[Path]:
    """Rewrite every output in `out_dir` from its stored scores, without the
    model, publishing them as a new set with the same stored scores; with a
    freshly measured `validation` (`reports.validation.validate`), also as
    validation.json, in the same set.

    n_boot and seed default to the values stored with the run. Returns the
    paths written (OUTPUT_FILES order); raises like `load_scored`.
    """
    out_dir = Path(out_dir)
    comments, articles, stored = _load(out_dir, stream=True)
    stored_boot, stored_seed = load_bootstrap_settings(out_dir)
    n_boot = stored_boot if n_boot is None else n_boot
    seed = stored_seed if seed is None else seed
    tables = build_tables(articles, comments, n_boot, seed)
    extra = None
    if validation is None:
        validation = _stored_validation(out_dir, comments)
    else:
        from reports.validation import VALIDATION_FILE

        text = json.dumps(validation, indent=2) + "\n"
        extra = {VALIDATION_FILE: lambda p: p.write_text(text, encoding="utf-8")}
    page = _render(tables, comments, articles, stored["meta"], validation)
    return write_derived(tables, page, out_dir, stored["meta"], validation, raw_csv, extra)


def _render(tables: ReportTables, comments: pd.DataFrame, articles: pd.DataFrame,
            meta: dict, validation: dict | None = None) -> str:
    # Imported here: rendering pulls in matplotlib (about half a second), which
    # `inspect` and `load_scored` never need.
    from reports.render import render_html
    return render_html(tables, comments, articles, meta, validation)


def _stored_validation(out_dir: Path, comments: pd.DataFrame) -> dict | None:
    """DIR/validation.json when it was measured on these comments' labels;
    a stale one (another run's labels) is reported on the page as stale."""
    from reports.validation import VALIDATION_FILE, labels_fingerprint

    path = out_dir / VALIDATION_FILE
    if not path.is_file():
        return None
    try:
        validation = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"stale": f"{path} cannot be read; run `readerstance validate` again"}
    if validation.get("run_labels_sha256") != labels_fingerprint(comments):
        return {"stale": f"{path} was measured on another run's labels; run `readerstance validate` again"}
    return validation


def _load(out_dir: Path, stream: bool = False) -> tuple:
    """(comments, articles, stored run.json) of a folder, checked against its
    manifest and each other; with `stream`, the comments as `StoredComments`
    batches instead of one frame."""
    _require_stored(out_dir)
    verify(out_dir, STORED_FILES)
    stored = _read_meta(out_dir)
    articles = _read_stored(out_dir / SCORED_ARTICLES, ARTICLE_COLUMNS)
    if stream:
        comments = StoredComments(out_dir / SCORED_COMMENTS)
        counts = comments.doc_counts()
    else:
        comments = _read_stored(out_dir / SCORED_COMMENTS, COMMENT_COLUMNS)
        counts = comments["doc_id"].value_counts() if "doc_id" in comments.columns else None
    _check_consistent(out_dir, counts, articles)
    return comments, articles, stored


class StoredComments:
    """The comments.parquet of an output folder, read back a row group at a
    time as the scored frames the reports take, each batch holding whole
    articles (`reports.aggregate.comment_batches`); every pass reads the file
    again, so a folder of any size is reported in bounded memory."""

    def __init__(self, path: Path):
        self.path = path

    def __iter__(self):
        handle = self._open()
        carry = None
        for group in range(handle.num_row_groups):
            batch = _internal(self._read(handle, group).to_pandas(), COMMENT_COLUMNS)
            if carry is not None:
                batch = pd.concat([carry, batch], ignore_index=True)
            if batch.empty:
                continue
            # the last article may go on in the next row group: keep it back
            ids = batch["doc_id"].to_numpy()
            other = np.flatnonzero(ids != ids[-1])
            cut = other[-1] + 1 if len(other) else 0
            carry = batch.iloc[cut:]
            if cut:
                yield batch.iloc[:cut]
        if carry is not None and len(carry):
            yield carry

    def doc_counts(self) -> pd.Series | None:
        """Comments per doc_id, reading that column alone (None when the file has none)."""
        handle = self._open()
        if "doc_id" not in handle.schema_arrow.names:
            return None
        counts: dict = {}
        for group in range(handle.num_row_groups):
            for doc_id, n in pd.Series(self._read(handle, group, ["doc_id"]).column(0)).value_counts().items():
                counts[doc_id] = counts.get(doc_id, 0) + n
        return pd.Series(counts, dtype="int64")

    def _open(self):
        try:
            return pq.ParquetFile(self.path)
        except (OSError, ValueError) as error:
            raise _damaged(self.path, error) from error

    def _read(self, handle, group: int, columns=None):
        try:
            return handle.read_row_group(group, columns=columns)
        except (OSError, ValueError) as error:
            raise _damaged(self.path, error) from error


def _read_stored(path: Path, columns) -> pd.DataFrame:
    try:
        return _internal(pd.read_parquet(path), columns)
    except (OSError, ValueError) as error:
        raise _damaged(path, error) from error


def _damaged(path, error) -> ReportError:
    return ReportError(f"cannot read {path}: {error}; the file is damaged, so {_RUN_HINT} again")


def _check_consistent(out_dir: Path, counts: pd.Series | None, articles: pd.DataFrame) -> None:
    """Refuse stored comments and articles that cannot come from one run (a
    folder without a manifest, or one doctored by hand): comments of
    articles that are not there, or article comment counts that disagree.
    `counts`: comments per doc_id (None when the comments have no doc_id)."""
    if counts is None or not {"doc_id", "n_comments"} <= set(articles.columns):
        return  # the column contract is checked where the frames are used
    orphans = sorted(set(counts.index) - set(articles["doc_id"]))
    differ = [d for d, n in zip(articles["doc_id"], articles["n_comments"]) if int(counts.get(d, 0)) != int(n)]
    if orphans or differ:
        what = (f"{len(orphans)} commented article(s) missing from {SCORED_ARTICLES}" if orphans else
                f"{len(differ)} article(s) whose n_comments disagrees with {SCORED_COMMENTS} (e.g. {differ[0]!r})")
        raise MixedSetError(f"{out_dir} holds a mixed result set: {what}; {SCORED_COMMENTS} and "
                            f"{SCORED_ARTICLES} come from different runs; run `readerstance run` again to write "
                            "a whole set")


def _read_meta(out_dir: Path) -> dict:
    _require_stored(out_dir, (SCORED_META,))
    path = out_dir / SCORED_META
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReportError(f"cannot read {path}: {error}; {_RUN_HINT} again") from error
    if not isinstance(stored, dict) or "meta" not in stored:
        raise ReportError(f"{path} has no \"meta\" entry; {_RUN_HINT} again")
    return stored


def _require_stored(out_dir: Path, names=STORED_FILES) -> None:
    if not out_dir.is_dir():
        raise ResultsNotFoundError(f"{out_dir} is not a directory; {_RUN_HINT}")
    missing = [name for name in names if not (out_dir / name).is_file()]
    if missing and (out_dir / _OLD_STORED).is_file():
        raise ResultsNotFoundError(f"{out_dir} was written by readerstance 0.1 ({_OLD_STORED}); run "
                                   "`readerstance run` again to store its scores in the current format")
    if missing:
        raise ResultsNotFoundError(
            f"{out_dir} holds no stored scores (missing {', '.join(missing)}); {_RUN_HINT}")


def write_atomic(path: Path, writer: Callable[[Path], object]) -> Path:
    """Run writer on a temporary file beside `path`, then rename it into place."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    temp_path = Path(temp)
    try:
        writer(temp_path)
        # mkstemp makes the file private (0600); give it the usual permissions.
        os.chmod(temp_path, 0o666 & ~_current_umask())
        os.replace(temp_path, path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return path


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _json_safe(values: dict) -> dict:
    """Floats rounded to six decimal places (no float noise); NaN becomes null, since
    JSON has no NaN and strict parsers reject it."""
    return {key: (None if math.isnan(value) else round(value, 6))
            if isinstance(value, float) else value
            for key, value in values.items()}
