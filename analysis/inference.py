"""Batched forward passes: tokenizer → model → probabilities, with
length-sorted batches so padding costs little."""
from __future__ import annotations

from typing import Callable, Sequence

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
                batch_size: int = DEFAULT_BATCH_SIZE, progress: Callable[[int], None] | None = None):
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
            width = max(lengths[i] for i in batch)
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            types = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                k = lengths[i]
                ids[row, :k] = torch.tensor(enc["input_ids"][i])
                mask[row, :k] = 1
                types[row, :k] = torch.tensor(segment_ids(enc, i))
            t, s = net(ids, mask, types)
            tone[batch] = t.float().numpy()
            stance[batch] = s.float().numpy()
            if progress:
                progress(len(batch))
    return tone, stance


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
