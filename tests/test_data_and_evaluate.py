import pytest

from analysis import data as D
from analysis.classifier import Classifier
from analysis.evaluate import INDOMAIN_KEYS, KEYS, evaluate, majority, vader_labels
from analysis.text import normalise_social
from data_fakes import write_data_folder


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return write_data_folder(tmp_path_factory.mktemp("data"))


def test_semeval2017_is_unescaped_normalised_and_free_of_eval_texts(data_dir):
    train = D.semeval2017_train(data_dir)
    held = {e.text for e in D.tweeteval_val(data_dir) + D.tweeteval_test(data_dir)}
    assert not held & {e.text for e in train}
    assert all("\\u" not in e.text for e in train)
    assert D.tweeteval_val(data_dir)[0].text.endswith("@user")  # handles normalised like TweetEval


@pytest.mark.parametrize("raw, expected", [
    ("Go #WearADamnMask now", "Go #Wear A Damn Mask now"),
    ("#ISpeakLife #Trump2016 #make_america_great", "#I Speak Life #Trump 2016 #make america great"),
    ("#dumptrump #USA #1 C# &#39; #PakistanZindabad", "#dumptrump #USA #1 C# &#39; #Pakistan Zindabad"),
    ("@bob see https://t.co/x #NoMore", "@user see http #No More"),
])
def test_social_text_is_normalised_like_the_training_tweets(raw, expected):
    assert normalise_social(raw) == expected


def test_trump_never_reaches_training(data_dir):
    train = D.semeval2016(data_dir, "train") + D.tweet_stance(data_dir, "covid19", "train")
    assert all(e.target.lower() != "donald trump" for e in train)
    assert {e.target for e in D.semeval2016(data_dir, "testB")} == {"Donald Trump"}
    assert "#SemST" not in D.semeval2016(data_dir, "train")[0].text


def test_vast_dev_is_carved_from_train_by_post(data_dir):
    train, dev = D.vast(data_dir, "train"), D.vast(data_dir, "dev")
    assert len(train) + len(dev) == 12
    assert not {e.text for e in train} & {e.text for e in dev}


def test_vast_target_is_the_topic_the_label_is_about(data_dir):
    assert [e.target for e in D.vast(data_dir, "test")[:4]] == ["policy 0", "policy 1", "policy 2", "policy 0"]


def test_missing_folder_says_how_to_fix(tmp_path):
    with pytest.raises(D.DataError, match="Pass --data"):
        D.tweeteval_test(tmp_path)


def test_majority_baseline():
    ex = [D.Example("t", "A", l, "stance", "x") for l in ("favor", "favor", "none")] + \
         [D.Example("t", "B", "against", "stance", "x")]
    assert majority(ex) == ["favor"] * 4
    assert majority(ex, per_target=True) == ["favor", "favor", "favor", "against"]


def test_vader_baseline_labels():
    assert vader_labels(["I love this wonderful day!", "This is horrible and sad.", "The bus leaves at 5."]) == \
        ["positive", "negative", "neutral"]


def test_evaluate_reports_every_key_for_model_and_baselines(data_dir, tiny_joint):
    result = evaluate(data_dir, Classifier(tiny_joint, tiny_joint))
    assert result["model"] == tiny_joint.fingerprint
    for key in KEYS + INDOMAIN_KEYS:
        assert 0 <= result[key] <= 1
        assert 0 <= result["baselines"][key] <= 1
    assert set(result["baselines"]) == set(KEYS + INDOMAIN_KEYS)
    assert result["n"]["indomain_test"] >= 200 and set(result["contrast_by_pattern"]) >= {"holder", "sarcasm"}
    # the second coders' figures sit beside the in-domain macro-F1 keys (the mean of coders A and B)
    assert set(result["coders"]) == {k for k in INDOMAIN_KEYS if k.endswith("macro_f1")}
    assert result["coders"]["stance_indomain_test_macro_f1"] == pytest.approx((0.9723 + 0.9672) / 2, abs=1e-4)
    # VAST rows with seen?=0 are the zero-shot subset: half of the 12 test rows
    assert result["n"]["vast"] == 12 and result["n"]["vast_zeroshot"] == 6
    # majority class on a balanced 3-way set: recall 1/3
    assert result["baselines"]["tone_tweeteval_macro_recall"] == pytest.approx(1 / 3, abs=1e-4)


def test_calibration_finds_offsets_that_help():
    import numpy as np

    from analysis.labels import TONE_LABELS
    from analysis.metrics import macro_f1, macro_recall
    from analysis.train import calibrate_bias

    rng = np.random.default_rng(0)
    gold_idx = rng.integers(0, 3, 300)
    logits = rng.normal(size=(300, 3))
    logits[np.arange(300), gold_idx] += 1.0
    logits[:, 1] += 1.5  # a model that over-predicts the middle class
    gold = [TONE_LABELS[i] for i in gold_idx]
    for metric in (macro_recall, macro_f1):
        bias = calibrate_bias(logits, gold, TONE_LABELS, metric)
        def score(b):
            return metric(gold, [TONE_LABELS[i] for i in np.argmax(logits + np.array(b), 1)], TONE_LABELS)
        assert score(bias) > score([0, 0, 0]) + 0.05
        assert bias[0] > 0 and bias[2] > 0  # it pushes away from the over-predicted class
