"""Metrics in the conventions of the benchmarks we report against."""
from __future__ import annotations

from typing import Sequence

from sklearn.metrics import accuracy_score, f1_score, recall_score


def macro_recall(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    return float(recall_score(gold, pred, labels=list(labels), average="macro", zero_division=0))


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    return float(f1_score(gold, pred, labels=list(labels), average="macro", zero_division=0))


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    return float(accuracy_score(gold, pred))


def f_avg(gold: Sequence[str], pred: Sequence[str]) -> float:
    """SemEval-2016 Task 6: mean of F1(favor) and F1(against), pooled."""
    return float(f1_score(gold, pred, labels=["favor", "against"], average="macro", zero_division=0))
