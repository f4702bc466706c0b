"""Our written in-domain comments: well-formed, the splits kept apart, and
the in-domain evaluation computes what it promises."""
import json
import re
from collections import Counter

import pytest

from analysis import indomain
from analysis.classifier import Classifier, Score
from analysis.errors import DataError
from analysis.evaluate import evaluate_indomain
from analysis.targets import load_target


def words(text):
    return frozenset(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("split", indomain.SPLITS)
def test_every_split_loads_with_unique_ids(split):
    rows = indomain.load(split)
    assert rows and len({c.id for c in rows}) == len(rows)


def test_dev_and_test_are_large_enough_and_cover_every_label():
    for split in ("dev", "test"):
        rows = indomain.load(split)
        assert len(rows) >= 200
        assert set(Counter(c.stance for c in rows)) == {"against", "none", "favor"}
        assert set(Counter(c.tone for c in rows)) == {"negative", "neutral", "positive"}
    assert len(indomain.load("dev")) + len(indomain.load("test")) >= 400


def test_training_comments_share_no_text_with_the_evaluation_sets():
    train = [words(c.text) for split in indomain.TRAIN_SPLITS for c in indomain.load(split)]
    for split in ("dev", "test", "contrast"):
        for c in indomain.load(split):
            w = words(c.text)
            if len(w) >= 8:  # short slogans may coincide; longer comments must not
                assert max(len(w & t) / len(w | t) for t in train) < 0.6, c.id
    dev, test = {c.text for c in indomain.load("dev")}, {c.text for c in indomain.load("test")}
    assert not dev & test


def test_contrast_pairs_differ_in_stance_and_share_their_pattern():
    pairs = {}
    for c in indomain.load("contrast"):
        pairs.setdefault(c.pair, []).append(c)
    assert all(len(p) == 2 for p in pairs.values())
    for a, b in pairs.values():
        assert a.stance != b.stance and a.patterns[0] == b.patterns[0]


def test_examples_pair_tone_and_stance_toward_the_us():
    rows = indomain.load("dev")
    ex = indomain.examples("dev")
    assert len(ex) == 2 * len(rows)
    assert ex[0].label == rows[0].tone and ex[1].label == rows[0].stance
    assert {e.target for e in ex} == {load_target().name}


def test_a_malformed_row_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "dev.jsonl").write_text(
        json.dumps({"id": "x", "text": "t", "tone": "angry", "stance": "none", "patterns": [], "event": ""}) + "\n")
    monkeypatch.setattr(indomain, "FOLDER", tmp_path)
    with pytest.raises(DataError, match=r"dev.jsonl:1: labels 'angry'/'none'"):
        indomain.load("dev")


@pytest.mark.parametrize("split", ("dev", "test"))
def test_two_more_coders_coded_every_dev_and_test_comment_once(split):
    coders = indomain.recoded(split)
    assert sorted(coders) == ["A", "B"]
    ids = {c.id for c in indomain.load(split)}
    for labels in coders.values():
        assert set(labels) == ids


def test_agreement_of_the_second_coders_with_the_written_labels():
    # measured once on the files as committed (docs/codebook.md, "Reliability")
    test = indomain.agreement("test")
    assert test["stance"]["alpha"] == pytest.approx(0.9689, abs=1e-4)
    assert test["stance"]["unanimous"] == 223 and test["stance"]["n"] == 230
    assert test["stance"]["coders"]["A"] == {"accuracy": 0.9739, "macro_f1": 0.9723}
    dev = indomain.agreement("dev")
    assert dev["tone"]["alpha"] == pytest.approx(0.8957, abs=1e-4) and dev["tone"]["unanimous"] == 207


def test_agreement_counts_only_full_agreement_and_rejects_a_coder_who_skipped(tmp_path, monkeypatch):
    C = indomain.Comment
    rows = [C("a", "x", "negative", "against", (), ""), C("b", "y", "neutral", "none", (), ""),
            C("c", "z", "positive", "favor", (), "")]
    monkeypatch.setattr(indomain, "load", lambda split: rows)
    monkeypatch.setattr(indomain, "FOLDER", tmp_path)
    coded = [("A", "a", "negative", "against"), ("A", "b", "neutral", "favor"), ("A", "c", "positive", "favor"),
             ("B", "a", "negative", "against"), ("B", "b", "neutral", "none"), ("B", "c", "positive", "none")]
    (tmp_path / "recoded_dev.jsonl").write_text("".join(
        json.dumps({"id": i, "coder": k, "tone": t, "stance": s, "note": ""}) + "\n" for k, i, t, s in coded))
    out = indomain.agreement("dev")
    assert out["tone"]["unanimous"] == 3 and out["tone"]["alpha"] == 1.0
    assert out["stance"]["unanimous"] == 1
    assert out["stance"]["coders"]["A"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    (tmp_path / "recoded_dev.jsonl").write_text("".join(
        json.dumps({"id": i, "coder": k, "tone": t, "stance": s, "note": ""}) + "\n" for k, i, t, s in coded[:5]))
    with pytest.raises(DataError, match="coder 'B' did not code exactly the dev comments"):
        indomain.agreement("dev")
    (tmp_path / "recoded_dev.jsonl").write_text(json.dumps({"id": "a", "coder": "A", "tone": "sad", "stance": "none"}))
    with pytest.raises(DataError, match=r"recoded_dev.jsonl:1: labels 'sad'/'none'"):
        indomain.recoded("dev")


class LookupModel:
    """Scores each text with the labels stored for it."""

    def __init__(self, labels):
        self.labels = labels
        self.fingerprint = "lookup"

    def classify(self, texts, target):
        return [Score(tone=self.labels[t][0], tone_probs=(0, 1, 0), tone_score=0.0, stance=self.labels[t][1],
                      stance_probs=(0, 1, 0), mentions=tuple(target.find_mentions(t)), evidence=(), n_parts=1)
                for t in texts]


def test_evaluate_indomain_figures(monkeypatch):
    C = indomain.Comment
    rows = {
        "dev": [C("d1", "The US helps.", "positive", "favor", (), ""),
                C("d2", "Rain today.", "neutral", "none", (), "")],
        "test": [C("t1", "America lies.", "negative", "against", (), ""),
                 C("t2", "Our rulers steal.", "negative", "against", (), ""),
                 C("t3", "Nice weather.", "positive", "none", (), "")],
        "contrast": [C("c1", "Thank the US.", "positive", "favor", ("holder",), "", 1),
                     C("c2", "Thank China.", "positive", "none", ("holder",), "", 1),
                     C("c3", "Shame on the US.", "negative", "against", ("sarcasm",), "", 2),
                     C("c4", "Shame on India.", "negative", "none", ("sarcasm",), "", 2)],
    }
    monkeypatch.setattr(indomain, "load", lambda split: rows[split])
    model = LookupModel({
        "The US helps.": ("positive", "favor"), "Rain today.": ("neutral", "none"),
        "America lies.": ("negative", "against"), "Our rulers steal.": ("negative", "none"),
        "Nice weather.": ("positive", "none"),
        "Thank the US.": ("positive", "favor"), "Thank China.": ("positive", "none"),
        "Shame on the US.": ("negative", "against"), "Shame on India.": ("negative", "against"),
    })
    out = evaluate_indomain(model, load_target())
    # macro-F1 over all three labels; a label absent from gold and predictions counts 0 (sklearn's zero_division=0)
    assert out["tone_indomain_test_macro_f1"] == pytest.approx(2 / 3, abs=1e-4)
    # test stance: gold against, against, none; predicted against, none, none -> F1 against 2/3, none 2/3, favor 0
    assert out["stance_indomain_test_macro_f1"] == pytest.approx(4 / 9, abs=1e-4)
    assert out["stance_contrast_accuracy"] == 0.75
    assert out["contrast_by_pattern"] == {"holder": {"n": 2, "accuracy": 1.0, "pair_accuracy": 1.0},
                                          "sarcasm": {"n": 2, "accuracy": 0.5, "pair_accuracy": 0.0}}
    # two test comments never mention the US: the model says none for both, the coders for one
    assert out["no_mention"] == {"n": 2, "predicted_none_share": 1.0, "gold_none_share": 0.5}
    assert out["baselines"]["stance_indomain_test_macro_f1"] == pytest.approx(0.8 / 3, abs=1e-4)  # all "against"
    assert out["n"] == {"indomain_dev": 2, "indomain_test": 3, "indomain_contrast": 4}
