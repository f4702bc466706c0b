"""Build a shipped tier's written-comment memory (analysis.memory) and choose
its k, temperature and weight on the in-domain dev set.

    python benchmarks/memory_dev.py --tier accurate     # writes analysis/model_accurate/memory.*
    python benchmarks/memory_dev.py --tier fast --out /tmp/fast_memory

The memory embeds every written training comment (analysis.indomain's
TRAIN_SPLITS) with the tier's base encoder. Each setting of the grid is
scored on the dev comments the way `evaluate` scores them (windows, then the
classifier's weighted mean); the best dev stance macro-F1 wins (ties: the
smaller weight). The rule that ships a memory was declared before any test
figure was read: keep it when it raises dev stance macro-F1 by 0.02 or more
(tone is untouched by construction). Test comments are never read here.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import indomain, memory  # noqa: E402
from analysis.backends import JointModel  # noqa: E402
from analysis.classifier import STANCE, TONE, Classifier  # noqa: E402
from analysis.labels import STANCE_LABELS  # noqa: E402
from analysis.metrics import macro_f1  # noqa: E402
from analysis.network import TIERS, inference_dtype  # noqa: E402
from analysis.targets import load_target  # noqa: E402
from analysis.text import normalise_social  # noqa: E402

KS = (5, 10, 25)
TEMPERATURES = (0.05, 0.1)
WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
KEEP_GAIN = 0.02


class _Replay:
    """The model's windows, and for `predict` its stance probabilities blended with a vote given in advance."""

    def __init__(self, model: JointModel, probs: dict, vote: np.ndarray, weight: float):
        self.model, self.probs, self.vote, self.weight = model, probs, vote, weight
        self.roles, self.precision, self.fingerprint = model.roles, model.precision, "replay"

    def windows(self, texts, targets):
        return self.model.windows(texts, targets)

    def predict(self, targets, texts):
        return {TONE: self.probs[TONE], STANCE: (1 - self.weight) * self.probs[STANCE] + self.weight * self.vote}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tier", choices=sorted(TIERS), default="accurate")
    ap.add_argument("--out", type=Path, help="where to write the memory (default: the tier's folder, when kept)")
    ap.add_argument("--precision", default="auto", choices=["auto", "float32", "bfloat16"])
    args = ap.parse_args(argv)

    folder = TIERS[args.tier]
    model = JointModel.from_pretrained(folder, precision=args.precision)
    model.memory = None  # the model alone
    target = load_target()
    rows = indomain.load("dev")
    texts, gold = [c.text for c in rows], [c.stance for c in rows]
    # the windows the classifier scores, once; the network's probabilities for them, once
    parts = model.windows(texts, [target.name] * len(texts))
    flat = [normalise_social(texts[i][a:b]) for i, ps in enumerate(parts) for a, b, _ in ps]
    probs = model.predict([target.name] * len(flat), flat)

    base = model.settings.base
    embed = memory.Embedder(base, inference_dtype(args.precision))
    written, labels, digest = memory.written_comments(indomain.TRAIN_SPLITS)
    print(f"embedding {len(written)} written comments and {len(flat)} dev windows with {base}", flush=True)
    vectors, queries = embed(written), embed(flat)

    def dev_f1(vote: np.ndarray, weight: float) -> float:
        got = Classifier(replay := _Replay(model, probs, vote, weight), replay).classify(texts, target)
        return round(macro_f1(gold, [s.stance for s in got], STANCE_LABELS), 4)

    grid = {}
    for k in KS:
        for temperature in TEMPERATURES:
            vote = memory.votes(queries, vectors, labels, k, temperature)
            grid[f"k{k} t{temperature:g}"] = [dev_f1(vote, w) for w in WEIGHTS]
            print(f"k={k} temperature={temperature:g}: " + " ".join(
                f"{w:g}:{f:.4f}" for w, f in zip(WEIGHTS, grid[f"k{k} t{temperature:g}"])), flush=True)
    before = grid[f"k{KS[0]} t{TEMPERATURES[0]:g}"][0]
    best_f1, best = max((f, (-w, k, t)) for k in KS for t in TEMPERATURES
                        for w, f in zip(WEIGHTS, grid[f"k{k} t{t:g}"]))
    weight, k, temperature = -best[0], best[1], best[2]
    kept = best_f1 - before >= KEEP_GAIN
    print(f"dev stance macro-F1 {before:.4f} -> {best_f1:.4f} (k={k}, temperature={temperature:g}, weight={weight:g}):"
          f" {'kept' if kept else 'not kept'} (rule: a gain of {KEEP_GAIN} or more)")
    out = args.out or (folder if kept else None)
    if out is not None:
        settings = memory.MemorySettings(base, tuple(indomain.TRAIN_SPLITS), k, temperature, weight,
                                         texts_sha256=digest)
        memory.save(out, settings, vectors, labels, {
            "built": {"date": date.today().isoformat(), "precision": model.precision, "comments": len(written)},
            "dev": {"stance_indomain_dev_macro_f1_before": before, "stance_indomain_dev_macro_f1": best_f1,
                    "grid_weights": list(WEIGHTS), "grid": grid, "kept": kept,
                    "rule": f"keep when dev stance macro-F1 rises by {KEEP_GAIN} or more"}})
        print(f"memory written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
