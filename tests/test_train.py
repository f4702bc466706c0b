"""`train` end to end on a tiny data folder: real MiniLM, a handful of steps."""
import json

import pytest
from click.testing import CliRunner

from analysis.classifier import Classifier
from analysis.models import JointModel
from analysis.targets import load_target
from data_fakes import write_data_folder
from readerstance.cli import cli

pytestmark = pytest.mark.slow


def test_train_saves_a_small_model_that_loads_and_scores(tmp_path):
    data = write_data_folder(tmp_path / "data")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(out), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert (out / "tone_stance.safetensors").stat().st_size < 8_000_000
    record = json.loads((out / "tone_stance.json").read_text())["trained"]
    assert record["settings"]["seed"] == 3
    assert record["tone_examples"] == 36 + 12  # SemEval tweets (none held out here) + NewsMTSC sentences
    assert "Dev:" in (out / "MODEL_CARD.md").read_text()
    model = JointModel.from_pretrained(out)
    assert model.net.stance_pool == "segments" and model.net.stance_head.in_features == 3 * 384  # the default
    scores = Classifier(model, model).classify(["The US helped.", "Pakistan waits."], load_target())
    assert len(scores) == 2 and all(abs(sum(s.stance_probs) - 1) < 1e-4 for s in scores)


def test_train_with_mean_pooling_round_trips(tmp_path):
    data = write_data_folder(tmp_path / "data")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(out), "--stance-pool", "mean"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "tone_stance.json").read_text())["settings"]["stance_pool"] == "mean"
    model = JointModel.from_pretrained(out)
    assert model.net.stance_pool == "mean" and model.net.stance_head.in_features == 384


def test_train_without_data_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["train", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
