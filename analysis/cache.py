"""A SQLite cache of scores keyed by (model fingerprint, target, text hash).

Scores are committed chunk by chunk, so a run that is killed keeps what it
finished, and the next run only scores what is missing."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Sequence

from .classifier import Classifier, Score, score_from_dict, score_to_dict
from .errors import CacheError
from .targets import Target


def default_cache_path() -> Path:
    base = os.environ.get("READERSTANCE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "readerstance", "scores.sqlite")
    return Path(base)


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ScoreCache:
    """Stored scores. ``path=None`` keeps them in memory only."""

    def __init__(self, path: str | Path | None):
        """Open (or create) the cache. Raises CacheError naming the file when it
        is damaged or cannot be created."""
        self.path = path
        try:
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(":memory:" if path is None else str(path))
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS scores (model TEXT, target TEXT, text_hash TEXT, "
                            "payload TEXT, PRIMARY KEY (model, target, text_hash))")
            self.db.execute("SELECT count(*) FROM (SELECT 1 FROM scores LIMIT 1)").fetchone()
        except (OSError, sqlite3.OperationalError) as exc:
            raise CacheError(f"{path}: cannot open the score cache ({exc}); pass --no-cache to keep scores in memory") from None
        except sqlite3.DatabaseError as exc:
            raise CacheError(f"{path}: the score cache is damaged ({exc}); it only holds scores already "
                             "computed, so delete it or pass --no-cache") from None

    def get_many(self, model: str, target: str, keys: Sequence[str]) -> dict[str, Score]:
        found: dict[str, Score] = {}
        unique = list(dict.fromkeys(keys))
        for i in range(0, len(unique), 500):
            chunk = unique[i:i + 500]
            rows = self.db.execute(
                f"SELECT text_hash, payload FROM scores WHERE model=? AND target=? AND text_hash IN ({','.join('?' * len(chunk))})",
                [model, target, *chunk])
            found.update((h, score_from_dict(json.loads(p))) for h, p in rows)
        return found

    def put_many(self, model: str, target: str, items: Sequence[tuple[str, Score]]) -> None:
        try:
            self._put_many(model, target, items)
        except sqlite3.DatabaseError as exc:
            raise CacheError(f"{self.path}: cannot store scores in the score cache ({exc}); free disk space, or "
                             "delete the cache, or pass --no-cache") from None

    def _put_many(self, model: str, target: str, items: Sequence[tuple[str, Score]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO scores VALUES (?, ?, ?, ?)",
                                [(model, target, h, json.dumps(score_to_dict(s))) for h, s in items])

    def close(self) -> None:
        self.db.close()


class Scorer:
    """A classifier behind a cache: ``score`` returns the same Scores as
    ``Classifier.classify`` but computes only texts not seen before."""

    def __init__(self, classifier: Classifier, cache: ScoreCache, chunk_size: int = 256):
        self.classifier = classifier
        self.cache = cache
        self.chunk_size = chunk_size

    def score(self, texts: Sequence[str], target: Target) -> list[Score]:
        """One Score per text, in order: from the cache, else scored and
        committed chunk by chunk."""
        model, tkey = self.classifier.fingerprint, target.fingerprint
        keys = [text_key(t) for t in texts]
        text_of = dict(zip(keys, texts))
        known = self.cache.get_many(model, tkey, keys)
        missing = [k for k in text_of if k not in known]
        for c in range(0, len(missing), self.chunk_size):
            chunk = missing[c:c + self.chunk_size]
            scores = self.classifier.classify([text_of[k] for k in chunk], target)
            self.cache.put_many(model, tkey, list(zip(chunk, scores)))
            known.update(zip(chunk, scores))
        return [known[k] for k in keys]
