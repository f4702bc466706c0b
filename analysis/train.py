"""Fine-tune a tone-and-stance model (either tier) from a data folder.

One shared encoder (MiniLM-L6 for the fast tier, MPNet-base for the accurate
one; LoRA adapters) reads "target [SEP] text"; a tone head learns from
SemEval-2017 tweets and NewsMTSC news sentences (each paired with a random
training target so the tone head learns to ignore the target), and a stance
head learns from VAST, SemEval-2016 Task A, COVID-19, ArgMin and P-Stance,
plus, when asked, our written in-domain comments (both heads). Only train
splits are trained on; dev splits pick the logit offsets; test and held-out
files are never read here.
"""
from __future__ import annotations

import random
import time
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from . import data as D
from . import indomain
from .encoder import get_base
from .errors import DataError
from .inference import encode_pairs, pad, pair_logits
from .labels import STANCE_LABELS, TONE_LABELS
from .metrics import f_avg, macro_f1, macro_recall
from .network import LoraSettings, ModelSettings, base_encoder, build_net, save
from .train_settings import TrainSettings

#: With weight averaging, the last step's weights are saved in this folder under the model's.
FINAL_WEIGHTS_DIR = "final"


def training_sets(data: Path, s: TrainSettings, rng: random.Random):
    tweets = D.semeval2017_train(data)
    rng.shuffle(tweets)
    news = D.newsmtsc(data, "train")
    covid = D.tweet_stance(data, "covid19", "train")
    argmin = D.tweet_stance(data, "argmin", "train")
    pstance = [e for e in D.tweet_stance(data, "pstance", "train") if e.target != s.holdout_target]
    vast = D.vast(data, "train")
    # Capped sources are sampled at random. Without a cap on NewsMTSC, VAST
    # or COVID-19, the random draws are the ones the shipped fast model was
    # trained with (ArgMin and P-Stance only), so its command reproduces it.
    capped = s.newsmtsc_rows or s.vast_rows or s.covid_rows
    for rows in (news, vast, covid, argmin, pstance) if capped else (argmin, pstance):
        rng.shuffle(rows)
    tone = tweets[: s.tone_tweets or None] + news[: s.newsmtsc_rows or None]
    semeval = [e for e in D.semeval2016(data, "train") if e.target != s.holdout_target]
    stance = (vast[: s.vast_rows or None] + semeval + covid[: s.covid_rows or None]
              + argmin[: s.argmin_rows or None] + pstance[: s.pstance_rows or None])
    if s.indomain_repeat:
        written = [e for split in s.indomain_train.split(",") for e in indomain.examples(split.strip())]
        tone += [e for e in written if e.task == D.TONE] * s.indomain_repeat
        stance += [e for e in written if e.task == D.STANCE] * s.indomain_repeat
    return tone, stance


def holdout_dev(data: Path, target: str) -> list[D.Example]:
    """The SemEval-2016 (train, trial) and P-Stance (train, val) tweets about
    ``target``: a dev set for a target kept out of training."""
    rows = (D.semeval2016(data, "train") + D.semeval2016(data, "trial")
            + D.tweet_stance(data, "pstance", "train") + D.tweet_stance(data, "pstance", "val"))
    held = [e for e in rows if e.target == target]
    if not held:
        known = ", ".join(sorted({e.target for e in rows}))
        raise DataError(f"holdout target {target!r}: not a SemEval-2016 Task A or P-Stance target (one of {known})")
    return held


def _batches(examples, tokenizer, targets, max_length, batch_size, rng, task):
    encoded = encode_pairs(tokenizer, targets, [e.text for e in examples], max_length)
    labels = TONE_LABELS if task == D.TONE else STANCE_LABELS
    rows = [(row, labels.index(e.label)) for row, e in zip(encoded, examples)]
    rng.shuffle(rows)
    # Sort within chunks of 50 batches: little padding, still well mixed.
    chunk = batch_size * 50
    out = []
    for c in range(0, len(rows), chunk):
        part = sorted(rows[c:c + chunk], key=lambda r: len(r[0]["input_ids"]))
        out += [(task, part[i:i + batch_size]) for i in range(0, len(part), batch_size)]
    return out


def _epochs(batches: list, epochs: float, rng: random.Random) -> list:
    """The batches repeated ``epochs`` times, each further pass reshuffled
    (a fractional last pass takes that share of a reshuffled copy)."""
    if epochs <= 0:
        raise ValueError(f"epochs {epochs}: expected a positive number")
    out = batches[: max(1, round(len(batches) * min(epochs, 1.0)))]
    left = epochs - 1.0
    while left > 1e-9:
        again = list(batches)
        rng.shuffle(again)
        out += again[: round(len(again) * min(left, 1.0))]
        left -= 1.0
    return out


def calibrate_bias(logits: np.ndarray, gold: list[str], labels, metric) -> list[float]:
    """Additive offsets for the first and last class (the middle one fixed at
    0) that maximise ``metric`` (macro_recall or macro_f1) on a dev set: an
    exhaustive grid search, with the metric computed from confusion matrices."""
    grid = np.round(np.arange(-2.0, 2.01, 0.1), 2)
    y = np.array([labels.index(g) for g in gold])
    k = len(labels)
    best, best_bias = -1.0, [0.0, 0.0, 0.0]
    for a in grid:
        for c in grid:
            pred = np.argmax(logits + np.array([a, 0.0, c]), axis=1)
            cm = np.bincount(y * k + pred, minlength=k * k).reshape(k, k)
            tp = np.diag(cm).astype(float)
            recall = tp / np.maximum(cm.sum(1), 1)
            if metric is macro_recall:
                score = recall.mean()
            else:
                precision = tp / np.maximum(cm.sum(0), 1)
                score = np.mean(np.where(tp > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0))
            if score > best + 1e-9:
                best, best_bias = float(score), [float(a), 0.0, float(c)]
    return best_bias


def train(data: Path, out: Path, s: TrainSettings | None = None, log: Callable[[str], None] = print) -> dict:
    """Train, calibrate on dev sets, save to ``out``; return the dev metrics.
    The model card is the caller's to write (``analysis.model_card.write_card``),
    from the record saved in ``out``."""
    s = s or TrainSettings()
    rng = random.Random(s.seed)
    torch.manual_seed(s.seed)
    np.random.seed(s.seed)
    if s.threads:
        torch.set_num_threads(s.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    started = time.time()
    held_out = holdout_dev(data, s.holdout_target) if s.holdout_target else []
    tone, stance = training_sets(data, s, rng)
    log(f"training on {len(tone)} tone and {len(stance)} stance examples ({device})")
    base = get_base(s.base)
    encoder, tokenizer = base_encoder(base.name)
    lora = LoraSettings(dropout=s.lora_dropout, target_modules=list(base.lora_modules))
    settings = ModelSettings(lora=lora, max_length=s.stance_max_length, stance_pool=s.stance_pool,
                             tone_layers=s.tone_layers, base=base.name, base_sha256=base.sha256)
    net = build_net(encoder, settings).to(device)

    stance_targets = [e.target for e in stance]
    tone_targets = [rng.choice(stance_targets) for _ in tone]
    batches = (_batches(tone, tokenizer, tone_targets, s.tone_max_length, s.batch_size, rng, D.TONE)
               + _batches(stance, tokenizer, stance_targets, s.stance_max_length, s.batch_size, rng, D.STANCE))
    rng.shuffle(batches)
    batches = _epochs(batches, s.epochs, rng)
    params = [p for p in net.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=s.lr, weight_decay=0.01)
    total = len(batches)
    warm = max(1, int(total * s.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda step: min((step + 1) / warm, max(0.0, (total - step) / max(1, total - warm))))
    loss_fn = torch.nn.CrossEntropyLoss()

    def autocast():
        return torch.autocast(device.type, dtype=torch.bfloat16, enabled=s.bf16)

    average_start = int(total * s.average_from) if s.average_from else total
    averaged = [p.detach().clone() for p in params]
    net.train()
    running = 0.0
    for step, (task, rows) in enumerate(batches):
        ids, mask, types = (t.to(device) for t in pad(tokenizer, [row for row, _ in rows]))
        y = torch.tensor([label for _, label in rows], device=device)
        with autocast():
            tone_logits, stance_logits = net(ids, mask, types, task=task)
        loss = loss_fn((tone_logits if task == D.TONE else stance_logits).float(), y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optim.step()
        sched.step()
        optim.zero_grad(set_to_none=True)
        if step >= average_start:  # the running mean of the weights since average_start
            seen = step - average_start + 1
            with torch.no_grad():
                for mean, p in zip(averaged, params):
                    if seen == 1:
                        mean.copy_(p)
                    else:
                        mean.add_(p - mean, alpha=1 / seen)
        running = 0.98 * running + 0.02 * loss.item() if step else loss.item()
        if step % 100 == 0 or step == total - 1:
            el = time.time() - started
            log(f"step {step + 1}/{total} loss {running:.3f} elapsed {el / 60:.1f} min")
    net.eval().cpu()
    train_minutes = (time.time() - started) / 60

    # Dev sets: TweetEval val for tone (macro-recall), VAST dev by post for
    # stance (macro-F1). They choose the logit offsets only.
    tone_dev = D.tweeteval_val(data)
    tone_dev_targets = [rng.choice(stance_targets) for _ in tone_dev]
    stance_dev = D.vast(data, "dev") + [e for e in D.semeval2016(data, "trial") if e.target != s.holdout_target]
    written_dev = indomain.examples("dev")  # (tone, stance) example pairs, comment by comment

    def dev_score(logits, gold, labels, metric, bias):
        return metric(gold, [labels[i] for i in np.argmax(logits + np.array(bias), 1)], labels)

    def calibrate_and_measure() -> tuple[dict, dict]:
        """Choose the logit offsets on the dev sets for the network's current
        weights; return them ({"tone_bias", "stance_bias"}) and the dev figures."""
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=s.bf16):  # the net is on the CPU by now
            return _calibrate_and_measure()

    def _calibrate_and_measure() -> tuple[dict, dict]:
        t_logits, _ = pair_logits(net, tokenizer, tone_dev_targets, [e.text for e in tone_dev], s.tone_max_length)
        _, s_logits = pair_logits(net, tokenizer, [e.target for e in stance_dev], [e.text for e in stance_dev],
                                  s.stance_max_length)
        tone_gold, stance_gold = [e.label for e in tone_dev], [e.label for e in stance_dev]
        tone_bias = calibrate_bias(t_logits, tone_gold, TONE_LABELS, macro_recall)
        stance_bias = calibrate_bias(s_logits, stance_gold, STANCE_LABELS, macro_f1)
        dev = {
            "tone_tweeteval_val_macro_recall": dev_score(t_logits, tone_gold, TONE_LABELS, macro_recall, [0, 0, 0]),
            "tone_tweeteval_val_macro_recall_calibrated": dev_score(t_logits, tone_gold, TONE_LABELS, macro_recall, tone_bias),
            "stance_dev_macro_f1": dev_score(s_logits, stance_gold, STANCE_LABELS, macro_f1, [0, 0, 0]),
            "stance_dev_macro_f1_calibrated": dev_score(s_logits, stance_gold, STANCE_LABELS, macro_f1, stance_bias),
        }
        # Our written dev comments (one pass gives both heads; long comments are
        # cut at the stance length here, where `evaluate` scores them in windows).
        tone_ex, stance_ex = written_dev[0::2], written_dev[1::2]
        w_tone, w_stance = pair_logits(net, tokenizer, [e.target for e in stance_ex], [e.text for e in stance_ex],
                                       s.stance_max_length)
        dev["tone_indomain_dev_macro_f1_calibrated"] = dev_score(
            w_tone, [e.label for e in tone_ex], TONE_LABELS, macro_f1, tone_bias)
        dev["stance_indomain_dev_macro_f1_calibrated"] = dev_score(
            w_stance, [e.label for e in stance_ex], STANCE_LABELS, macro_f1, stance_bias)
        if held_out:
            _, h_logits = pair_logits(net, tokenizer, [e.target for e in held_out], [e.text for e in held_out],
                                      s.stance_max_length)
            dev["stance_holdout_favg_calibrated"] = dev_score(h_logits, [e.label for e in held_out], STANCE_LABELS,
                                                              lambda gold, pred, _: f_avg(gold, pred), stance_bias)
        return {"tone_bias": tone_bias, "stance_bias": stance_bias}, dev

    record = {}
    if s.average_from:
        final_offsets, record["dev_final_weights"] = calibrate_and_measure()
        log("dev, final weights: " + ", ".join(f"{k} {v:.3f}" for k, v in record["dev_final_weights"].items()))
        # the last step's weights are kept beside the mean, as a model folder of their own, so that the
        # choice between them can be made on dev without training again
        save(net, replace(settings, **final_offsets), out / FINAL_WEIGHTS_DIR, extra={
            "trained": {"date": date.today().isoformat(), "device": str(device), "steps": total,
                        "settings": asdict(s), "weights": "the last step's (not averaged)",
                        "dev": record["dev_final_weights"]}})
        with torch.no_grad():
            for mean, p in zip(averaged, params):
                p.copy_(mean)
    offsets, dev = calibrate_and_measure()
    log("dev: " + ", ".join(f"{k} {v:.3f}" for k, v in dev.items()))
    save(net, replace(settings, **offsets), out, extra={
        "trained": {"date": date.today().isoformat(), "minutes": round(train_minutes, 1), "device": str(device),
                    "tone_examples": len(tone), "stance_examples": len(stance), "steps": total,
                    "settings": asdict(s), "dev": dev, **record},
    })
    return dev
