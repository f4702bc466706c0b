"""Tone and stance classification of texts toward a target.

``Classifier.classify(texts, target)`` returns one :class:`Score` per text,
in order. Each model splits each text into the parts it can read whole (the
whole text when it fits; otherwise sentence windows, ``analysis.windows``),
scores every part, and the classifier aggregates part probabilities weighted
by their token counts, so nothing is truncated.

The roles are filled by models (see ``analysis.backends``): the project's joint
tone-and-stance network fills both in one encoder pass; a Hugging Face
sequence-classification model can fill the tone role, and an NLI model
(zero-shot) or a target-conditioned classifier the stance role.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from .labels import STANCE_LABELS, TONE_LABELS
from .targets import Mention, Target
from .text import normalise_social

TONE = "tone"
STANCE = "stance"


@dataclass(frozen=True)
class Evidence:
    """A part of a long text and how strongly it backed a role's final label."""

    role: str          # "tone" or "stance"
    start: int         # character offsets into the scored text
    end: int
    label: str         # the role's final label
    prob: float        # this part's probability of that label
    weight: float      # this part's share of the aggregate (token share)


@dataclass(frozen=True)
class Score:
    """The classification of one text toward one target.

    ``tone_probs`` are P(negative, neutral, positive); ``tone_score`` is
    P(positive) - P(negative) in [-1, 1]; ``stance_probs`` are P(against,
    none, favor). ``evidence`` is empty for texts scored in one part."""

    tone: str
    tone_probs: tuple[float, float, float]
    tone_score: float
    stance: str
    stance_probs: tuple[float, float, float]
    mentions: tuple[Mention, ...]
    evidence: tuple[Evidence, ...]
    n_parts: int


class RoleModel(Protocol):
    """What a model offers the classifier (see ``analysis.backends``): the
    roles it can fill, the windows of each text it can read whole, and
    probabilities per window for those roles."""

    fingerprint: str
    precision: str  # the number format it computes in: "float32" or "bfloat16"
    roles: tuple[str, ...]

    def windows(self, texts: Sequence[str], targets: Sequence[str]) -> list[list[tuple[int, int, int]]]:
        """(start, end, n_tokens) windows covering each text, in order."""

    def predict(self, targets: Sequence[str], texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Probabilities (n, 3), in our label order, for each role it fills."""


class Classifier:
    """Scores texts for tone and stance toward a target.

    ``tone_model`` and ``stance_model`` are ready model objects (see
    ``analysis.backends``); pass the same object for both to get one encoder pass
    per part. ``analysis.backends.build_classifier()`` builds one from model names."""

    def __init__(self, tone_model: RoleModel, stance_model: RoleModel, max_evidence: int = 3):
        for role, model in ((TONE, tone_model), (STANCE, stance_model)):
            if role not in model.roles:
                raise ValueError(f"{type(model).__name__} cannot fill the {role} role (it offers {model.roles})")
        self.tone_model = tone_model
        self.stance_model = stance_model
        self.max_evidence = max_evidence

    @property
    def fingerprint(self) -> str:
        if self.tone_model is self.stance_model:
            return self.tone_model.fingerprint
        return f"{self.tone_model.fingerprint}+{self.stance_model.fingerprint}"

    @property
    def precision(self) -> str:
        """The number format of the scores: "float32", "bfloat16", or the tone
        and the stance model's joined by "+" when they differ."""
        tone, stance = self.tone_model.precision, self.stance_model.precision
        return tone if tone == stance else f"{tone}+{stance}"

    def classify(self, texts: Sequence[str], target: Target) -> list[Score]:
        """One Score per text, in input order."""
        return self.classify_pairs(texts, [target] * len(texts))

    def classify_pairs(self, texts: Sequence[str], targets: Sequence[Target]) -> list[Score]:
        """One Score per (text, target) pair, in input order: for evaluation
        sets where every row has its own target."""
        texts, targets = list(texts), list(targets)
        if len(texts) != len(targets):
            raise ValueError(f"{len(texts)} texts but {len(targets)} targets")
        names = [t.name for t in targets]
        if self.tone_model is self.stance_model:  # one model fills both roles: one pass
            tone_parts, flat, flat_targets = self._parts(self.tone_model, texts, names)
            probs = self.tone_model.predict(flat_targets, flat)
            stance_parts = tone_parts
            tone_probs, stance_probs = _unflatten(tone_parts, probs[TONE]), _unflatten(tone_parts, probs[STANCE])
        else:
            tone_parts, tone_probs = self._score_role(self.tone_model, TONE, texts, names)
            stance_parts, stance_probs = self._score_role(self.stance_model, STANCE, texts, names)
        out = []
        for i, text in enumerate(texts):
            t_probs, t_ev = self._aggregate(TONE, tone_parts[i], tone_probs[i], TONE_LABELS)
            s_probs, s_ev = self._aggregate(STANCE, stance_parts[i], stance_probs[i], STANCE_LABELS)
            out.append(Score(
                tone=TONE_LABELS[int(np.argmax(t_probs))],
                tone_probs=tuple(round(float(p), 6) for p in t_probs),
                tone_score=round(float(t_probs[2] - t_probs[0]), 6),
                stance=STANCE_LABELS[int(np.argmax(s_probs))],
                stance_probs=tuple(round(float(p), 6) for p in s_probs),
                mentions=tuple(targets[i].find_mentions(text)),
                evidence=t_ev + s_ev,
                n_parts=max(len(tone_parts[i]), len(stance_parts[i])),
            ))
        return out

    def _parts(self, model: RoleModel, texts: list[str], targets: list[str]):
        """The model's windows of each text, and the flat lists of window texts and targets."""
        parts = model.windows(texts, targets)
        flat = [normalise_social(texts[i][a:b]) for i, ps in enumerate(parts) for a, b, _ in ps]
        flat_targets = [targets[i] for i, ps in enumerate(parts) for _ in ps]
        return parts, flat, flat_targets

    def _score_role(self, model, role, texts, targets):
        parts, flat, flat_targets = self._parts(model, texts, targets)
        return parts, _unflatten(parts, model.predict(flat_targets, flat)[role])

    def _aggregate(self, role, parts, probs, labels):
        weights = np.array([n for _, _, n in parts], dtype=np.float64)
        weights /= weights.sum()
        agg = (probs * weights[:, None]).sum(axis=0)
        if len(parts) == 1:
            return agg, ()
        k = int(np.argmax(agg))
        contrib = probs[:, k] * weights
        top = np.argsort(-contrib)[: self.max_evidence]
        evidence = tuple(Evidence(role, parts[j][0], parts[j][1], labels[k], round(float(probs[j, k]), 6),
                                  round(float(weights[j]), 6)) for j in sorted(top))
        return agg, evidence


def _unflatten(parts, probs):
    out, k = [], 0
    for ps in parts:
        out.append(probs[k:k + len(ps)])
        k += len(ps)
    return out


def score_to_dict(score: Score, text: str | None = None) -> dict:
    """The JSON form of a Score (used by `score`, the cache and reports).
    With ``text``, evidence entries carry the part's text too."""
    ev = []
    for e in score.evidence:
        d = {"role": e.role, "start": e.start, "end": e.end, "label": e.label, "prob": e.prob, "weight": e.weight}
        if text is not None:
            d["text"] = text[e.start:e.end]
        ev.append(d)
    return {
        "tone": score.tone,
        "tone_score": score.tone_score,
        "tone_probs": dict(zip(TONE_LABELS, score.tone_probs)),
        "stance": score.stance,
        "stance_probs": dict(zip(STANCE_LABELS, score.stance_probs)),
        "target_mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in score.mentions],
        "evidence": ev,
        "n_parts": score.n_parts,
    }


def score_from_dict(d: dict) -> Score:
    """Inverse of :func:`score_to_dict`."""
    return Score(
        tone=d["tone"], tone_probs=tuple(d["tone_probs"][k] for k in TONE_LABELS), tone_score=d["tone_score"],
        stance=d["stance"], stance_probs=tuple(d["stance_probs"][k] for k in STANCE_LABELS),
        mentions=tuple(Mention(m["start"], m["end"], m["text"]) for m in d["target_mentions"]),
        evidence=tuple(Evidence(e["role"], e["start"], e["end"], e["label"], e["prob"], e["weight"]) for e in d["evidence"]),
        n_parts=d["n_parts"],
    )
