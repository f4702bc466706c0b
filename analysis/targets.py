"""Stance targets as data: a name, a description, and the words that mention
the target in text.

A target file is JSON with ``name`` (what the stance model is asked about),
``description``, ``phrases`` (matched case-insensitively, whole words),
``case_sensitive`` (matched exactly, whole words: keeps the pronoun "us" from
counting as "US") and ``patterns`` (extra case-sensitive regular
expressions). Built-in targets live in ``analysis/targets/``; users pass their
own file with ``--target FILE``.

User patterns run under the `regex` package with a time bound per text
(PATTERN_TIMEOUT seconds): a pattern that backtracks catastrophically, such
as ``(a+)+$``, stops the run with an error naming it instead of hanging it.
Patterns that can match the empty string are refused.
"""
from __future__ import annotations

import hashlib
import json
import re

import regex
from dataclasses import dataclass
from pathlib import Path

from .errors import TargetError

BUILTIN_DIR = Path(__file__).parent / "targets"
DEFAULT_TARGET = "united_states"
PATTERN_TIMEOUT = 1.0  # seconds per pattern per text


@dataclass(frozen=True)
class Mention:
    """A target mention: character offsets into the scored text and the surface form."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Target:
    """A stance target and the expressions that mention it."""

    name: str
    description: str = ""
    phrases: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: dict, source: str = "<dict>") -> "Target":
        if not isinstance(d, dict) or not isinstance(d.get("name"), str) or not d["name"].strip():
            raise TargetError(f"{source}: a target needs a non-empty string 'name'")
        for key in ("phrases", "case_sensitive", "patterns"):
            value = d.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise TargetError(f"{source}: '{key}' must be a list of non-empty strings")
        for p in d.get("patterns", []):
            try:
                compiled = regex.compile(p)
            except regex.error as exc:
                raise TargetError(f"{source}: pattern {p!r} is not a valid regular expression: {exc}") from exc
            try:
                empty = compiled.fullmatch("", timeout=PATTERN_TIMEOUT) is not None
            except TimeoutError:
                empty = True
            if empty:
                raise TargetError(f"{source}: pattern {p!r} matches the empty string, so it would find a "
                                  "'mention' between every two characters; make it match at least one character")
        return cls(d["name"].strip(), d.get("description", ""), tuple(d.get("phrases", [])),
                   tuple(d.get("case_sensitive", [])), tuple(d.get("patterns", [])))

    @property
    def fingerprint(self) -> str:
        blob = json.dumps([self.name, self.phrases, self.case_sensitive, self.patterns])
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def find_mentions(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in order; at a position the longest match wins."""
        return [Mention(a, b, text[a:b]) for a, b in _matcher(self).spans(text)]


def load_target(spec: str | Path | None = None) -> Target:
    """A built-in target by name (``united_states``) or a JSON file path."""
    spec = spec or DEFAULT_TARGET
    path = Path(spec)
    if not path.suffix and not path.exists():
        path = BUILTIN_DIR / f"{spec}.json"
        if not path.exists():
            known = ", ".join(sorted(p.stem for p in BUILTIN_DIR.glob("*.json")))
            raise TargetError(f"unknown target {spec!r}: use one of {known} or a path to a JSON target file")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TargetError(f"{path}: no such target file") from exc
    except IsADirectoryError as exc:
        raise TargetError(f"{path}: is a folder; --target takes a built-in name or a JSON target file") from exc
    except PermissionError as exc:
        raise TargetError(f"{path}: cannot read the target file: permission denied") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TargetError(f"{path}: not valid JSON: {exc}") from exc
    return Target.from_dict(raw, str(path))


_CAPS_WORD = re.compile(r"[A-Z]{2,}")
# Links and e-mail addresses: a target name inside one ("dawn.com/news/us-aid",
# "kerry.office@state.gov") is not a mention. Bare domains need a common
# top-level domain, so a missing space ("America.They") is not a link.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|mil|int|info|io|co|pk|uk|in|af|news|tv)\b(?:\.[a-z]{2}\b)?(?:/\S*)?",
    re.IGNORECASE)


class _Matcher:
    def __init__(self, target: Target):
        def alt(words):
            return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

        bound_l, bound_r = r"(?<![\w])", r"(?![\w])"
        self.insensitive = re.compile(bound_l + f"(?:{alt(target.phrases)})" + bound_r, re.IGNORECASE) if target.phrases else None
        # "U.S." ends in a dot, so the right boundary is only "not a word char".
        self.sensitive = re.compile(bound_l + f"(?:{alt(target.case_sensitive)})" + r"(?![\w])") if target.case_sensitive else None
        self.patterns = [regex.compile(p) for p in target.patterns]

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        if self.insensitive:
            found += [m.span() for m in self.insensitive.finditer(text)]
        if self.sensitive:
            found += [m.span() for m in self.sensitive.finditer(text) if not _shouted_pronoun(text, *m.span())]
        for p in self.patterns:
            try:
                spans = [m.span() for m in p.finditer(text, timeout=PATTERN_TIMEOUT)]
            except TimeoutError:
                raise TargetError(f"target pattern {p.pattern!r} ran over {PATTERN_TIMEOUT:g} s on one text of "
                                  f"{len(text):,} characters (catastrophic backtracking?); simplify it, e.g. "
                                  "avoid nested repeats such as (a+)+") from None
            found += [(a, b) for a, b in spans if b > a and not _shouted_pronoun(text, a, b)]
        links = [m.span() for m in _LINK.finditer(text)]
        found = [(a, b) for a, b in found if not any(la < b and a < lb for la, lb in links)]
        found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        out = []
        for a, b in found:
            if not out or a >= out[-1][1]:
                out.append((a, b))
        return out


def _shouted_pronoun(text: str, a: int, b: int) -> bool:
    """'US' in all-capitals text ("HELP US NOW") is the pronoun."""
    if text[a:b] != "US":
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, a - 30):a])
    after = re.findall(r"[A-Za-z]+", text[b:b + 30])
    neighbours = before[-1:] + after[:1]
    return bool(neighbours) and all(_CAPS_WORD.fullmatch(w) for w in neighbours)


_MATCHERS: dict[Target, _Matcher] = {}


def _matcher(target: Target) -> _Matcher:
    if target not in _MATCHERS:
        _MATCHERS[target] = _Matcher(target)
    return _MATCHERS[target]
