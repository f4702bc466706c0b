"""Adapt a trained model to a user's own hand-coded comments
(`readerstance adapt`).

The model's LoRA adapters and heads go on training on the coded comments
(tone and stance toward the run's target); the base encoder stays frozen.
Whether that helps is measured honestly: k-fold cross-validation, each fold
scored by a model that never saw it, against the unadapted model's labels on
the same comments (the labels a run gives: with the source's written-comment
memory, analysis.memory, when it has one for the run's target). The adapted
model is then trained on every coded comment and written to a new folder; the
source model is never changed.

The memory votes with the written comments' labels, not the user's, so it may
pull against what adaptation learned: the folds are scored with and without
it, and the adapted folder keeps it only when it does not lower the
cross-validated stance macro-F1.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

import torch

from .classifier import Classifier
from .errors import DataError
from . import memory
from .labels import STANCE_LABELS, TONE_LABELS
from .metrics import accuracy, macro_f1
from .model_card import write_card
from .network import TIERS, load, save
from .targets import Target

ROLES = {"tone": TONE_LABELS, "stance": STANCE_LABELS}


@dataclass
class AdaptSettings:
    """Knobs of `adapt`; the defaults suit a few hundred coded comments."""

    folds: int = 5
    epochs: int = 4
    lr: float = 3e-4
    batch_size: int = 16
    seed: int = 0
    # Every label present in the coded comments needs at least this many
    # (so that each cross-validation fold can hold one).
    min_per_class: int = 5


def check_labels(labels: dict[str, Sequence[str | None]], s: AdaptSettings) -> None:
    """Refuse coded labels too few to adapt on: fewer than 2 labels of a role,
    or a label with fewer than ``max(min_per_class, folds)`` comments."""
    need = max(s.min_per_class, s.folds)
    for role, values in labels.items():
        counts = Counter(v for v in values if v)
        if len(counts) < 2:
            raise DataError(f"{role}: the coded comments hold {len(counts)} label(s); adapting needs at least two")
        few = {k: n for k, n in counts.items() if n < need}
        if few:
            shown = ", ".join(f"{k} {n}" for k, n in sorted(few.items()))
            raise DataError(f"{role}: too few coded comments per label ({shown}; at least {need} each): "
                            "code more comments, or leave the rare label out")


def _predict(net, tokenizer, settings, texts: list[str], target: Target,
             written: memory.WrittenMemory | None = None) -> dict[str, list[str]]:
    from .backends import JointModel

    model = JointModel(net, tokenizer, settings, name="adapting", precision="float32")
    model.memory = written  # (loaded once by the caller: its base encoder is as large as the model's)
    scores = Classifier(model, model).classify(texts, target)
    return {"tone": [x.tone for x in scores], "stance": [x.stance for x in scores]}


def _fit(folder: Path, texts: list[str], labels: dict[str, list[str | None]], target: Target,
         s: AdaptSettings, seed: int):
    """The model of ``folder``, its adapters and heads trained further on
    (texts, labels); unlabelled roles (None) are left out of the loss."""
    from .inference import encode_pairs, pad
    from .text import normalise_social

    torch.manual_seed(seed)
    rng = random.Random(seed)
    net, tokenizer, settings, config = load(folder, merge=False)
    settings = replace(settings, tone_bias=[0.0] * 3, stance_bias=[0.0] * 3)  # the source's offsets fit its own logits
    rows = encode_pairs(tokenizer, [target.name] * len(texts), [normalise_social(t) for t in texts], settings.max_length)
    y = {role: torch.tensor([ROLES[role].index(v) if v else -100 for v in labels[role]]) for role in ROLES}
    params = [p for p in net.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=s.lr, weight_decay=0.01)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    order = list(range(len(texts)))
    for _ in range(s.epochs):
        rng.shuffle(order)
        for start in range(0, len(order), s.batch_size):
            batch = order[start:start + s.batch_size]
            ids, mask, types = pad(tokenizer, [rows[i] for i in batch])
            tone, stance = net(ids, mask, types)
            loss = loss_fn(tone, y["tone"][batch]) + loss_fn(stance, y["stance"][batch])
            loss.backward()
            optim.step()
            optim.zero_grad(set_to_none=True)
    net.eval()
    return net, tokenizer, settings, config


def _figures(gold: dict[str, list], pred: dict[str, list]) -> dict:
    out = {}
    for role, labels in ROLES.items():
        keep = [i for i, g in enumerate(gold[role]) if g]
        g = [gold[role][i] for i in keep]
        p = [pred[role][i] for i in keep]
        out[role] = {"accuracy": round(accuracy(g, p), 4), "macro_f1": round(macro_f1(g, p, labels), 4), "n": len(g)}
    return out


def adapt(folder: Path, texts: Sequence[str], labels: dict[str, Sequence[str | None]], target: Target, out: Path,
          s: AdaptSettings | None = None, log: Callable[[str], None] = lambda m: None) -> dict:
    """Cross-validate adaptation on the coded comments, then adapt on all of
    them and save the model to ``out``.

    ``labels`` holds per role ("tone", "stance") one label or None per text.
    Returns {"before": figures, "after": figures, "memory", "folds", "n", "settings"},
    figures being {role: {accuracy, macro_f1, n}}; "before" is the source
    model's labels (with its memory), "after" the pooled held-out labels of
    the fold models as the adapted model scores (with the memory when kept).
    "memory" is None when the source has no memory for ``target``, else
    {"kept": bool, "with": figures, "without": figures}.
    Raises DataError for too few labels, ValueError when ``out`` is the
    source folder or a bundled tier's."""
    from sklearn.model_selection import StratifiedKFold

    s = s or AdaptSettings()
    folder, out = Path(folder), Path(out)
    protected = {folder.resolve(), *(p.resolve() for p in TIERS.values())}
    if out.resolve() in protected:
        raise ValueError(f"--out {out}: would overwrite a shipped or source model; choose a new folder")
    texts = list(texts)
    labels = {role: list(labels[role]) for role in ROLES}
    check_labels(labels, s)
    net, tokenizer, settings, _ = load(folder)
    has_memory = memory.target_of(folder) == target.name
    written = memory.WrittenMemory.from_folder(folder) if has_memory else None
    log(f"scoring {len(texts)} coded comments with the source model")
    before = _predict(net, tokenizer, settings, texts, target, written)
    variants = (True, False) if has_memory else (False,)  # scored with the source's memory, and without it
    after = {v: {role: [None] * len(texts) for role in ROLES} for v in variants}
    strata = [labels["stance"][i] or "-" for i in range(len(texts))]
    for k, (train_idx, test_idx) in enumerate(
            StratifiedKFold(s.folds, shuffle=True, random_state=s.seed).split(texts, strata), 1):
        log(f"fold {k}/{s.folds}: adapting on {len(train_idx)} comments, scoring {len(test_idx)}")
        fitted = _fit(folder, [texts[i] for i in train_idx], {r: [labels[r][i] for i in train_idx] for r in ROLES},
                      target, s, s.seed + k)
        for v in variants:
            held = _predict(*fitted[:3], [texts[i] for i in test_idx], target, written if v else None)
            for role in ROLES:
                for j, i in enumerate(test_idx):
                    after[v][role][i] = held[role][j]
    log(f"adapting on all {len(texts)} coded comments")
    net, tokenizer, settings, config = _fit(folder, texts, labels, target, s, s.seed)
    figures = {v: _figures(labels, after[v]) for v in variants}
    keep = has_memory and figures[True]["stance"]["macro_f1"] >= figures[False]["stance"]["macro_f1"]
    result = {"before": _figures(labels, before), "after": figures[keep],
              "memory": {"kept": keep, "with": figures[True], "without": figures[False]} if has_memory else None,
              "folds": s.folds, "n": len(texts), "source": str(folder), "target": target.name, "settings": asdict(s)}
    save(net, settings, out, extra={k: v for k, v in config.items() if k not in ("settings", "adapted")}
         | {"adapted": result})
    memory.copy(folder, out) if keep else memory.remove(out)
    write_card(out)
    return result
