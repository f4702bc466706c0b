"""The pieces of a forward pass shared by scoring and training: (target,
text) pairs tokenized once, length-sorted batches so padding costs little,
the tokenizer's own padding, and the joint network's logits."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import torch

# Measured on the 2-core reference machine (`benchmarks/bench_score.py --sweep
# --comments 1000`, 2026-11-23): batch 8: 155, 16: 145, 32: 111, 64: 171,
# 128: 101 comments/s, peak RSS 547 MB to 803 MB. 64 was fastest; the
# figures are noisy to about ±20% between runs.
DEFAULT_BATCH_SIZE = 64


def length_sorted_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def segment_ids(enc, i: int) -> list[int]:
    """Row ``i``'s token types of a (target, text) pair encoding: the
    tokenizer's own when it has them (BERT), else 1 on the text's tokens and
    0 elsewhere (MPNet has no token types; the segments pool needs them)."""
    if "token_type_ids" in enc:
        return enc["token_type_ids"][i]
    return [1 if s == 1 else 0 for s in enc.sequence_ids(i)]


def encode_pairs(tokenizer, targets: Sequence[str], texts: Sequence[str], max_length: int) -> list[dict]:
    """Each (target, text) pair as unpadded ``input_ids`` and ``token_type_ids``,
    the text cut to fit ``max_length`` (callers window long texts first)."""
    if not texts:
        return []
    enc = tokenizer(list(targets), list(texts), truncation="only_second", max_length=max_length)
    return [{"input_ids": ids, "token_type_ids": segment_ids(enc, i)} for i, ids in enumerate(enc["input_ids"])]


def pad(tokenizer, rows: Sequence[dict]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(ids, attention mask, token types) tensors of ``rows`` padded by the tokenizer."""
    out = tokenizer.pad(list(rows), return_tensors="pt")
    return out["input_ids"], out["attention_mask"], out["token_type_ids"]


def joint_logits(net, ids, mask, types) -> np.ndarray:
    """The joint network's tone and stance logits side by side: float32 (n, 6)."""
    with torch.inference_mode():
        tone, stance = net(ids, mask, types)
    return torch.cat([tone, stance], dim=1).float().numpy()


def pair_logits(net, tokenizer, targets: Sequence[str], texts: Sequence[str], max_length: int,
                batch_size: int = DEFAULT_BATCH_SIZE):
    """Tone and stance logits of the joint network for each (target, text)
    pair, in input order: two float32 arrays (n, 3). Texts longer than
    ``max_length`` with their target are cut (see ``encode_pairs``)."""
    rows = encode_pairs(tokenizer, targets, texts, max_length)
    out = np.zeros((len(rows), 6), dtype=np.float32)
    for batch in length_sorted_batches([len(r["input_ids"]) for r in rows], batch_size):
        out[batch] = joint_logits(net, *pad(tokenizer, [rows[i] for i in batch]))
    return out[:, :3], out[:, 3:]


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
