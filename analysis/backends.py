"""Models that fill the classifier's roles.

- :class:`JointModel`: the project's own network (tone and stance heads over
  one MiniLM pass). Default for both roles, works offline.
- :class:`SequenceToneModel`: any Hugging Face sequence-classification model
  whose ``config.id2label`` names negative / neutral / positive.
- :class:`NLIStanceModel`: any NLI model used zero-shot; its entailment label is
  found by name, and each stance label is a hypothesis template.
- :class:`PairStanceModel`: a target-conditioned sequence-classification model
  taking (target, text) pairs, labels against / none / favor.

Each class takes ready objects (model, tokenizer); ``from_pretrained`` loads
them. Remote code is never trusted, and safetensors weights are preferred.
"""
from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import torch

from . import network
from .classifier import STANCE, TONE, Classifier
from .errors import ModelError
from .inference import DEFAULT_BATCH_SIZE, encode_pairs, joint_logits, length_sorted_batches, pad, softmax
from .labels import STANCE_LABELS, TONE_LABELS
from .memory import WrittenMemory
from .windows import split_prepared

TONE_SYNONYMS = {
    "negative": ("negative", "neg"),
    "neutral": ("neutral", "neu"),
    "positive": ("positive", "pos"),
}
STANCE_SYNONYMS = {
    "against": ("against", "con", "oppose", "anti"),
    "none": ("none", "neutral", "neither", "unrelated"),
    "favor": ("favor", "favour", "pro", "support", "for"),
}
DEFAULT_TEMPLATES = {
    "against": "The author of this text is against {}.",
    "none": "The author of this text is neutral about {}.",
    "favor": "The author of this text supports {}.",
}


def weights_fingerprint(name: str, net: torch.nn.Module) -> str:
    """sha256 over the model's name, class and every weight: any change of
    weights gives a new fingerprint, so cached scores never go stale."""
    h = hashlib.sha256(f"{name}|{type(net).__name__}".encode())
    for key, tensor in sorted(net.state_dict().items()):
        h.update(key.encode())
        h.update(tensor.detach().cpu().contiguous().numpy().tobytes())
    return f"{name}@{h.hexdigest()[:16]}"


def map_labels(id2label: dict, synonyms: dict[str, tuple[str, ...]], model_name: str, required: Sequence[str]) -> dict[str, int]:
    """Our label name → the model's class index, matched by name.

    Raises ModelError naming the model's labels when a required label has no
    match (e.g. an unmapped LABEL_0 / LABEL_1 / LABEL_2)."""
    found: dict[str, int] = {}
    for idx, raw in id2label.items():
        name = str(raw).strip().lower()
        for ours, names in synonyms.items():
            if name in names and ours not in found:
                found[ours] = int(idx)
    missing = [r for r in required if r not in found]
    if missing:
        labels = ", ".join(f"{k}: {v!r}" for k, v in sorted(id2label.items(), key=lambda kv: int(kv[0])))
        raise ModelError(
            f"{model_name}: cannot map its labels ({labels}) to {', '.join(required)}; missing {', '.join(missing)}. "
            f"Use a model whose config.id2label names its classes (accepted names: "
            + "; ".join(f"{k}: {'/'.join(v)}" for k, v in synonyms.items() if k in required) + ")")
    return found


def _require_offline(name: str) -> None:
    """Fail at once, with the fix, for a Hub name that is neither a folder here
    nor in the Hugging Face cache (transformers would retry the network for
    minutes first). HF_HUB_OFFLINE=0 allows the download."""
    if Path(name).is_dir() or os.environ.get("HF_HUB_OFFLINE") == "0":
        return
    from huggingface_hub import try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(name, "config.json")
    except ValueError:  # not a valid repo id either
        cached = None
    if not isinstance(cached, str):
        raise ModelError(
            f"{name}: no such folder, and not in the Hugging Face cache. readerstance works offline: give the "
            f"model's folder (download it once where there is network: huggingface-cli download {name} "
            "--local-dir DIR), or set HF_HUB_OFFLINE=0 to let it be downloaded now")


def _load_hf(name: str, kind):
    from transformers import AutoTokenizer

    _require_offline(name)
    kwargs = {"trust_remote_code": False}
    try:
        model = kind.from_pretrained(name, use_safetensors=True, **kwargs)
    except (OSError, ValueError):
        try:
            model = kind.from_pretrained(name, **kwargs)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{name}: could not load the model ({exc}). Give a local folder or a Hub name available offline.") from exc
        warnings.warn(f"{name}: no safetensors weights; loaded PyTorch weights instead", stacklevel=2)
    try:
        tokenizer = AutoTokenizer.from_pretrained(name)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{name}: could not load its tokenizer ({exc})") from exc
    model.eval()
    return model, tokenizer


def _max_length(tokenizer, model, cap: int = 512) -> int:
    limits = [cap, getattr(tokenizer, "model_max_length", cap) or cap]
    positions = getattr(model.config, "max_position_embeddings", None)
    if positions:
        # RoBERTa-style models reserve two positions for the padding offset.
        limits.append(positions - 2 if getattr(model.config, "model_type", "") in ("roberta", "xlm-roberta", "camembert") else positions)
    return int(min(limits))


def _in_our_order(probs: np.ndarray, index: dict[str, int], labels: Sequence[str]) -> np.ndarray:
    """Model-order probabilities → ours; a label the model lacks gets 0 and
    the rest are renormalised (a model's extra classes are dropped)."""
    out = np.zeros((len(probs), len(labels)), dtype=np.float32)
    for j, label in enumerate(labels):
        if label in index:
            out[:, j] = probs[:, index[label]]
    return out / out.sum(axis=1, keepdims=True)


class Backend:
    """The shape of every model here, in the manner of transformers'
    pipelines: ``windows`` (the parts of each text it can read whole, for the
    classifier) → ``preprocess`` (length-sorted batches, padded by the
    tokenizer) → ``forward`` (the model on its device, in inference mode) →
    ``postprocess`` (probabilities per role, in our label order).

    Subclasses set ``tokenizer``, ``max_length``, ``fingerprint`` and
    ``width`` (logits per row), and define the three steps."""

    roles: tuple[str, ...] = ()
    precision = "float32"  # run as loaded
    batch_size = DEFAULT_BATCH_SIZE
    tokenizer = None
    max_length = 512
    width = 3

    def prefix_tokens(self, target: str) -> int:
        """Tokens the target puts before each text."""
        return len(self.tokenizer(target, add_special_tokens=False)["input_ids"])

    def windows(self, texts: Sequence[str], targets: Sequence[str]) -> list[list[tuple[int, int, int]]]:
        budgets = {t: max(8, self.max_length - self.prefix_tokens(t) - 3) for t in set(targets)}
        return [split_prepared(text, self.tokenizer, budgets[t]) for text, t in zip(texts, targets)]

    def preprocess(self, targets: list[str], texts: list[str]) -> tuple[int, Iterator[tuple[list[int], dict]]]:
        """The number of rows to run and their batches: (row indices, model inputs)."""
        raise NotImplementedError

    def forward(self, inputs: dict) -> np.ndarray:
        raise NotImplementedError

    def postprocess(self, logits: np.ndarray) -> dict[str, np.ndarray]:
        raise NotImplementedError

    def predict(self, targets: Sequence[str], texts: Sequence[str]) -> dict[str, np.ndarray]:
        n_rows, batches = self.preprocess(list(targets), list(texts))
        logits = np.zeros((n_rows, self.width), dtype=np.float32)
        for index, inputs in batches:
            logits[index] = self.forward(inputs)
        return self.postprocess(logits)


def _device(model: torch.nn.Module) -> torch.device:
    """Where the model's weights are (the CPU for a model without any)."""
    first = next(model.parameters(), None)
    return first.device if first is not None else torch.device("cpu")


class HFBackend(Backend):
    """A Hugging Face sequence-classification model over (first, second)
    text pairs (second None: a single text)."""

    truncation = "only_second"

    def __init__(self, model, tokenizer, name: str):
        self.model, self.tokenizer = model, tokenizer
        self.max_length = _max_length(tokenizer, model)
        self.fingerprint = weights_fingerprint(name, model)
        self.width = model.config.num_labels

    def rows(self, targets: list[str], texts: list[str]) -> tuple[list[str], list[str] | None]:
        """The (first, second) inputs of each row."""
        raise NotImplementedError

    def preprocess(self, targets, texts):
        firsts, seconds = self.rows(targets, texts)
        lengths = [len(f) + (len(seconds[i]) if seconds else 0) for i, f in enumerate(firsts)]

        def batches():
            for batch in length_sorted_batches(lengths, self.batch_size):
                b = [seconds[i] for i in batch] if seconds else None
                yield batch, self.tokenizer([firsts[i] for i in batch], b, padding=True, return_tensors="pt",
                                            truncation=self.truncation if b else True, max_length=self.max_length)
        return len(firsts), batches()

    def forward(self, inputs) -> np.ndarray:
        with torch.inference_mode():
            return self.model(**inputs.to(_device(self.model))).logits.float().cpu().numpy()


class JointModel(Backend):
    """The project's trained network: tone and stance from one encoder pass."""

    roles = (TONE, STANCE)
    width = 6  # tone logits, then stance logits

    def __init__(self, net, tokenizer, settings: network.ModelSettings, name: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, precision: str = "auto", memory_folder: Path | None = None):
        """``precision``: "auto", "float32" or "bfloat16" (see
        analysis.network.inference_dtype); bfloat16 scores are cached apart.
        ``name`` defaults to the base's (readerstance-minilm, readerstance-mpnet).
        ``memory_folder``: a model folder whose written-comment memory (analysis.memory) blends
        into stance toward its target, if it has one."""
        name = name or network.model_name(settings)
        dtype = network.inference_dtype(precision)
        self.memory = WrittenMemory.from_folder(memory_folder, dtype) if memory_folder else None
        self.tokenizer = tokenizer
        self.settings = settings
        self.max_length = settings.max_length
        self.batch_size = batch_size
        self.fingerprint = weights_fingerprint(name, net) + (f"+{self.memory.fingerprint}" if self.memory else "") \
            + ("+bf16" if dtype == torch.bfloat16 else "")
        self.precision = "bfloat16" if dtype == torch.bfloat16 else "float32"
        self.net = net.to(dtype)
        self._tone_bias = np.array(settings.tone_bias, dtype=np.float32)
        self._stance_bias = np.array(settings.stance_bias, dtype=np.float32)

    @classmethod
    def from_pretrained(cls, folder: str | Path = network.DEFAULT_MODEL_DIR, **kwargs) -> "JointModel":
        net, tokenizer, settings, _ = network.load(Path(folder))
        return cls(net, tokenizer, settings, memory_folder=Path(folder), **kwargs)

    def predict(self, targets, texts):
        probs = super().predict(targets, texts)
        if self.memory is not None:
            probs[STANCE] = self.memory.blend(probs[STANCE], targets, texts)
        return probs

    def preprocess(self, targets, texts):
        rows = encode_pairs(self.tokenizer, targets, texts, self.max_length)
        batches = length_sorted_batches([len(r["input_ids"]) for r in rows], self.batch_size)
        return len(rows), ((batch, pad(self.tokenizer, [rows[i] for i in batch])) for batch in batches)

    def forward(self, inputs) -> np.ndarray:
        device = _device(self.net)
        return joint_logits(self.net, *(t.to(device) for t in inputs))

    def postprocess(self, logits):
        return {TONE: softmax(logits[:, :3] + self._tone_bias), STANCE: softmax(logits[:, 3:] + self._stance_bias)}


class SequenceToneModel(HFBackend):
    """A sequence-classification model for tone; labels mapped by name.

    A two-class model (negative/positive) is accepted: its neutral
    probability is 0."""

    roles = (TONE,)

    def __init__(self, model, tokenizer, name: str):
        super().__init__(model, tokenizer, name)
        self.index = map_labels(model.config.id2label, TONE_SYNONYMS, name, ("negative", "positive"))

    @classmethod
    def from_pretrained(cls, name: str) -> "SequenceToneModel":
        from transformers import AutoModelForSequenceClassification

        model, tokenizer = _load_hf(name, AutoModelForSequenceClassification)
        return cls(model, tokenizer, name)

    def prefix_tokens(self, target: str) -> int:
        return 0  # the text alone

    def rows(self, targets, texts):
        return texts, None

    def postprocess(self, logits):
        return {TONE: _in_our_order(softmax(logits), self.index, TONE_LABELS)}


class PairStanceModel(HFBackend):
    """A target-conditioned classifier: input (target, text), labels
    against / none / favor by name (none may be missing: probability 0)."""

    roles = (STANCE,)

    def __init__(self, model, tokenizer, name: str):
        super().__init__(model, tokenizer, name)
        self.index = map_labels(model.config.id2label, STANCE_SYNONYMS, name, ("against", "favor"))

    def rows(self, targets, texts):
        return targets, texts

    def postprocess(self, logits):
        return {STANCE: _in_our_order(softmax(logits), self.index, STANCE_LABELS)}


class NLIStanceModel(HFBackend):
    """Zero-shot stance with an NLI model: each stance label is a hypothesis
    ("The author of this text supports {target}."); the text is the premise;
    the entailment logits of the three hypotheses are softmaxed, as in the
    transformers zero-shot pipeline with one label per text."""

    roles = (STANCE,)
    # Premise first, hypothesis second; the windows already made each
    # premise fit beside the longest hypothesis.
    truncation = "only_first"

    def __init__(self, model, tokenizer, name: str, templates: dict[str, str] | None = None):
        templates = dict(DEFAULT_TEMPLATES, **(templates or {}))
        bad = [k for k in templates if k not in STANCE_LABELS]
        if bad:
            raise ValueError(f"unknown stance label(s) {bad} in templates; use {', '.join(STANCE_LABELS)}")
        for label, template in templates.items():
            if "{}" not in template:
                raise ValueError(f"template for {label!r} must contain '{{}}' where the target goes: {template!r}")
        entail = [int(i) for i, l in model.config.id2label.items() if str(l).lower().startswith("entail")]
        if len(entail) != 1:
            labels = dict(model.config.id2label)
            raise ModelError(f"{name}: no single entailment label in config.id2label {labels}; is this an NLI model?")
        super().__init__(model, tokenizer, name)
        self.templates = templates
        self.entailment = entail[0]
        self.fingerprint += "|" + hashlib.sha256(repr(sorted(templates.items())).encode()).hexdigest()[:8]

    @classmethod
    def from_pretrained(cls, name: str, templates: dict[str, str] | None = None) -> "NLIStanceModel":
        from transformers import AutoModelForSequenceClassification

        model, tokenizer = _load_hf(name, AutoModelForSequenceClassification)
        return cls(model, tokenizer, name, templates)

    def prefix_tokens(self, target: str) -> int:
        return max(len(self.tokenizer(t.format(target), add_special_tokens=False)["input_ids"])
                   for t in self.templates.values())

    def rows(self, targets, texts):
        """One row per (text, stance label): text i's hypotheses are rows 3i..3i+2."""
        premises = [text for text in texts for _ in STANCE_LABELS]
        hypotheses = [self.templates[label].format(t) for t in targets for label in STANCE_LABELS]
        return premises, hypotheses

    def postprocess(self, logits):
        return {STANCE: softmax(logits[:, self.entailment].reshape(-1, len(STANCE_LABELS)))}


def stance_model_from_pretrained(name: str, templates: dict[str, str] | None = None):
    """An NLI model (has an entailment label) or a target-conditioned one."""
    from transformers import AutoModelForSequenceClassification

    model, tokenizer = _load_hf(name, AutoModelForSequenceClassification)
    labels = [str(l).lower() for l in model.config.id2label.values()]
    if any(l.startswith("entail") for l in labels):
        return NLIStanceModel(model, tokenizer, name, templates)
    return PairStanceModel(model, tokenizer, name)


def build_classifier(tone_model: str | None = None, stance_model: str | None = None,
                     templates: dict[str, str] | None = None, model_dir: str | Path | None = None,
                     precision: str = "auto") -> Classifier:
    """The classifier for the CLI options: our model for any role not named
    (in ``precision``, see JointModel)."""
    default = None
    if tone_model is None or stance_model is None:
        default = JointModel.from_pretrained(model_dir or network.DEFAULT_MODEL_DIR, precision=precision)
    tone = SequenceToneModel.from_pretrained(tone_model) if tone_model else default
    stance = stance_model_from_pretrained(stance_model, templates) if stance_model else default
    return Classifier(tone, stance)
