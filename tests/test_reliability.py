"""Runs you can trust (issue 17): result sets published whole, one writer per
folder, mixed sets refused, stale files cleaned, safe CSV cells, bounded
target patterns, terminal-safe `inspect`, and one-line errors for a damaged
cache or an unusable --out, all before any model loads."""
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from analysis.errors import TargetError
from analysis.targets import Target, load_target
from readerstance.cli import cli
from reports.inspect import terminal_safe
from reports.resultset import LOCK_FILE, MANIFEST, FolderBusyError, MixedSetError, locked, verify
from reports.store import OUTPUT_FILES, STORED_FILES, load_scored, write_outputs
from test_reports_fixtures import META, small_frames

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
NO_MODEL = ["--model-dir", "/nonexistent/model"]  # loading it would fail: errors must come first


def set_b():
    """A second result set: article a4 and its comments gone, other meta."""
    comments, articles = small_frames()
    return comments[comments["doc_id"] != "a4"].reset_index(drop=True), \
        articles[articles["doc_id"] != "a4"].reset_index(drop=True)


WRITE_B = f"""
import os, signal, sys
sys.path[:0] = [{str(TESTS)!r}, {str(ROOT)!r}]
import reports.resultset as rs
from reports.store import write_outputs
from test_reliability import set_b
from test_reports_fixtures import META
out, phase, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
calls = [0]
def dying(real):
    def wrapped(*args):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args)
    return wrapped
if phase == "write":   # killed after writing the k-th file of the new set
    rs._entry = dying(rs._entry)
else:                  # killed before the k-th rename of the commit
    os.replace = dying(os.replace)
comments, articles = set_b()
write_outputs(comments, articles, out, {{**META, "set": "B"}}, n_boot=20)
"""


def _write_b(out, phase, kill_at):
    return subprocess.run([sys.executable, "-c", WRITE_B, str(out), phase, str(kill_at)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def set_a(tmp_path_factory):
    comments, articles = small_frames()
    out = tmp_path_factory.mktemp("set_a") / "out"
    write_outputs(comments, articles, out, {**META, "set": "A"}, n_boot=20)
    return out


@pytest.mark.parametrize("phase, kill_at", [("write", k) for k in range(1, len(STORED_FILES + OUTPUT_FILES) + 1)]
                         + [("commit", k) for k in range(1, len(STORED_FILES + OUTPUT_FILES) + 3)])
def test_a_kill_leaves_the_old_set_or_the_new_one_never_a_mix(set_a, tmp_path, phase, kill_at):
    out = shutil.copytree(set_a, tmp_path / "out")
    done = _write_b(out, phase, kill_at)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    comments, articles, meta = load_scored(out)  # rolls an interrupted commit forward
    expected = small_frames() if meta["set"] == "A" else set_b()
    pd.testing.assert_frame_equal(comments, expected[0])
    pd.testing.assert_frame_equal(articles, expected[1])
    verify(out, STORED_FILES + OUTPUT_FILES)  # every output belongs to the same set
    assert json.loads((out / "summary.json").read_text())["meta"]["set"] == meta["set"]
    # killed before the manifest reached the staging folder (the commit point): nothing was committed;
    # killed after it: the next reader finished the job
    assert meta["set"] == ("A" if phase == "write" or kill_at == 1 else "B")
    assert not [s for s in out.glob(".staging-*") if (s / MANIFEST).exists()]
    write_outputs(*small_frames(), out, {**META, "set": "C"}, n_boot=20)  # the next writer cleans up
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [LOCK_FILE]


HOLD = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from reports.resultset import locked
with locked(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_writer_is_refused_while_one_holds_the_folder(set_a, tmp_path):
    out = shutil.copytree(set_a, tmp_path / "out")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(FolderBusyError, match=rf"being written by another readerstance run \(pid {holder.pid},"):
            write_outputs(*set_b(), out, META, n_boot=20)
        start = time.perf_counter()
        result = CliRunner().invoke(cli, ["run", str(ROOT / "examples" / "pages"), "--out", str(out), *NO_MODEL])
        assert result.exit_code == 1
        assert f"being written by another readerstance run (pid {holder.pid}" in result.output
        assert time.perf_counter() - start < 5
    finally:
        holder.kill()
        holder.wait()
    assert load_scored(out)[2]["set"] == "A"
    write_outputs(*set_b(), out, META, n_boot=20)  # the kernel released the dead holder's lock


RACE = f"""
import sys
sys.path[:0] = [{str(TESTS)!r}, {str(ROOT)!r}]
from reports.resultset import FolderBusyError
from reports.store import write_outputs
from test_reliability import set_b
from test_reports_fixtures import META, small_frames
frames = small_frames() if sys.argv[2] == "A" else set_b()
try:
    write_outputs(*frames, sys.argv[1], {{**META, "set": sys.argv[2]}}, n_boot=20)
except FolderBusyError:
    sys.exit(3)
"""


def test_two_concurrent_writers_leave_one_whole_set(tmp_path):
    out = tmp_path / "out"
    runs = [subprocess.Popen([sys.executable, "-c", RACE, str(out), name]) for name in ("A", "B")]
    codes = [r.wait(timeout=120) for r in runs]
    assert set(codes) <= {0, 3} and 0 in codes
    comments, articles, meta = load_scored(out)
    expected = small_frames() if meta["set"] == "A" else set_b()
    pd.testing.assert_frame_equal(articles, expected[1])
    verify(out, STORED_FILES + OUTPUT_FILES)


def test_report_and_inspect_refuse_a_doctored_mixed_set(set_a, tmp_path):
    out = shutil.copytree(set_a, tmp_path / "out")
    other = tmp_path / "other"
    write_outputs(*set_b(), other, META, n_boot=20)
    shutil.copy(other / "articles.parquet", out / "articles.parquet")
    for command in (["report", str(out)], ["inspect", str(out)]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 1
        assert "holds a mixed or damaged result set: articles.parquet (changed since the set was written)" \
            in result.output
    # without a manifest (a folder written by hand or by an older version) the parts are still cross-checked
    (out / MANIFEST).unlink()
    with pytest.raises(MixedSetError, match=r"1 commented article\(s\) missing from articles.parquet"):
        load_scored(out)


def test_stale_temporary_files_and_abandoned_staging_are_cleaned(set_a, tmp_path):
    out = shutil.copytree(set_a, tmp_path / "out")
    (out / ".comments.csv.x1y2.tmp").write_text("")
    (out / ".staging-abandoned").mkdir()
    (out / ".staging-abandoned" / "comments.csv").write_text("half")
    assert load_scored(out)[2]["set"] == "A"  # an uncommitted staging folder is ignored by readers
    write_outputs(*set_b(), out, META, n_boot=20)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [LOCK_FILE]


def test_a_full_disk_leaves_the_previous_set_and_says_so(set_a, tmp_path, monkeypatch):
    out = shutil.copytree(set_a, tmp_path / "out")
    import reports.resultset as rs

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rs, "_fsync", full)
    with pytest.raises(OSError, match="No space left"):
        write_outputs(*set_b(), out, META, n_boot=20)
    assert load_scored(out)[2]["set"] == "A"
    assert not list(out.glob(".staging-*"))


def test_the_run_command_reports_a_full_disk_in_one_line(monkeypatch, tmp_path, hf_model_dirs):
    import reports.resultset as rs

    monkeypatch.setattr(rs, "_fsync", lambda path: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    tone, nli = hf_model_dirs
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(ROOT / "examples" / "pages"), "--out", str(out), "--quiet",
                                      "--tone-model", tone, "--stance-model", nli])
    assert result.exit_code == 1
    assert (f"Error: {out}: cannot write the results (No space left on device); the previous results there are "
            f"unchanged and the scores computed are kept in {out / 'scores.sqlite'}") in result.output
    assert "Traceback" not in result.output


# --- every input accounted for --------------------------------------------

PAGE = "Envoy visits Islamabad\n\nThe US envoy met officials on Monday.\n"


def test_every_input_is_accounted_for_in_summary_json(tmp_path, hf_model_dirs):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(PAGE)
    (pages / "B.TXT").write_text(PAGE.replace("Monday", "Tuesday"))  # upper-case extension
    (pages / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a page: skipped, and said so
    (pages / "sub" / "c.txt").write_text(PAGE.replace("Monday", "Friday"))
    (pages / "linked").symlink_to(pages / "sub")  # a second way into sub/: read once
    (pages / "sub" / "loop").symlink_to(pages)  # a loop back to the top
    (pages / "u16.txt").write_bytes(PAGE.replace("Monday", "Sunday").encode("utf-16"))
    with open(os.path.join(os.fsencode(pages), b"caf\xe9.txt"), "w") as handle:  # not a UTF-8 name
        handle.write(PAGE.replace("Monday", "Saturday"))
    (pages / "gone.txt").symlink_to(pages / "nowhere.txt")
    tone, nli = hf_model_dirs
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(pages), str(pages), str(pages / "a.txt"), "--out", str(out),
                                      "--quiet", "--tone-model", tone, "--stance-model", nli])
    assert result.exit_code == 1, result.output  # the broken link failed
    meta = json.loads((out / "summary.json").read_text())["meta"]
    assert meta["n_pages"] == 5
    articles = pd.read_parquet(out / "articles.parquet").set_index("path")
    assert sorted(Path(p).name for p in articles.index) == ["B.TXT", "a.txt", "c.txt", "caf%E9.txt", "u16.txt"]
    assert meta["failed"] == [{"path": str(pages / "gone.txt"),
                               "error": f"broken symbolic link (to {pages / 'nowhere.txt'})"}]
    # in name order, linked/ comes first: sub/ is then the second way into the same folder
    assert meta["skipped"] == [
        {"path": str(pages / "linked" / "loop"), "reason": f"symbolic link loop (back to {pages})"},
        {"path": str(pages / "notes.pdf"), "reason": "name does not match '*.txt,*.html,*.htm'"},
    ]
    assert meta["duplicates"] == [
        {"path": str(pages / "sub"), "same_as": str(pages / "linked")},
        {"path": str(pages), "same_as": str(pages)},
        {"path": str(pages / "a.txt"), "same_as": str(pages / "a.txt")},
    ]
    page = (out / "report.html").read_text()
    assert "<dt>skipped</dt><dd>2: " in page and "<dt>duplicates</dt><dd>3: " in page and "<dt>n_pages</dt><dd>5" in page
    assert "skipped 2 file(s) in the input folders" in result.output
    assert f"warning: {pages / 'a.txt'} is the same as {pages / 'a.txt'}: read once" in result.output
    assert "decoded as UTF-16 LE (byte-order mark)" in articles.loc[str(pages / "u16.txt"), "warnings"]


def test_split_prints_valid_utf8_for_a_file_name_that_is_not(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as handle:
        handle.write(PAGE)
    done = subprocess.run([sys.executable, "-c", "from readerstance.cli import cli; cli()", "split", str(tmp_path)],
                          capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    page = json.loads(done.stdout.decode("utf-8"))
    assert page["path"] == str(tmp_path / "caf%E9.txt") and page["doc_id"] == "caf%E9"


def test_glob_is_case_insensitive_unless_asked(tmp_path):
    (tmp_path / "A.TXT").write_text(PAGE)
    assert CliRunner().invoke(cli, ["split", str(tmp_path)]).exit_code == 0
    strict = CliRunner().invoke(cli, ["split", str(tmp_path), "--glob-case-sensitive", "--verbose"])
    assert strict.exit_code == 1
    assert "no page file among the inputs" in strict.output
    assert f"folder holds no files matching '*.txt,*.html,*.htm'" in strict.output


def test_metadata_rows_naming_no_page_warn_or_stop_with_strict(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    meta = tmp_path / "meta.csv"
    meta.write_text("file,date\na.txt,2012-05-01\ntypo.txt,2013\n")
    loose = CliRunner().invoke(cli, ["split", str(tmp_path / "a.txt"), "--metadata", str(meta)])
    assert loose.exit_code == 0
    assert f"readerstance: warning: {meta}: 1 metadata row(s) name no input page: typo.txt" in loose.output
    strict = CliRunner().invoke(cli, ["split", str(tmp_path / "a.txt"), "--metadata", str(meta), "--strict"])
    assert strict.exit_code == 1
    assert f"readerstance: error: {meta}: 1 metadata row(s) name no input page: typo.txt (--strict)" in strict.output
    assert strict.stdout == ""  # stopped before any page was split


@pytest.mark.parametrize("command", ["split", "score", "run"])
def test_input_options_are_shared(command):
    help_text = CliRunner().invoke(cli, [command, "--help"]).output
    for option in ("--glob", "--max-bytes", "--metadata", "--strict", "--verbose"):
        assert option in help_text


# --- safe outputs ------------------------------------------------------------

def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    comments, articles = small_frames()
    comments.loc[0, "text"] = '=HYPERLINK("http://evil.example","click")'
    comments.loc[1, "text"] = "-2+3 says it all"
    comments.loc[2, "author"] = "@admin"
    articles.loc[0, "title"] = "+cmd|' /C calc'!A0"
    write_outputs(comments, articles, tmp_path / "safe", META, n_boot=20)
    safe = pd.read_csv(tmp_path / "safe" / "comments.csv")
    assert list(safe["text"][:2]) == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'-2+3 says it all"]
    assert safe["author"][2] == "'@admin"
    assert pd.read_csv(tmp_path / "safe" / "articles.csv")["title"][0] == "'+cmd|' /C calc'!A0"
    assert pd.read_parquet(tmp_path / "safe" / "comments.parquet")["text"][0].startswith("=HYPERLINK")
    assert safe["tone_score"].dtype == float  # numbers, negative ones too, stay numbers
    assert json.loads((tmp_path / "safe" / "summary.json").read_text())["csv"] == "neutralised"
    write_outputs(comments, articles, tmp_path / "raw", META, n_boot=20, raw_csv=True)
    assert pd.read_csv(tmp_path / "raw" / "comments.csv")["text"][0].startswith("=HYPERLINK")


@pytest.mark.parametrize("pattern", ["(a|aa)+$", "(a+)+$"])
def test_target_patterns_cannot_hang_a_run(pattern):
    target = Target.from_dict({"name": "x", "patterns": [pattern]})
    start = time.perf_counter()
    try:
        target.find_mentions("a" * 60 + "!")
    except TargetError as error:
        assert f"target pattern {pattern!r} ran over 1 s" in str(error)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("pattern", ["a*", "(?:US)?", "x|"])
def test_target_patterns_that_match_nothing_are_refused(pattern):
    with pytest.raises(TargetError, match="matches the empty string"):
        Target.from_dict({"name": "x", "patterns": [pattern]})


def test_a_target_folder_is_a_clear_error_before_the_model_loads(tmp_path):
    with pytest.raises(TargetError, match="is a folder"):
        load_target(tmp_path)
    result = CliRunner().invoke(cli, ["score", str(ROOT / "examples" / "pages"), "--target", str(tmp_path),
                                      "--no-cache", *NO_MODEL])
    assert result.exit_code == 1 and "is a folder; --target takes a built-in name" in result.output


def test_inspect_strips_terminal_escapes(tmp_path):
    assert terminal_safe("a\x1b]0;owned\x07b\x1b[2Jc\n\td\u202ee\x9bf") == "a]0;ownedb[2Jc\n def"
    comments, articles = small_frames()
    comments.loc[0, "text"] = "The USA \x1b]0;owned\x07 should \x1b[2J leave."
    comments.loc[0, "mentions"] = '[[4, 7, "USA"]]'
    write_outputs(comments, articles, tmp_path / "out", META, n_boot=20)
    result = CliRunner().invoke(cli, ["inspect", str(tmp_path / "out"), "--article", "a1"])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "The «USA» ]0;owned should [2J leave." in result.output


# --- errors, not tracebacks, before the model loads --------------------------

def test_a_damaged_score_cache_is_named_with_the_fix(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "scores.sqlite").write_bytes(b"this is not a database, just bytes " * 20)
    result = CliRunner().invoke(cli, ["run", str(ROOT / "examples" / "pages"), "--out", str(out), *NO_MODEL])
    assert result.exit_code == 1
    assert (f"Error: {out / 'scores.sqlite'}: the score cache is damaged (file is not a database); it only holds "
            "scores already computed, so delete it or pass --no-cache") in result.output


@pytest.mark.parametrize("where, code, message", [
    ("file", 2, "Invalid value for '--out': Directory '{out}' is a file."),  # click's own check
    ("file/out", 1, "Error: {out}: cannot create the --out folder: a part of its path is a file"),
])
def test_unusable_out_folders_are_named(tmp_path, where, code, message):
    (tmp_path / "file").write_text("x")
    out = tmp_path / where
    result = CliRunner().invoke(cli, ["run", str(ROOT / "examples" / "pages"), "--out", str(out), *NO_MODEL])
    assert result.exit_code == code
    assert message.format(out=out) in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_out_folder_is_named_before_the_model_loads(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = CliRunner().invoke(cli, ["run", str(ROOT / "examples" / "pages"), "--out", str(out), *NO_MODEL])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 1
    assert f"Error: {out}: cannot write to the --out folder (Permission denied)" in result.output


def test_locked_is_reentrant_within_a_process(tmp_path):
    with locked(tmp_path / "out"):
        with locked(tmp_path / "out"):
            write_outputs(*small_frames(), tmp_path / "out", META, n_boot=20)
    assert load_scored(tmp_path / "out")[2] == META
