import numpy as np
import pytest

from analysis.classifier import Classifier, score_from_dict, score_to_dict
from analysis.windows import split_parts, split_prepared
from analysis.targets import Target, load_target
from analysis.text import normalise_social
from model_fakes import tokenizer

US = load_target()
LONG = " ".join(f"Sentence number {i} says the US and Pakistan argue about aid and trust." for i in range(40))


def test_short_text_is_one_part():
    assert split_parts("A short comment.", tokenizer(), 20) == [(0, 16, 4)]


def test_long_text_windows_cover_every_sentence_within_budget():
    tok = tokenizer()
    parts = split_parts(LONG, tok, 40)
    assert len(parts) > 5
    for a, b, n in parts:
        assert n <= 40
        assert len(tok(LONG[a:b], add_special_tokens=False)["input_ids"]) <= 40
    # windows are in order, do not overlap, and together hold every sentence
    assert all(parts[i][1] <= parts[i + 1][0] for i in range(len(parts) - 1))
    assert "".join(LONG[a:b] for a, b, _ in parts).replace(" ", "") == LONG.replace(" ", "")


def test_sentence_longer_than_budget_is_cut_not_dropped():
    text = "word " * 100
    parts = split_parts(text, tokenizer(), 30)
    assert [n for _, _, n in parts] == [30, 30, 30, 10]


def test_windows_still_fit_after_hashtags_are_split():
    tok = tokenizer()
    text = "Love my #iPhone. " * 20  # "#iphone" is 2 tokens, "#i phone" 3

    def prepared_tokens(parts):
        return [len(tok(normalise_social(text[a:b]), add_special_tokens=False)["input_ids"]) for a, b, _ in parts]

    assert max(prepared_tokens(split_parts(text, tok, 20))) > 20  # what the second pass is for
    parts = split_prepared(text, tok, 20)
    assert max(prepared_tokens(parts)) <= 20
    assert "".join(text[a:b] for a, b, _ in parts).replace(" ", "") == text.replace(" ", "")


def test_scores_keep_order_and_are_probabilities(tiny_joint):
    clf = Classifier(tiny_joint, tiny_joint)
    texts = ["Thanks America!", "", "The US betrayed us.", LONG, "🙂"]
    scores = clf.classify(texts, US)
    assert len(scores) == len(texts)
    for s in scores:
        assert sum(s.tone_probs) == pytest.approx(1, abs=1e-4)
        assert sum(s.stance_probs) == pytest.approx(1, abs=1e-4)
        assert s.tone_score == pytest.approx(s.tone_probs[2] - s.tone_probs[0], abs=1e-5)
        assert s.tone == ("negative", "neutral", "positive")[int(np.argmax(s.tone_probs))]
    # order is kept: scoring one text alone gives the same result as in the batch
    assert clf.classify([texts[2]], US)[0] == scores[2]
    assert [m.text for m in scores[2].mentions] == ["US"]


def test_long_text_is_scored_in_parts_with_evidence(tiny_joint):
    s = Classifier(tiny_joint, tiny_joint).classify([LONG], US)[0]
    assert s.n_parts > 1
    roles = {e.role for e in s.evidence}
    assert roles == {"tone", "stance"}
    for e in s.evidence:
        assert 0 <= e.start < e.end <= len(LONG)
        assert 0 < e.weight <= 1


def test_pairs_match_single_target_calls(tiny_joint):
    clf = Classifier(tiny_joint, tiny_joint)
    china = Target("China")
    texts = ["Beijing builds roads.", "Washington sends drones."]
    pairs = clf.classify_pairs(texts, [china, US])
    assert pairs[0] == clf.classify([texts[0]], china)[0]
    assert pairs[1] == clf.classify([texts[1]], US)[0]


def test_target_changes_stance_input(tiny_joint):
    clf = Classifier(tiny_joint, tiny_joint)
    a = clf.classify(["They sent aid."], US)[0]
    b = clf.classify(["They sent aid."], Target("the Taliban"))[0]
    assert a.stance_probs != b.stance_probs


def test_score_dict_round_trip(tiny_joint):
    s = Classifier(tiny_joint, tiny_joint).classify([LONG], US)[0]
    d = score_to_dict(s, LONG)
    assert set(d) == {"tone", "tone_score", "tone_probs", "stance", "stance_probs", "target_mentions",
                      "evidence", "n_parts"}
    assert d["evidence"][0]["text"] == LONG[d["evidence"][0]["start"]:d["evidence"][0]["end"]]
    assert score_from_dict(d) == s


def test_role_check_names_the_model(tiny_joint):
    class ToneOnly:
        roles = ("tone",)

    with pytest.raises(ValueError, match="cannot fill the stance role"):
        Classifier(tiny_joint, ToneOnly())
