"""The project's own tone-and-stance network: one encoder pass over
(target, text) feeds a tone head and a stance head.

The fine-tuned part is stored as LoRA adapters plus the two heads in one
safetensors file (a few MB); the base weights come from a verified base
encoder (``analysis.encoder``: MiniLM-L6 for the fast tier, MPNet-base for
the accurate one).
"""
from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from .encoder import MINILM_SHA256, base_dir, get_base
from .errors import ModelError

DEFAULT_MODEL_DIR = Path(__file__).parent / "model"
# The shipped tiers (``--model``): fast is the default.
TIERS = {"fast": DEFAULT_MODEL_DIR, "accurate": Path(__file__).parent / "model_accurate"}
WEIGHTS_FILE = "tone_stance.safetensors"
CONFIG_FILE = "tone_stance.json"


@dataclass
class LoraSettings:
    """LoRA adapter shape; stored with the weights so loading rebuilds it."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    # The encoder's module names LoRA adapts (these are MiniLM's; see
    # analysis.encoder.BASES for each base's).
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
    # 0: tone and stance read the same encoder output. k > 0: the tone head
    # reads its own copy of the top k encoder layers (with its own LoRA
    # adapters), so tone and stance share only the layers below; one pass
    # costs (layers + k) / layers of a plain pass.
    tone_layers: int = 0
    # Additive logit offsets chosen on the dev sets (see train.calibrate_bias).
    tone_bias: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    stance_bias: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    base: str = "minilm-l6"  # see analysis.encoder.BASES
    base_sha256: str = MINILM_SHA256

    @classmethod
    def from_dict(cls, d: dict) -> "ModelSettings":
        d = dict(d)
        d["lora"] = LoraSettings(**d.get("lora", {}))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def model_name(settings: ModelSettings) -> str:
    """The model's name in fingerprints and cards: readerstance-minilm (fast
    tier) or readerstance-mpnet (accurate tier)."""
    return "readerstance-" + settings.base.split("-")[0]


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    mask = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


STANCE_POOLS = ("mean", "segments")


class ToneStanceNet(nn.Module):
    """Encoder + pooling + two linear heads. ``forward`` returns
    (tone_logits, stance_logits), each (batch, 3). The tone head reads the
    mean of all tokens; the stance head reads ``stance_pool`` (see
    ModelSettings). With ``tone_layers`` (the tone branch's own copies of the
    encoder's top layers), the tone head reads those instead of the
    encoder's top layers."""

    def __init__(self, encoder: nn.Module, dropout: float = 0.1, stance_pool: str = "mean",
                 tone_layers: nn.ModuleList | None = None):
        super().__init__()
        if stance_pool not in STANCE_POOLS:
            raise ModelError(f"stance_pool {stance_pool!r}: expected one of {', '.join(STANCE_POOLS)}")
        self.encoder = encoder
        self.stance_pool = stance_pool
        self.tone_layers = tone_layers
        hidden = encoder.config.hidden_size
        self._mpnet = encoder.config.model_type == "mpnet"
        self.dropout = nn.Dropout(dropout)
        self.tone_head = nn.Linear(hidden, 3)
        self.stance_head = nn.Linear(hidden * (3 if stance_pool == "segments" else 1), 3)

    def _hidden(self, input_ids, attention_mask, token_type_ids, task):
        """(tone hidden states, stance hidden states); ``task`` (tone or
        stance) skips the other branch's own layers when they are separate."""
        if self.tone_layers is None:
            # MPNet has no token types; the segments pool still uses them (see forward).
            types = {} if self._mpnet else {"token_type_ids": token_type_ids}
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **types).last_hidden_state
            return hidden, hidden
        from transformers.masking_utils import create_bidirectional_mask

        base = self.encoder.get_base_model() if hasattr(self.encoder, "get_base_model") else self.encoder
        if self._mpnet:
            shared = base.embeddings(input_ids=input_ids)
            # MPNet's layers take the relative position bias its encoder computes once.
            extra = (base.encoder.compute_position_bias(shared),)
        else:
            shared = base.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
            extra = ()
        mask = create_bidirectional_mask(config=base.config, inputs_embeds=shared, attention_mask=attention_mask)

        def run(layers, hidden):
            for layer in layers:
                hidden = layer(hidden, mask, *extra)
                hidden = hidden[0] if isinstance(hidden, tuple) else hidden  # MPNet layers return tuples
            return hidden

        split = len(base.encoder.layer) - len(self.tone_layers)
        shared = run(base.encoder.layer[:split], shared)
        tone = run(self.tone_layers, shared) if task != "stance" else None
        stance = run(base.encoder.layer[split:], shared) if task != "tone" else None
        return tone, stance

    def forward(self, input_ids, attention_mask, token_type_ids=None, task: str | None = None):
        """``task``: None for both heads; "tone" or "stance" (training) for
        one, the other returned as None."""
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        tone_hidden, hidden = self._hidden(input_ids, attention_mask, token_type_ids, task)
        tone = None
        if task != "stance":
            tone = self.tone_head(self.dropout(mean_pool(tone_hidden, attention_mask)))
        if task == "tone":
            return tone, None
        if self.stance_pool == "segments":
            target_mask = attention_mask * (token_type_ids == 0)
            text_mask = attention_mask * (token_type_ids == 1)
            stance_in = torch.cat([hidden[:, 0], mean_pool(hidden, target_mask), mean_pool(hidden, text_mask)], -1)
        else:
            stance_in = mean_pool(hidden, attention_mask)
        return tone, self.stance_head(self.dropout(stance_in))


PRECISIONS = ("auto", "float32", "bfloat16")


def _cpu_has_amx() -> bool:
    try:
        return bool(torch.cpu._is_amx_tile_supported())
    except (AttributeError, RuntimeError):  # a private torch helper: absent means no
        return False


def inference_dtype(precision: str = "auto") -> torch.dtype:
    """The dtype to run inference in. "auto" is bfloat16 on CPUs with AMX
    matrix units, and float32 elsewhere: without bfloat16 instructions it is
    slow. CPUs with AVX-512 BF16 but no AMX gain too (1.7x on a 2-core one,
    2026-12-02) but "auto" does not pick it there yet; ask for "bfloat16".
    `python benchmarks/bench_score.py` prints both rates and how many labels
    bfloat16 leaves unchanged (2.5x, 99.7% of stance labels on the reference machine)."""
    if precision not in PRECISIONS:
        raise ModelError(f"precision {precision!r}: expected one of {', '.join(PRECISIONS)}")
    if precision == "auto":
        return torch.bfloat16 if _cpu_has_amx() else torch.float32
    return getattr(torch, precision)


def base_encoder(base: str = "minilm-l6"):
    """The verified pretrained encoder ``base`` (see analysis.encoder.BASES)
    and its tokenizer."""
    from transformers import AutoModel, AutoTokenizer

    folder = base_dir(base)
    encoder = AutoModel.from_pretrained(folder, add_pooling_layer=False, use_safetensors=True)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    return encoder, tokenizer


def _lora_config(lora: LoraSettings):
    from peft import LoraConfig

    return LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
                      target_modules=list(lora.target_modules), bias="none")


def with_lora(encoder: nn.Module, lora: LoraSettings) -> nn.Module:
    import warnings

    from peft import get_peft_model

    with warnings.catch_warnings():
        # peft calls a transformers method that transformers 5 marks deprecated: library noise, not ours
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        return get_peft_model(encoder, _lora_config(lora))


def lora_tone_layers(encoder: nn.Module, settings: ModelSettings) -> nn.ModuleList | None:
    """Copies of the (plain) encoder's top ``settings.tone_layers`` layers
    with fresh LoRA adapters, only the adapters trainable; None for 0."""
    if not settings.tone_layers:
        return None
    from peft import inject_adapter_in_model

    layers = encoder.encoder.layer
    if not 0 < settings.tone_layers < len(layers):
        raise ModelError(f"tone_layers {settings.tone_layers}: expected 0 to {len(layers) - 1}")
    copies = copy.deepcopy(layers[len(layers) - settings.tone_layers:])
    copies = inject_adapter_in_model(_lora_config(settings.lora), copies)
    for name, param in copies.named_parameters():
        param.requires_grad = "lora_" in name
    return copies


def build_net(encoder: nn.Module, settings: ModelSettings) -> ToneStanceNet:
    """The trainable network on a plain base encoder: LoRA on the encoder,
    and the tone branch's own layers when ``settings.tone_layers``."""
    tone_layers = lora_tone_layers(encoder, settings)  # copied before LoRA goes into the encoder
    return ToneStanceNet(with_lora(encoder, settings.lora), stance_pool=settings.stance_pool,
                         tone_layers=tone_layers)


def trainable_state(net: ToneStanceNet) -> dict[str, torch.Tensor]:
    """The weights that training changed: LoRA matrices and the two heads."""
    from peft import get_peft_model_state_dict

    state = {f"encoder.{k}": v for k, v in get_peft_model_state_dict(net.encoder).items()}
    if net.tone_layers is not None:
        state.update({f"tone_layers.{k}": v for k, v in net.tone_layers.state_dict().items() if "lora_" in k})
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


def load(folder: Path = DEFAULT_MODEL_DIR, merge: bool = True):
    """Rebuild the trained network from ``folder`` with LoRA merged into the
    base weights (so inference costs no more than the plain encoder), or
    with ``merge=False`` the adapters kept apart and trainable (to go on
    training, as `readerstance adapt` does).

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
    expected = get_base(settings.base).sha256
    if settings.base_sha256 != expected:
        raise ModelError(f"{folder}: trained on a base encoder with sha256 {settings.base_sha256}, not the verified {settings.base} ({expected})")
    encoder, tokenizer = base_encoder(settings.base)
    net = build_net(encoder, settings)
    # Adapters may be stored in float16 (half the file); compute in float32.
    state = {k: v.float() for k, v in load_file(str(weights)).items()}
    enc_state = {k[len("encoder."):]: v for k, v in state.items() if k.startswith("encoder.")}
    result = set_peft_model_state_dict(net.encoder, enc_state)
    unexpected = getattr(result, "unexpected_keys", [])
    if unexpected:
        raise ModelError(f"{weights}: unexpected adapter weights {unexpected[:3]}")
    if merge:
        net.encoder = net.encoder.merge_and_unload()
    if net.tone_layers is not None:
        from peft.tuners.lora import LoraLayer

        tone_state = {k[len("tone_layers."):]: v for k, v in state.items() if k.startswith("tone_layers.")}
        expected = {k for k in net.tone_layers.state_dict() if "lora_" in k}
        if set(tone_state) != expected:
            raise ModelError(f"{weights}: tone-layer adapters do not match tone_layers={settings.tone_layers}")
        net.tone_layers.load_state_dict(tone_state, strict=False)
        for module in net.tone_layers.modules():
            if merge and isinstance(module, LoraLayer):
                module.merge()
    for name in ("tone_head", "stance_head"):
        getattr(net, name).load_state_dict({k.split(".", 1)[1]: v for k, v in state.items() if k.startswith(name + ".")})
    net.eval()
    return net, tokenizer, settings, config
