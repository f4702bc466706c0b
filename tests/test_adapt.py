"""`readerstance adapt`: cross-validated gains on a domain whose stance
vocabulary the base model never saw, the shipped model untouched, and clear
refusals."""
import hashlib
import itertools
import json

import pytest
from click.testing import CliRunner

from analysis.adapt import AdaptSettings, adapt, check_labels
from analysis.backends import JointModel
from analysis.classifier import Classifier
from analysis.errors import DataError
from analysis.network import DEFAULT_MODEL_DIR
from analysis.targets import load_target
from readerstance.cli import cli


def shifted_domain():
    """Comments whose stance hangs on invented words: 'glorbnak' (against)
    and 'zintivar' (favor); the rest talk of other things (none)."""
    subjects = ["Washington", "The US", "America", "The Americans", "Uncle Sam"]
    verbs = ["is", "has been", "remains", "looks"]
    texts, tone, stance = [], [], []
    for (subject, verb), word, label in itertools.islice(
            ((sv, w, l) for sv in itertools.product(subjects, verbs)
             for w, l in (("glorbnak", "against"), ("zintivar", "favor"))), 40):
        texts.append(f"{subject} {verb} so {word} this year.")
        tone.append("neutral")
        stance.append(label)
    for i, topic in enumerate(["The cricket final", "Our local bakery", "The new metro line", "Karachi traffic",
                               "The monsoon", "My cousin's wedding", "The exam results", "Lahore's air",
                               "The book fair", "Fuel prices"] * 2):
        texts.append(f"{topic} was {'lovely' if i % 2 else 'dreadful'} this week.")
        tone.append("positive" if i % 2 else "negative")
        stance.append("none")
    return texts, {"tone": tone, "stance": stance}


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_adapting_learns_an_unseen_stance_vocabulary(tmp_path):
    texts, labels = shifted_domain()
    shipped = digest(DEFAULT_MODEL_DIR)
    result = adapt(DEFAULT_MODEL_DIR, texts, labels, load_target(), tmp_path / "mine",
                   AdaptSettings(folds=4, epochs=6, lr=1e-3))
    assert result["after"]["stance"]["macro_f1"] > result["before"]["stance"]["macro_f1"] + 0.2
    assert result["after"]["stance"]["n"] == 60
    assert digest(DEFAULT_MODEL_DIR) == shipped  # the shipped model is untouched
    saved = json.loads((tmp_path / "mine" / "tone_stance.json").read_text())
    assert saved["adapted"]["after"] == result["after"] and saved["settings"]["stance_bias"] == [0.0] * 3
    assert "## Adapted" in (tmp_path / "mine" / "MODEL_CARD.md").read_text()
    # "before" is what a run with the shipped model says (its written-comment memory included)
    model = JointModel.from_pretrained(DEFAULT_MODEL_DIR, precision="float32")
    run_labels = [x.stance for x in Classifier(model, model).classify(texts, load_target())]
    assert result["before"]["stance"]["accuracy"] == round(
        sum(a == b for a, b in zip(run_labels, labels["stance"])) / len(texts), 4)
    # the memory stays only when the folds say it does not hurt stance, and the adapted folder says so
    m = result["memory"]
    assert m["kept"] == (m["with"]["stance"]["macro_f1"] >= m["without"]["stance"]["macro_f1"])
    assert result["after"] == m["with" if m["kept"] else "without"]
    assert (tmp_path / "mine" / "memory.safetensors").exists() == m["kept"]
    adapted = JointModel.from_pretrained(tmp_path / "mine", precision="float32")
    assert (adapted.memory is not None) == m["kept"]


@pytest.mark.parametrize("labels, message", [
    ({"tone": ["neutral"] * 20, "stance": ["against", "favor"] * 10}, "tone: the coded comments hold 1 label"),
    ({"tone": ["neutral", "negative"] * 10, "stance": ["against"] * 17 + ["favor"] * 3},
     r"stance: too few coded comments per label \(favor 3; at least 5 each\)"),
], ids=["one-label", "rare-label"])
def test_too_few_labels_are_refused(labels, message):
    with pytest.raises(DataError, match=message):
        check_labels(labels, AdaptSettings())


def test_the_cli_refuses_to_write_over_a_bundled_model_or_adapt_on_six_comments(scored_dir, tmp_path):
    from reports.sample import draw_sample
    from reports.store import load_scored

    comments, _, _ = load_scored(scored_dir)
    sheet = draw_sample(comments, 6)
    sheet["tone"], sheet["stance"] = "neutral", "against"
    sheet.to_csv(tmp_path / "coded.csv", index=False)
    result = CliRunner().invoke(cli, ["adapt", str(scored_dir), "--labels", str(tmp_path / "coded.csv"),
                                      "--out", str(tmp_path / "m")])
    assert result.exit_code == 1 and "tone: the coded comments hold 1 label" in result.output
    assert not (tmp_path / "m").exists()
    with pytest.raises(ValueError, match="would overwrite a shipped or source model"):
        adapt(DEFAULT_MODEL_DIR, ["x"], {"tone": ["neutral"], "stance": ["none"]}, load_target(), DEFAULT_MODEL_DIR)
