"""The knobs of `readerstance train` (analysis.train), apart from the
training code so that the model card can name them without importing it."""
from __future__ import annotations

from dataclasses import dataclass

from .encoder import BASES
from .indomain import TRAIN_SPLITS

@dataclass(frozen=True)
class TrainSettings:
    """Training knobs, checked when made (before any data or encoder loads).
    Defaults are the first fast model's settings, so that a training record
    written before a field existed still names what it ran; each model card's
    Reproduce line gives the options that differ (the shipped fast tier adds
    our written comments and bfloat16)."""

    base: str = "minilm-l6"    # the base encoder (analysis.encoder.BASES): minilm-l6 or mpnet-base
    seed: int = 13
    batch_size: int = 32
    lr: float = 5e-4
    warmup: float = 0.06
    epochs: float = 1.5        # passes over the training batches (1.5: one and a half)
    tone_max_length: int = 64
    stance_max_length: int = 128
    # Caps on the training rows (0: all); with these, training takes about
    # 50 minutes on 2 CPU cores.
    tone_tweets: int = 0       # SemEval-2017 tweets (48,391 after de-duplication)
    newsmtsc_rows: int = 0     # NewsMTSC sentences (of ~7k)
    covid_rows: int = 0        # COVID-19 stance tweets (of ~4.5k)
    vast_rows: int = 0         # VAST comments (of ~11.6k)
    argmin_rows: int = 5000    # ArgMin sentences (of ~18k)
    pstance_rows: int = 6000   # P-Stance tweets (of ~11k)
    threads: int = 0           # 0: torch's default
    lora_dropout: float = 0.05  # 0 makes a step about a third faster on MPNet
    stance_pool: str = "segments"  # see analysis.network.ModelSettings
    tone_layers: int = 2           # see analysis.network.ModelSettings
    # A SemEval-2016 Task A or P-Stance target ("Hillary Clinton", "Bernie
    # Sanders") kept out of training and calibration; its train, trial and val
    # tweets become a dev set for stance toward a target the model never saw
    # ("": none held out).
    holdout_target: str = ""
    # 0: keep the final weights. f in (0, 1): keep the running mean of the
    # trainable weights (LoRA adapters, heads) over every step from that
    # share of the steps on (weight averaging, as in SWA); the final
    # weights' dev figures are recorded beside the averaged ones.
    average_from: float = 0.5
    # Our written in-domain training comments (analysis/indomain/<split>.jsonl.gz
    # for each split named here, comma-separated: train, train2 ... train6), each used for
    # tone and for stance toward the United States, repeated this many times
    # (0: not used).
    indomain_repeat: int = 0
    indomain_train: str = "train"
    # Train (and measure dev) under bfloat16 autocast: about 3x faster on
    # CPUs with AMX and on GPUs; what makes an MPNet run fit on 2 cores.
    bf16: bool = False

    def __post_init__(self):
        problems = []

        def need(ok: bool, name: str, expected: str) -> None:
            if not ok:
                problems.append(f"{name} {getattr(self, name)!r}: expected {expected}")

        need(self.base in BASES, "base", f"one of {', '.join(BASES)}")
        need(self.batch_size >= 1, "batch_size", "at least 1")
        need(self.lr > 0, "lr", "a positive number")
        need(0 <= self.warmup < 1, "warmup", "a share of the steps in [0, 1)")
        need(self.epochs > 0, "epochs", "a positive number")
        for name in ("tone_max_length", "stance_max_length"):
            need(16 <= getattr(self, name) <= 512, name, "16 to 512 tokens")
        for name in ("tone_tweets", "newsmtsc_rows", "covid_rows", "vast_rows", "argmin_rows", "pstance_rows",
                     "threads", "indomain_repeat"):
            need(getattr(self, name) >= 0, name, "0 or more")
        need(0 <= self.lora_dropout < 1, "lora_dropout", "a probability in [0, 1)")
        need(self.stance_pool in ("mean", "segments"), "stance_pool", "mean or segments")
        need(0 <= self.tone_layers <= 5, "tone_layers", "0 to 5")
        need(0 <= self.average_from < 1, "average_from", "0 (off) or a share of the steps in (0, 1)")
        splits = [x.strip() for x in self.indomain_train.split(",")]
        need(bool(splits) and all(x in TRAIN_SPLITS for x in splits), "indomain_train",
             f"comma-separated names among {', '.join(TRAIN_SPLITS)}")
        if problems:
            raise ValueError("; ".join(problems))


# The TrainSettings fields that `readerstance train` takes as options (--seed, ...).
TRAIN_OPTIONS = ("base", "seed", "epochs", "lr", "tone_tweets", "newsmtsc_rows", "vast_rows", "covid_rows",
                 "argmin_rows", "pstance_rows", "stance_max_length", "lora_dropout", "stance_pool", "tone_layers",
                 "holdout_target", "average_from", "indomain_repeat", "indomain_train", "bf16")
