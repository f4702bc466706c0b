"""The written-comment memory (analysis.memory): nearest-neighbour votes, the
blend into stance toward its target only, and the shipped memories' match
with the written comments they were built from."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from analysis import indomain, memory
from analysis.errors import ModelError
from analysis.network import TIERS


def _unit(rows):
    a = np.array(rows, dtype=np.float32)
    return a / np.linalg.norm(a, axis=1, keepdims=True)


# two against comments near (1, 0), one favor comment near (0, 1)
VECTORS = _unit([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
LABELS = np.array([0, 0, 2])


def test_a_vote_is_the_label_mix_of_the_nearest_comments_weighted_by_similarity():
    vote = memory.votes(_unit([[1.0, 0.05], [0.05, 1.0]]), VECTORS, LABELS, k=2, temperature=0.1)
    assert vote.shape == (2, 3) and np.allclose(vote.sum(1), 1)
    assert vote[0, 0] == pytest.approx(1.0)  # both nearest are against
    assert vote[1, 2] > 0.99 and vote[1, 0] < 0.01  # the favor comment, far nearer than the next
    flat = memory.votes(_unit([[0.05, 1.0]]), VECTORS, LABELS, k=3, temperature=100.0)
    assert flat[0] == pytest.approx([2 / 3, 0, 1 / 3], abs=0.01)  # a high temperature: one vote each


def _memory(weight=0.5):
    settings = memory.MemorySettings("minilm-l6", ("train",), k=1, temperature=0.1, weight=weight)
    return memory.WrittenMemory(settings, VECTORS, LABELS, embed=lambda texts: _unit([[0.0, 1.0]] * len(texts)))


def test_the_blend_moves_stance_toward_its_target_only():
    stance = np.array([[0.8, 0.1, 0.1], [0.8, 0.1, 0.1]])
    out = _memory().blend(stance, ["the United States", "China"], ["a", "b"])
    assert out[0] == pytest.approx([0.4, 0.05, 0.55])  # half the model's, half the favor vote
    assert out[1] == pytest.approx(stance[1])  # another target: the model's alone
    assert _memory(weight=0).blend(stance, ["the United States"] * 2, ["a", "b"]) is stance


def test_a_memory_built_from_other_comments_is_refused(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(TIERS["fast"], folder)
    config = json.loads((folder / memory.SETTINGS_FILE).read_text())
    config["settings"]["texts_sha256"] = "0" * 64
    (folder / memory.SETTINGS_FILE).write_text(json.dumps(config))
    with pytest.raises(ModelError, match="memory.json: built from other written comments"):
        memory.WrittenMemory.from_folder(folder)


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_each_shipped_memory_holds_the_written_training_comments_and_was_kept_on_dev(tier):
    from safetensors.numpy import load_file

    config = json.loads((TIERS[tier] / memory.SETTINGS_FILE).read_text())
    settings = memory.MemorySettings.from_dict(config["settings"])
    texts, labels, digest = memory.written_comments(settings.splits)
    stored = load_file(str(TIERS[tier] / memory.VECTORS_FILE))
    assert settings.splits == indomain.TRAIN_SPLITS and settings.texts_sha256 == digest
    assert np.array_equal(stored["labels"], labels) and stored["vectors"].shape[0] == len(texts)
    dev = config["dev"]
    assert dev["kept"] and dev["stance_indomain_dev_macro_f1"] - dev["stance_indomain_dev_macro_f1_before"] >= 0.02


def test_the_fast_tier_blends_its_memory_and_says_so_in_its_fingerprint():
    from analysis.backends import JointModel

    model = JointModel.from_pretrained(TIERS["fast"], precision="float32")
    assert model.memory is not None and "+memory:minilm-l6:" in model.fingerprint
    texts = ["America has never been a friend to Pakistan, only a customer."]
    with_memory = model.predict(["the United States"], texts)
    other_target = model.predict(["China"], texts)
    model.memory = None
    alone = model.predict(["the United States"], texts)
    assert not np.allclose(with_memory["stance"], alone["stance"])
    assert np.allclose(with_memory["tone"], alone["tone"])  # tone is the model's alone
    assert other_target["stance"].shape == (1, 3)
