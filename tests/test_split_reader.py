"""Reading page files: bad input gives a PageError naming the file; the stream goes on."""
from __future__ import annotations

import datetime as dt
import inspect
import os
import pickle
from pathlib import Path

import pytest

from comments import (
    MetadataError,
    Page,
    PageError,
    InputReport,
    SplitSettings,
    iter_pages,
    load_metadata,
    page_to_dict,
    read_page_text,
    split_file,
)

SMALL = "Envoy visits Islamabad\n\nThe US envoy met officials on Monday.\n"


@pytest.mark.parametrize(
    "content, settings, message",
    [
        (b"", SplitSettings(), "file is empty"),
        (b" \n\r\n\t\n", SplitSettings(), "file is empty"),
        (b"abc\x00def\n", SplitSettings(), "binary file (NUL byte at offset 3), not a text page"),
        (b"x" * 11, SplitSettings(max_bytes=10),
         "file is 11 bytes, over the 10-byte limit (raise it with --max-bytes / SplitSettings.max_bytes)"),
        (b"\x81\x8d text", SplitSettings(),
         "text is neither UTF-8 (byte 0x81 at offset 0) nor cp1252 (byte 0x81 at offset 0)"),
    ],
    ids=["empty", "whitespace-only", "binary-nul", "over-size-limit", "neither-utf8-nor-cp1252"],
)
def test_bad_file_raises_page_error_naming_it(tmp_path, content, settings, message):
    page = tmp_path / "bad.txt"
    page.write_bytes(content)
    with pytest.raises(PageError) as info:
        split_file(page, settings=settings)
    assert (info.value.path, info.value.message) == (str(page), message)
    assert str(info.value) == f"{page}: {message}"


def test_missing_file(tmp_path):
    with pytest.raises(PageError, match="no such file or folder"):
        split_file(tmp_path / "nope.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    page = tmp_path / "locked.txt"
    page.write_text(SMALL)
    page.chmod(0)
    with pytest.raises(PageError, match="cannot read: permission denied"):
        split_file(page)


@pytest.mark.parametrize(
    "content, text, warnings",
    [
        ("Envoy’s visit\n\nCafé talks.\n".encode("cp1252"), "Envoy’s visit\n\nCafé talks.\n",
         ("not valid UTF-8 (byte 0x92 at offset 5); decoded as cp1252",)),
        ("\ufeffEnvoy’s visit\n".encode("utf-8"), "Envoy’s visit\n", ()),
        ("Envoy’s visit\n".encode("utf-8"), "Envoy’s visit\n", ()),
    ],
    ids=["cp1252-fallback-warns", "utf8-bom-dropped", "plain-utf8"],
)
def test_decoding(tmp_path, content, text, warnings):
    page = tmp_path / "p.txt"
    page.write_bytes(content)
    assert read_page_text(page) == (text, warnings)


def test_decoding_warning_reaches_the_page(tmp_path):
    page = tmp_path / "p.txt"
    page.write_bytes("Envoy’s visit\n\nThe talks went well.\n".encode("cp1252"))
    result = split_file(page)
    assert result.warnings == ("not valid UTF-8 (byte 0x92 at offset 5); decoded as cp1252",)
    assert result.article.title == "Envoy’s visit"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(SMALL)
    (tmp_path / "b" / "c.txt").write_text(SMALL)
    (tmp_path / "b" / "notes.md").write_text(SMALL)
    (tmp_path / "b" / "empty.txt").write_text("")
    (tmp_path / "empty_dir").mkdir()
    return tmp_path


def _describe(items):
    return [(type(i).__name__, Path(i.article.path if isinstance(i, Page) else i.path).name) for i in items]


def test_iter_pages_walks_folders_in_name_order_and_goes_on_after_errors(corpus):
    report = InputReport()
    items = list(iter_pages([corpus / "b", corpus / "a.txt", corpus / "missing.txt", corpus / "empty_dir"],
                            report=report))
    assert _describe(items) == [
        ("Page", "c.txt"), ("PageError", "empty.txt"), ("Page", "a.txt"),
        ("PageError", "missing.txt"), ("PageError", "empty_dir"),
    ]
    assert [i.message for i in items if isinstance(i, PageError)] == [
        "file is empty", "no such file or folder", "folder holds no files matching '*.txt,*.html,*.htm'"]
    assert report.skipped == [(str(corpus / "b" / "notes.md"), "name does not match '*.txt,*.html,*.htm'")]
    assert report.duplicates == []


def test_iter_pages_glob_and_explicit_files(corpus):
    report = InputReport()
    items = list(iter_pages([corpus / "b", corpus / "b" / "notes.md"], settings=SplitSettings(pattern="*.md"),
                            report=report))
    assert _describe(items) == [("Page", "notes.md")]
    assert report.duplicates == [(str(corpus / "b" / "notes.md"), str(corpus / "b" / "notes.md"))]


def test_iter_pages_gives_pages_with_the_same_stem_distinct_doc_ids(tmp_path):
    for folder in ("dawn", "tribune"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(SMALL)
    once = tmp_path / "dawn" / "page.txt"
    pages = list(iter_pages([tmp_path, once]))
    later = str(tmp_path / "tribune" / "page")
    assert [p.article.doc_id for p in pages] == ["page", later]  # the file given again is read once
    assert pages[1].warnings == (f"doc_id 'page' is taken by an earlier page with the same file name; "
                                 f"this page's doc_id is {later!r}",)
    # a copy of the same page under the same name in a third place gets an id of its own
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "dawn").mkdir()
    (tmp_path / "more" / "dawn" / "page.txt").write_text(SMALL)
    ids = [p.article.doc_id for p in iter_pages([once, tmp_path / "more" / "dawn" / "page.txt"])]
    assert ids == ["page", str(tmp_path / "more" / "dawn" / "page")]


def test_iter_pages_is_lazy(corpus):
    consumed = []

    def paths():
        for p in (corpus / "a.txt", corpus / "b" / "c.txt"):
            consumed.append(p.name)
            yield p

    stream = iter_pages(paths())
    assert inspect.isgenerator(stream)
    first = next(stream)
    assert (first.article.doc_id, consumed) == ("a", ["a.txt"])


@pytest.mark.parametrize("max_bytes", [0, -1, "5"], ids=["zero", "negative", "string"])
def test_settings_reject_bad_max_bytes(max_bytes):
    with pytest.raises(ValueError, match="max_bytes must be a positive number of bytes"):
        SplitSettings(max_bytes=max_bytes)


def test_page_error_pickles():
    err = pickle.loads(pickle.dumps(PageError("x.txt", "file is empty")))
    assert (err.path, err.message, str(err)) == ("x.txt", "file is empty", "x.txt: file is empty")


# --------------------------------------------------------------------------
# Metadata CSV
# --------------------------------------------------------------------------


def test_metadata_lookup(tmp_path):
    csv = tmp_path / "meta.csv"
    csv.write_text("file,url,date,source\n"
                   "dawn/a.txt,https://www.dawn.com/news/1,2018-02-24,Dawn\n"
                   "b.txt,,,\n"
                   "x/c.txt,,2012-01-01,\n", encoding="utf-8")
    meta = load_metadata(csv)
    assert len(meta) == 3
    assert meta.lookup("corpus/dawn/a.txt").date == dt.date(2018, 2, 24)
    assert meta.lookup("anywhere/b.txt").date is None
    assert meta.lookup("y/c.txt") is None  # a path-qualified row only matches that path
    assert meta.lookup("corpus/other/a.txt") is None


def test_metadata_date_and_site_reach_the_page(tmp_path):
    (tmp_path / "a.txt").write_text(SMALL)
    (tmp_path / "meta.csv").write_text("file,date,source\na.txt,2017-08-29,Express Tribune\n")
    page = split_file(tmp_path / "a.txt", load_metadata(tmp_path / "meta.csv"))
    assert (page.article.published, page.article.date_source, page.article.site) == (
        dt.date(2017, 8, 29), "metadata", "tribune")


@pytest.mark.parametrize("value, published, text", [
    ("2012-08-25", dt.date(2012, 8, 25), "2012-08-25"),
    ("2012-08", dt.date(2012, 8, 1), "2012-08"),
    ("2012", dt.date(2012, 1, 1), "2012"),
])
def test_metadata_dates_keep_their_precision(tmp_path, value, published, text):
    (tmp_path / "a.txt").write_text(SMALL)
    (tmp_path / "meta.csv").write_text(f"file,date\na.txt,{value}\n")
    page = split_file(tmp_path / "a.txt", load_metadata(tmp_path / "meta.csv"))
    assert (page.article.published, page.article.year) == (published, 2012)
    assert page_to_dict(page)["published"] == text


def test_metadata_rows_that_name_no_page_are_listed(tmp_path):
    (tmp_path / "meta.csv").write_text("file,date\na.txt,2012\ndawn/b.txt,2013\ntypo.txt,2014\n")
    meta = load_metadata(tmp_path / "meta.csv")
    assert meta.lookup("corpus/a.txt") is not None and meta.lookup("corpus/dawn/b.txt") is not None
    assert [row.file for row in meta.unused()] == ["typo.txt"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "metadata file is empty; expected a header row with a 'file' column"),
        ("path,date\na.txt,2018-01-01\n",
         "missing required column 'file' (found: path, date); expected columns file, url, date, source"),
        ("file,date\na.txt,24/02/2018\n",
         "line 2: date '24/02/2018' is not a valid date written YYYY-MM-DD, YYYY-MM or YYYY"),
        ("file,date\na.txt,20180101\n",
         "line 2: date '20180101' is not a valid date written YYYY-MM-DD, YYYY-MM or YYYY"),
        ("file,date\na.txt,2011-W02-5\n",
         "line 2: date '2011-W02-5' is not a valid date written YYYY-MM-DD, YYYY-MM or YYYY"),
        ("file,date\na.txt,2011-02-30\n",
         "line 2: date '2011-02-30' is not a valid date written YYYY-MM-DD, YYYY-MM or YYYY"),
        ("file,date,source\na.txt,2011-02-03,\"Dawn\nb.txt,2012-01-01,Dawn\nc.txt,2013-01-01,Dawn\n",
         "line 2: a quoted field runs over 3 lines (to line 4): a closing quote is probably missing"),
        ("file,date,source\na.txt,2011-02-03\n", "line 2: 2 field(s), the header has 3 columns"),
        ("file,date\na.txt,2018-01-01\nb.txt,\na.txt,\n", "line 4: file 'a.txt' already listed on line 2"),
        ("file,date\n,2018-01-01\n", "line 2: empty 'file' value"),
        ("file,date\na.txt,2018-01-01,extra\n", "line 2: more fields than the header's 2 columns"),
    ],
    ids=["empty", "no-file-column", "bad-date", "basic-format-date", "week-date", "no-such-day", "unclosed-quote",
         "too-few-fields", "duplicate-file", "empty-file-value", "too-many-fields"],
)
def test_malformed_metadata(tmp_path, content, message):
    csv = tmp_path / "meta.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(MetadataError) as info:
        load_metadata(csv)
    assert (info.value.path, info.value.message) == (str(csv), message)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "metadata file not found"),
        (lambda p: p.mkdir(), "metadata path is a folder; expected a CSV file"),
        (lambda p: p.write_bytes(b"file,date\n\xff.txt,\n"), "metadata file is not UTF-8 (byte offset 10); save it as UTF-8"),
    ],
    ids=["missing", "folder", "not-utf8"],
)
def test_unreadable_metadata(tmp_path, make, message):
    csv = tmp_path / "meta.csv"
    make(csv)
    with pytest.raises(MetadataError) as info:
        load_metadata(csv)
    assert info.value.message == message


def test_iter_pages_reports_a_splitter_fault_on_one_page_and_goes_on(corpus, monkeypatch):
    import comments.reader as reader

    real = reader.split_file

    def faulty(path, *args, **kwargs):
        if Path(path).name == "a.txt":
            raise AttributeError("attribute 'tag' of 'lxml.etree._Comment' objects is not writable")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reader, "split_file", faulty)
    items = list(iter_pages([corpus / "a.txt", corpus / "b" / "c.txt"]))
    assert _describe(items) == [("PageError", "a.txt"), ("Page", "c.txt")]
    assert items[0].message == ("the splitter failed on this page (AttributeError: attribute 'tag' of "
                                "'lxml.etree._Comment' objects is not writable); please report it with the page")
