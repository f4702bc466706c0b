"""Every README example that works on the bundled pages runs, with the
bundled model, and does what the README says (no example returns nothing)."""
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from readerstance.cli import cli

ROOT = Path(__file__).resolve().parents[1]
# What an example may name to count as runnable here: the bundled pages and
# coded file, and the folders and files the examples themselves write.
RUNNABLE = ("examples/", "out", "coding.csv", "pages.jsonl", "scored.jsonl")
# Left out on purpose: user data the README only illustrates, the public
# datasets, other models (the accurate tier, hub names), Ray and training.
SKIPPED = ("corpus/", "page.txt", "../shared/data", "--model", "--engine", "--tone-model", "train")


def readme_commands() -> list[str]:
    """The `readerstance ...` lines of the README's sh blocks, continuation
    lines joined, trailing comments dropped."""
    commands, block, pending = [], False, ""
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            block = line == "```sh"
            continue
        if not block:
            continue
        line = pending + line.strip()
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        if line.startswith("readerstance "):
            commands.append(shlex.split(line, comments=True))
    return commands


def runnable(argv: list[str]) -> bool:
    words = argv[1:]
    if any(s in w for w in words for s in SKIPPED):
        return False
    paths = [w for w in words if not w.startswith("-") and ("/" in w or "." in w or w == "out")]
    return all(p.startswith(RUNNABLE) for p in paths)


def test_the_readme_lists_the_commands_we_run_here():
    names = {argv[1] for argv in readme_commands() if runnable(argv)}
    assert names == {"split", "score", "run", "report", "inspect", "sample", "validate"}


@pytest.mark.slow
def test_every_runnable_readme_example_succeeds_on_the_bundled_pages(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    ran = 0
    for argv in readme_commands():
        if not runnable(argv):
            continue
        argv = argv[1:]
        target = None
        if ">" in argv:  # `readerstance split examples/pages > pages.jsonl`
            target = argv[argv.index(">") + 1]
            argv = argv[:argv.index(">")]
        result = runner.invoke(cli, argv)
        assert result.exit_code == 0, (argv, result.output)
        if target:
            Path(target).write_text(result.stdout, encoding="utf-8")
            assert result.stdout.count("\n") == len(list((tmp_path / "examples" / "pages").iterdir()))
        if argv[0] == "inspect":
            assert "No comments match" not in result.output, argv  # each example shows something
            assert "[1] article" in result.output, argv
        ran += 1
    assert ran >= 9
