"""The bundled model: it loads offline from the verified base encoder and
gets clear-cut sentences right."""
import json

import pytest

from analysis.classifier import Classifier
from analysis.network import CONFIG_FILE, DEFAULT_MODEL_DIR, WEIGHTS_FILE
from analysis.targets import load_target

pytestmark = pytest.mark.slow
US = load_target()


def test_shipped_files_are_small_safetensors():
    weights = DEFAULT_MODEL_DIR / WEIGHTS_FILE
    assert weights.stat().st_size < 8_000_000
    assert weights.read_bytes()[8:9] == b"{"  # safetensors header, not a pickle
    config = json.loads((DEFAULT_MODEL_DIR / CONFIG_FILE).read_text())
    assert config["settings"]["base_sha256"] == "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def test_grateful_comment(default_model):
    score = Classifier(default_model, default_model).classify(
        ["Thank you America, your flood aid saved our village. Great friends!"], US)[0]
    assert (score.tone, score.stance) == ("positive", "favor")


def test_hostile_comment(default_model):
    score = Classifier(default_model, default_model).classify(
        ["The US is a liar and a bully. Its drone war killed our people and we hate it."], US)[0]
    assert (score.tone, score.stance) == ("negative", "against")
    assert score.stance_probs[0] > 2 * score.stance_probs[2]


def test_fingerprint_is_stable(default_model):
    from analysis.backends import JointModel

    assert JointModel.from_pretrained().fingerprint == default_model.fingerprint


def test_bfloat16_scores_match_float32_and_are_cached_apart():
    import numpy as np
    import torch

    from analysis.backends import JointModel

    texts = ["Thank you America, your flood aid saved our village.", "Washington only looks after itself.",
             "Pakistan and the US need each other.", "The match was rained off."]
    fp32 = JointModel.from_pretrained(precision="float32")
    bf16 = JointModel.from_pretrained(precision="bfloat16")
    assert next(bf16.net.parameters()).dtype == torch.bfloat16
    assert bf16.fingerprint == fp32.fingerprint + "+bf16"
    a = Classifier(fp32, fp32).classify(texts, US)
    b = Classifier(bf16, bf16).classify(texts, US)
    assert np.allclose([s.stance_probs for s in a], [s.stance_probs for s in b], atol=0.05)
    assert np.allclose([s.tone_probs for s in a], [s.tone_probs for s in b], atol=0.05)


def test_auto_precision_is_float32_without_amx(monkeypatch):
    import torch

    from analysis import network
    from analysis.errors import ModelError

    monkeypatch.setattr(network, "_cpu_has_amx", lambda: False)
    assert network.inference_dtype("auto") == torch.float32
    monkeypatch.setattr(network, "_cpu_has_amx", lambda: True)
    assert network.inference_dtype("auto") == torch.bfloat16
    with pytest.raises(ModelError, match="precision 'half'"):
        network.inference_dtype("half")
