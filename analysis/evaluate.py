"""Measure the classifier on the public test sets, beside simple baselines.

Only test, ``*eval*`` and held-out-target files are scored here; none of them
is used in training or calibration (see ``analysis.train``)."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from . import data as D
from . import indomain
from .classifier import Classifier
from .labels import STANCE_LABELS, TONE_LABELS
from .metrics import accuracy, f_avg, macro_f1, macro_recall
from .targets import Target, load_target

KEYS = (
    "tone_tweeteval_macro_recall", "tone_tweeteval_macro_f1", "tone_newsmtsc_rw_macro_f1",
    "stance_vast_macro_f1", "stance_vast_zeroshot_macro_f1", "stance_vast_us_macro_f1",
    "stance_semeval_b_favg", "stance_semeval_a_favg",
)
TONE_KEYS = KEYS[:3]
# Our written reader comments (analysis.indomain): the locked test half, and
# the dev half (reported for reference: models are selected on it).
INDOMAIN_KEYS = (
    "tone_indomain_test_macro_f1", "stance_indomain_test_macro_f1",
    "tone_indomain_dev_macro_f1", "stance_indomain_dev_macro_f1", "stance_contrast_accuracy",
)


def majority(examples: Sequence[D.Example], per_target: bool = False) -> list[str]:
    """The majority-class baseline: the most frequent label of the set, or of
    each example's target within the set (the SemEval-2016 convention)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in examples:
        counts[e.target if per_target else ""][e.label] += 1
    return [counts[e.target if per_target else ""].most_common(1)[0][0] for e in examples]


def vader_labels(texts: Sequence[str]) -> list[str]:
    """VADER with its authors' thresholds: compound >= 0.05 positive, <= -0.05 negative."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append("positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral")
    return out


def evaluation_sets(data: Path) -> dict[str, list[D.Example]]:
    return {
        "tweeteval": D.tweeteval_test(data),
        "newsmtsc_rw": D.newsmtsc(data, "devtest_rw"),
        "vast": D.vast(data, "test"),
        "vast_us": D.vast(data, "us_eval"),
        "semeval_b": D.semeval2016(data, "testB"),
        "semeval_a": D.semeval2016(data, "testA"),
    }


def _metrics(sets, tone_pred: dict, stance_pred: dict) -> dict[str, float]:
    gold = {k: [e.label for e in v] for k, v in sets.items()}
    out = {}
    if "tweeteval" in tone_pred:
        out["tone_tweeteval_macro_recall"] = macro_recall(gold["tweeteval"], tone_pred["tweeteval"], TONE_LABELS)
        out["tone_tweeteval_macro_f1"] = macro_f1(gold["tweeteval"], tone_pred["tweeteval"], TONE_LABELS)
        out["tone_tweeteval_accuracy"] = accuracy(gold["tweeteval"], tone_pred["tweeteval"])
    if "newsmtsc_rw" in tone_pred:
        out["tone_newsmtsc_rw_macro_f1"] = macro_f1(gold["newsmtsc_rw"], tone_pred["newsmtsc_rw"], TONE_LABELS)
    for name, key in (("vast", "stance_vast_macro_f1"), ("vast_zeroshot", "stance_vast_zeroshot_macro_f1"),
                      ("vast_us", "stance_vast_us_macro_f1")):
        if name in stance_pred:
            out[key] = macro_f1(gold[name], stance_pred[name], STANCE_LABELS)
    for name, key in (("semeval_b", "stance_semeval_b_favg"), ("semeval_a", "stance_semeval_a_favg")):
        if name in stance_pred:
            out[key] = f_avg(gold[name], stance_pred[name])
    return {k: round(v, 4) for k, v in out.items()}


def evaluate(data: Path, classifier: Classifier, log: Callable[[str], None] = lambda m: None) -> dict:
    """Scores of ``classifier`` and of the baselines on every test set.

    Returns {"model": fingerprint, <KEYS, INDOMAIN_KEYS and
    tone_tweeteval_accuracy>: float, "baselines": {<KEYS and INDOMAIN_KEYS>:
    majority-class figure}, "vader": {<tone keys>}, "contrast_by_pattern" and
    "no_mention" (see evaluate_indomain), "coders" (see coder_figures), "n": {set: rows}}."""
    sets = evaluation_sets(Path(data))
    us = load_target()
    tone_pred, stance_pred = {}, {}
    for name in ("tweeteval", "newsmtsc_rw"):
        log(f"scoring {name} ({len(sets[name])} texts)")
        tone_pred[name] = [s.tone for s in classifier.classify([e.text for e in sets[name]], us)]
    for name in ("vast", "vast_us", "semeval_b", "semeval_a"):
        log(f"scoring {name} ({len(sets[name])} texts)")
        rows = sets[name]
        targets = {t: Target(t) for t in {e.target for e in rows}}
        stance_pred[name] = [s.stance for s in classifier.classify_pairs([e.text for e in rows], [targets[e.target] for e in rows])]
    # The zero-shot rows are the VAST test rows whose topic is unseen in training.
    zero_shot = [i for i, e in enumerate(sets["vast"]) if e.source.endswith("_zeroshot")]
    sets["vast_zeroshot"] = [sets["vast"][i] for i in zero_shot]
    stance_pred["vast_zeroshot"] = [stance_pred["vast"][i] for i in zero_shot]
    result = {"model": classifier.fingerprint, "date": date.today().isoformat(),
              **_metrics(sets, tone_pred, stance_pred)}
    majority_tone = {k: majority(sets[k]) for k in ("tweeteval", "newsmtsc_rw")}
    majority_stance = {k: majority(sets[k], per_target=k.startswith("semeval")) for k in ("vast", "vast_us", "semeval_a", "semeval_b")}
    # Zero-shot rows take their majority from the whole VAST test set.
    majority_stance["vast_zeroshot"] = [majority_stance["vast"][i] for i in zero_shot]
    baselines = _metrics(sets, majority_tone, majority_stance)
    result["baselines"] = {k: baselines[k] for k in KEYS}
    log("scoring the VADER baseline")
    vader = _metrics(sets, {k: vader_labels([e.text for e in sets[k]]) for k in ("tweeteval", "newsmtsc_rw")}, {})
    result["vader"] = {k: vader[k] for k in (*TONE_KEYS, "tone_tweeteval_accuracy")}
    result["n"] = {k: len(v) for k, v in sets.items()}
    log("scoring our written comments (in-domain dev, test and contrast sets)")
    written = evaluate_indomain(classifier, us)
    result.update({k: written[k] for k in INDOMAIN_KEYS})
    result["baselines"].update(written["baselines"])
    result["contrast_by_pattern"] = written["contrast_by_pattern"]
    result["no_mention"] = written["no_mention"]
    result["n"].update(written["n"])
    result["coders"] = coder_figures()
    return result


def coder_figures() -> dict[str, float]:
    """The second coders' macro-F1 against the written labels (the mean of
    the coders), per in-domain dev and test key: how well a person
    following the codebook does (see indomain.agreement)."""
    out = {}
    for split in ("test", "dev"):
        for role, row in indomain.agreement(split).items():
            figures = [c["macro_f1"] for c in row["coders"].values()]
            out[f"{role}_indomain_{split}_macro_f1"] = round(sum(figures) / len(figures), 4)
    return out


def evaluate_indomain(classifier: Classifier, target: Target) -> dict:
    """Tone and stance toward ``target`` on our written comments.

    Returns {<INDOMAIN_KEYS>: float, "baselines": {<INDOMAIN_KEYS>: majority
    class}, "contrast_by_pattern": {pattern: {"n", "accuracy", "pair_accuracy"}}
    (stance accuracy on the contrast set by each pair's main pattern, and the
    share of pairs with both members right), "no_mention": {"n",
    "predicted_none_share", "gold_none_share"} (test comments that never
    mention the target), "n": {set: comments}}."""
    sets = {name: indomain.load(name) for name in ("dev", "test", "contrast")}
    scores = {name: classifier.classify([c.text for c in rows], target) for name, rows in sets.items()}
    out: dict = {"baselines": {}, "n": {f"indomain_{k}": len(v) for k, v in sets.items()}}
    for name in ("test", "dev"):
        rows, got = sets[name], scores[name]
        for role, labels in (("tone", TONE_LABELS), ("stance", STANCE_LABELS)):
            gold = [getattr(c, role) for c in rows]
            key = f"{role}_indomain_{name}_macro_f1"
            out[key] = round(macro_f1(gold, [getattr(s, role) for s in got], labels), 4)
            out["baselines"][key] = round(macro_f1(gold, [Counter(gold).most_common(1)[0][0]] * len(gold), labels), 4)
    rows, got = sets["contrast"], scores["contrast"]
    right = [c.stance == s.stance for c, s in zip(rows, got)]
    out["stance_contrast_accuracy"] = round(sum(right) / len(rows), 4)
    common = Counter(c.stance for c in rows).most_common(1)[0][0]
    out["baselines"]["stance_contrast_accuracy"] = round(sum(c.stance == common for c in rows) / len(rows), 4)
    pairs: dict[int, list[bool]] = defaultdict(list)
    by_pattern: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(rows):
        pairs[c.pair].append(right[i])
        by_pattern[c.patterns[0]].append(i)
    out["contrast_by_pattern"] = {}
    for pattern, idx in sorted(by_pattern.items()):
        pair_ids = {rows[i].pair for i in idx}
        out["contrast_by_pattern"][pattern] = {
            "n": len(idx), "accuracy": round(sum(right[i] for i in idx) / len(idx), 4),
            "pair_accuracy": round(sum(all(pairs[k]) for k in pair_ids) / len(pair_ids), 4)}
    silent = [(c, s) for c, s in zip(sets["test"], scores["test"]) if not s.mentions]
    out["no_mention"] = {
        "n": len(silent),
        "predicted_none_share": round(sum(s.stance == "none" for _, s in silent) / max(1, len(silent)), 4),
        "gold_none_share": round(sum(c.stance == "none" for c, _ in silent) / max(1, len(silent)), 4),
    }
    return out
