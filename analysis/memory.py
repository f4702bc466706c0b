"""A memory of our written training comments: the stance of the written
comments nearest to a text, blended into the model's stance.

The memory holds each training comment's embedding by the base sentence
encoder (mean-pooled, unit length; not the fine-tuned network, whose pooled
outputs make poor neighbours) and its written stance label. A text's vote is
the label distribution of its ``k`` nearest comments by cosine similarity,
each weighted by ``exp(similarity / temperature)``; the model's stance
probabilities become ``(1 - weight) * model + weight * vote``. It applies to
stance toward the memory's target only (the bundled "the United States"):
other targets, and tone, are the model's alone.

A tier ships its memory as ``memory.json`` (settings, the dev figures that
chose them) and ``memory.safetensors`` (embeddings as int8 with a scale per
row, a quarter of float32; labels) in its
model folder; ``benchmarks/memory_dev.py`` builds both and chooses ``k``,
``temperature`` and ``weight`` on the in-domain dev set.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from . import indomain
from .errors import ModelError
from .labels import STANCE_LABELS

SETTINGS_FILE = "memory.json"
VECTORS_FILE = "memory.safetensors"
#: Tokens of each text the base encoder reads (windows are at most this long).
MAX_LENGTH = 128
BATCH_SIZE = 64


@dataclass(frozen=True)
class MemorySettings:
    base: str  # the encoder that embeds (analysis.encoder.BASES)
    splits: tuple[str, ...]  # the written training splits it holds
    k: int
    temperature: float
    weight: float
    target: str = indomain.TARGET
    texts_sha256: str = ""  # of the comments' texts and labels, in order: a changed split is refused

    @classmethod
    def from_dict(cls, d: dict) -> "MemorySettings":
        d = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**{**d, "splits": tuple(d["splits"])})


def target_of(folder: Path) -> str | None:
    """The target a model folder's memory blends into, or None when the folder has no memory."""
    path = Path(folder) / SETTINGS_FILE
    if not path.exists():
        return None
    return MemorySettings.from_dict(json.loads(path.read_text(encoding="utf-8"))["settings"]).target


def copy(source: Path, out: Path) -> None:
    """Give the model folder ``out`` the memory of ``source`` (both files, unchanged)."""
    import shutil

    for name in (SETTINGS_FILE, VECTORS_FILE):
        shutil.copyfile(Path(source) / name, Path(out) / name)


def remove(folder: Path) -> None:
    """Take the memory out of a model folder (a folder written again must not keep a stale one)."""
    for name in (SETTINGS_FILE, VECTORS_FILE):
        (Path(folder) / name).unlink(missing_ok=True)


def written_comments(splits: Sequence[str]) -> tuple[list[str], np.ndarray, str]:
    """The texts (as scored: social-media normalised), stance label indexes and digest of ``splits``."""
    rows = [e for split in splits for e in indomain.examples(split)[1::2]]
    texts = [e.text for e in rows]
    labels = np.array([STANCE_LABELS.index(e.label) for e in rows], dtype=np.int64)
    digest = hashlib.sha256(json.dumps([texts, labels.tolist()]).encode("utf-8")).hexdigest()
    return texts, labels, digest


class Embedder:
    """The base encoder's mean-pooled, unit-length embeddings of texts."""

    def __init__(self, base: str, dtype: torch.dtype = torch.float32):
        from .network import base_encoder

        self.encoder, self.tokenizer = base_encoder(base)
        self.encoder = self.encoder.eval().to(dtype)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.encoder.config.hidden_size), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad little
        for start in range(0, len(order), BATCH_SIZE):
            index = order[start:start + BATCH_SIZE]
            batch = self.tokenizer([texts[i] for i in index], padding=True, truncation=True,
                                   max_length=MAX_LENGTH, return_tensors="pt")
            with torch.inference_mode():
                hidden = self.encoder(**batch).last_hidden_state.float()
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
            out[index] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        return out


def votes(queries: np.ndarray, memory: np.ndarray, labels: np.ndarray, k: int, temperature: float) -> np.ndarray:
    """Each query's stance distribution over its ``k`` nearest memory rows (cosine), weighted by
    ``exp(similarity / temperature)``."""
    sims = queries @ memory.T
    k = min(k, len(memory))
    nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    near = np.take_along_axis(sims, nearest, 1)
    weights = np.exp((near - near.max(axis=1, keepdims=True)) / temperature)
    out = np.zeros((len(queries), len(STANCE_LABELS)))
    for j in range(len(STANCE_LABELS)):
        out[:, j] = (weights * (labels[nearest] == j)).sum(1)
    return out / out.sum(1, keepdims=True)


class WrittenMemory:
    """The memory of a model folder, ready to blend (see the module's doc)."""

    def __init__(self, settings: MemorySettings, vectors: np.ndarray, labels: np.ndarray, embed: Embedder):
        self.settings, self.vectors, self.labels, self.embed = settings, vectors, labels, embed
        stored = hashlib.sha256(np.ascontiguousarray(vectors).tobytes()).hexdigest()[:12]  # (the vectors as loaded)
        self.fingerprint = f"memory:{settings.base}:{stored}:k{settings.k}:t{settings.temperature:g}:w{settings.weight:g}"

    @classmethod
    def from_folder(cls, folder: Path, dtype: torch.dtype = torch.float32) -> "WrittenMemory | None":
        """The folder's memory, or None when it has none. Raises ModelError when its files do not match
        the written comments shipped with the project."""
        from safetensors.numpy import load_file

        path = Path(folder) / SETTINGS_FILE
        if not path.exists():
            return None
        settings = MemorySettings.from_dict(json.loads(path.read_text(encoding="utf-8"))["settings"])
        _, labels, digest = written_comments(settings.splits)
        stored = load_file(str(Path(folder) / VECTORS_FILE))
        if digest != settings.texts_sha256 or not np.array_equal(stored["labels"], labels):
            raise ModelError(f"{path}: built from other written comments than analysis/indomain holds now; "
                             f"rebuild it with `python benchmarks/memory_dev.py --out {folder}`")
        vectors = stored["vectors"].astype(np.float32) * stored["scales"][:, None].astype(np.float32)
        return cls(settings, vectors, labels, Embedder(settings.base, dtype))

    def blend(self, stance: np.ndarray, targets: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """``stance`` (rows of probabilities) with the memory's vote blended into rows toward its target."""
        rows = [i for i, t in enumerate(targets) if t == self.settings.target]
        if not rows or not self.settings.weight:
            return stance
        out = stance.copy()
        vote = votes(self.embed([texts[i] for i in rows]), self.vectors, self.labels, self.settings.k,
                     self.settings.temperature)
        out[rows] = (1 - self.settings.weight) * stance[rows] + self.settings.weight * vote
        return out


def save(folder: Path, settings: MemorySettings, vectors: np.ndarray, labels: np.ndarray, record: dict) -> None:
    """Write a memory into ``folder``: settings with ``record`` (how they were chosen), and the vectors."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    scales = np.abs(vectors).max(axis=1) / 127  # unit vectors: each row's int8 steps are about 1% of its largest part
    save_file({"vectors": np.round(vectors / scales[:, None]).astype(np.int8), "scales": scales.astype(np.float32),
               "labels": labels}, str(folder / VECTORS_FILE))
    payload = {"settings": {**asdict(settings), "splits": list(settings.splits)}, **record}
    (folder / SETTINGS_FILE).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
