"""Batched forward passes: tokenizer → model → probabilities, with
length-sorted batches so padding costs little."""
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


def pair_logits(net, tokenizer, targets: Sequence[str], texts: Sequence[str], max_length: int,
                batch_size: int = DEFAULT_BATCH_SIZE):
    """Tone and stance logits for each (target, text) pair, in input order.

    Texts must already fit in ``max_length`` tokens together with their
    target (callers split long texts first); anything longer is cut, so the
    caller is responsible for windowing. Returns two float32 arrays (n, 3)."""
    n = len(texts)
    tone = np.zeros((n, 3), dtype=np.float32)
    stance = np.zeros((n, 3), dtype=np.float32)
    if n == 0:
        return tone, stance
    enc = tokenizer(list(targets), list(texts), truncation="only_second", max_length=max_length)
    lengths = [len(ids) for ids in enc["input_ids"]]
    pad_id = tokenizer.pad_token_id or 0
    with torch.inference_mode():
        for batch in length_sorted_batches(lengths, batch_size):
            ids, mask, types, _ = collate([(enc["input_ids"][i], segment_ids(enc, i), 0) for i in batch], pad_id)
            t, s = net(ids, mask, types)
            tone[batch] = t.float().numpy()
            stance[batch] = s.float().numpy()
    return tone, stance


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def collate(rows, pad_id):
    """Padded (ids, mask, token types, labels) tensors for rows of
    (input ids, token types, label index)."""
    width = max(len(r[0]) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    types = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, (a, t, _) in enumerate(rows):
        ids[i, :len(a)] = torch.tensor(a)
        types[i, :len(a)] = torch.tensor(t)
        mask[i, :len(a)] = 1
    return ids, mask, types, torch.tensor([r[2] for r in rows])
