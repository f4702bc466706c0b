"""A dev-only experiment on a shipped tier (issue 15): train the shipped model's
adapters and heads further on our written training comments (train..train6),
with a replay sample of its public training data, and optionally with public
stance texts whose targets mix the gold label and the accurate (MPNet) model's
calibrated probabilities (distillation), or with public training texts that
mention the United States, paired with it, the accurate model's probabilities
as their only targets (--distil-us), or with the written comments' stance
targets mixed with the accurate model's probabilities (--written-teacher). Prints the dev figures of the shipped
model and of the candidate, measured the same way (offsets recalibrated on
TweetEval val and VAST dev + SemEval trial; in-domain dev comments cut at the
stance length). Test sets are never read; nothing is saved unless --out.

    python benchmarks/stage2_dev.py --lr 1e-4                       # session 19: in-domain stance 0.689
    python benchmarks/stage2_dev.py --lr 2e-4                       # 0.671 (shipped 0.693)
    python benchmarks/stage2_dev.py --lr 1e-4 --replay 0 --distil 8000 --tone-replay 5000   # distillation
    python benchmarks/stage2_dev.py --tier accurate --lr 1e-4 --tone-keep 0   # stance learnt, tone held to
                                                                    # the model's own (session 21: in-domain
                                                                    # stance 0.6954 -> 0.7255, tone 0.7855 ->
                                                                    # 0.7763; shipped)
    python benchmarks/stage2_dev.py --lr 1e-4 --tone-keep 0          # the fast tier the same way (session 21:
                                                                    # in-domain stance 0.6927 -> 0.6825; not kept)
    python benchmarks/stage2_dev.py --lr 1e-4 --tone-keep 0 --distil-us 8000   # the fast tier taught the accurate
                                                                    # tier's stance toward the United States on
                                                                    # 7,748 public training texts that mention it
                                                                    # (session 22: in-domain stance 0.6927 ->
                                                                    # 0.6921, stance dev 0.6547 -> 0.6605; not kept)
    python benchmarks/stage2_dev.py --lr 1e-4 --tone-keep 0 --written-teacher 0.5   # written comments' stance
                                                                    # targets half the accurate tier's (session 22:
                                                                    # in-domain stance 0.6927 -> 0.6887; not kept)
    python benchmarks/stage2_dev.py --tier accurate --lr 1e-4 --tone-keep 0 --written train5,train6,train7
                                                                    # a third stage on the new written split
                                                                    # (session 23: in-domain stance 0.7345 ->
                                                                    # 0.7246; not kept; the fast tier the same
                                                                    # way: 0.6927 -> 0.6635, not kept)
    python benchmarks/stage2_dev.py --limit 300                     # a smoke run (minutes)
    python benchmarks/stage2_dev.py --tier accurate --lr 1e-4       # the MPNet tier (about an hour; session 20:
                                                                    # in-domain stance 0.6954 -> 0.7271, tone
                                                                    # 0.7855 -> 0.7623: rejected on tone)

About 10 minutes per run on 2 cores (bfloat16), 10 more with --distil 8000.
The runs without --distil draw as session 19's did; the distillation run's
draws differ from the session's (expect its figures within noise of
stance dev 0.659, in-domain stance 0.694, tone 0.798, TweetEval val 0.742).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import data as D  # noqa: E402
from analysis import indomain  # noqa: E402
from analysis.inference import encode_pairs, pad, pair_logits, softmax  # noqa: E402
from analysis.labels import STANCE_LABELS, TONE_LABELS  # noqa: E402
from analysis.metrics import macro_f1, macro_recall  # noqa: E402
from analysis.network import TIERS, load, save  # noqa: E402
from analysis.targets import load_target  # noqa: E402
from analysis.train import calibrate_bias, training_sets  # noqa: E402
from analysis.train_settings import TrainSettings  # noqa: E402


def measure(net, tok, max_length: int, data: Path, targets: list[str]) -> tuple[dict, list, list]:
    """Dev figures (rounded) and the tone and stance offsets chosen on the public dev sets."""
    tone_dev = D.tweeteval_val(data)
    rng = random.Random(1)
    tone_targets = [rng.choice(targets) for _ in tone_dev]
    stance_dev = D.vast(data, "dev") + D.semeval2016(data, "trial")
    written = indomain.examples("dev")[1::2]  # (the stance example of each comment; it carries both labels' text)
    tone_gold = [e.label for e in indomain.examples("dev")[0::2]]
    with torch.autocast("cpu", dtype=torch.bfloat16):
        t_logits, _ = pair_logits(net, tok, tone_targets, [e.text for e in tone_dev], 64)
        _, s_logits = pair_logits(net, tok, [e.target for e in stance_dev], [e.text for e in stance_dev], max_length)
        w_tone, w_stance = pair_logits(net, tok, [e.target for e in written], [e.text for e in written], max_length)
    t_gold, s_gold = [e.label for e in tone_dev], [e.label for e in stance_dev]
    tb = calibrate_bias(t_logits, t_gold, TONE_LABELS, macro_recall)
    sb = calibrate_bias(s_logits, s_gold, STANCE_LABELS, macro_f1)

    def score(logits, gold, labels, metric, bias):
        return round(metric(gold, [labels[i] for i in np.argmax(logits + np.array(bias), 1)], labels), 4)

    return {"tweeteval_val_cal": score(t_logits, t_gold, TONE_LABELS, macro_recall, tb),
            "stance_dev_cal": score(s_logits, s_gold, STANCE_LABELS, macro_f1, sb),
            "indomain_tone_cal": score(w_tone, tone_gold, TONE_LABELS, macro_f1, tb),
            "indomain_stance_cal": score(w_stance, [e.label for e in written], STANCE_LABELS, macro_f1, sb)}, tb, sb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--tier", choices=["fast", "accurate"], default="fast", help="the shipped model to train further")
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--replay", type=float, default=1.0, help="public examples per written one, each task")
    ap.add_argument("--distil", type=int, default=0, help="public stance texts with the accurate model's targets")
    ap.add_argument("--alpha", type=float, default=0.5, help="the gold label's share of a distilled target")
    ap.add_argument("--distil-us", type=int, default=0,
                    help="public training texts that mention the United States (none naming the held-out "
                         "target), paired with it as the target, the accurate model's probabilities as targets")
    ap.add_argument("--written-teacher", type=float, default=1.0,
                    help="the gold label's share of each written comment's stance target; the rest is the accurate "
                         "model's calibrated probabilities (1: gold labels only)")
    ap.add_argument("--tone-replay", type=int, default=0, help="public tone texts beside --distil (hard labels)")
    ap.add_argument("--tone-keep", type=float, default=1.0,
                    help="the gold label's share of a tone target; the rest is the shipped model's own tone "
                         "probabilities (learning without forgetting; 1: gold labels only)")
    ap.add_argument("--written", default=",".join(indomain.TRAIN_SPLITS),
                    help="the written training splits to train on, comma-separated (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="cap every source (a smoke run)")
    ap.add_argument("--out", type=Path, help="save the candidate here")
    args = ap.parse_args(argv)
    splits = [x.strip() for x in args.written.split(",") if x.strip()]
    if not splits or set(splits) - set(indomain.TRAIN_SPLITS):
        ap.error(f"--written: expected some of {', '.join(indomain.TRAIN_SPLITS)}")
    if (args.distil or args.distil_us or args.written_teacher < 1) and args.tier != "fast":
        ap.error("--distil, --distil-us, --written-teacher: the accurate tier is the teacher; distil into the fast tier only")
    torch.manual_seed(0)
    rng = random.Random(0)
    shipped = json.loads((TIERS[args.tier] / "tone_stance.json").read_text())["trained"]["settings"]
    settings = TrainSettings(**{**shipped, "indomain_repeat": 0})
    tone_pub, stance_pub = training_sets(args.data, settings, random.Random(settings.seed))
    rng.shuffle(tone_pub)
    rng.shuffle(stance_pub)
    cap = args.limit or None
    written = [e for split in splits for e in indomain.examples(split)]
    w_tone = [e for e in written if e.task == D.TONE][:cap]
    w_stance = [e for e in written if e.task == D.STANCE][:cap]

    net, tok, model_settings, config = load(TIERS[args.tier], merge=False)
    before, _, _ = measure(net, tok, model_settings.max_length, args.data, [e.target for e in stance_pub])
    print("shipped  ", before, flush=True)

    def onehot(labels, label):
        v = np.zeros(3, dtype=np.float32)
        v[labels.index(label)] = 1
        return v

    n_stance, n_tone = int(len(w_stance) * args.replay), int(len(w_tone) * args.replay)
    stance = [(e, onehot(STANCE_LABELS, e.label)) for e in w_stance + stance_pub[:n_stance]]
    tone = [(e, onehot(TONE_LABELS, e.label))
            for e in w_tone + tone_pub[:n_tone + min(args.tone_replay, cap or args.tone_replay)]]
    def teach(rows: list[D.Example]) -> np.ndarray:
        """The accurate tier's calibrated stance probabilities for (target, text) rows."""
        teacher, t_tok, t_settings, _ = load(TIERS["accurate"])
        with torch.autocast("cpu", dtype=torch.bfloat16):
            _, logits = pair_logits(teacher, t_tok, [e.target for e in rows], [e.text for e in rows],
                                    t_settings.max_length)
        return softmax(logits + np.array(t_settings.stance_bias)).astype(np.float32)

    if args.written_teacher < 1:  # the written comments' stance targets: gold mixed with the teacher's
        stance[:len(w_stance)] = [(e, args.written_teacher * y + (1 - args.written_teacher) * p)
                                  for (e, y), p in zip(stance, teach(w_stance))]  # (the written rows come first)
    if args.distil:
        distilled = stance_pub[n_stance:n_stance + min(args.distil, cap or args.distil)]  # (past the replay rows)
        stance += [(e, args.alpha * onehot(STANCE_LABELS, e.label) + (1 - args.alpha) * p)
                   for e, p in zip(distilled, teach(distilled))]
    if args.distil_us:
        us, held_out, seen, pool = load_target(), re.compile(r"trump", re.I), set(), []
        for e in tone_pub + stance_pub:  # training splits only, shuffled above
            if e.text not in seen and not held_out.search(e.text) and us.find_mentions(e.text):
                seen.add(e.text)
                pool.append(D.Example(e.text, indomain.TARGET, "none", D.STANCE, e.source + "+us"))
        pool = pool[:min(args.distil_us, cap or args.distil_us)]
        probs = teach(pool)
        print(f"distil-us: {len(pool)} texts, teacher's mean probabilities "
              f"{dict(zip(STANCE_LABELS, probs.mean(0).round(3).tolist()))}", flush=True)
        stance += list(zip(pool, probs))  # (the label "none" is a placeholder: the teacher's is the target)

    targets = [e.target for e, _ in stance]  # a random one beside each tone text, as in training
    if args.tone_keep < 1:  # mix the shipped model's own tone probabilities into each tone target
        with torch.autocast("cpu", dtype=torch.bfloat16):
            own, _ = pair_logits(net, tok, [rng.choice(targets) for _ in tone], [e.text for e, _ in tone], 64)
        tone = [(e, args.tone_keep * y + (1 - args.tone_keep) * p.astype(np.float32))
                for (e, y), p in zip(tone, softmax(own))]

    def batches(task, rows, max_length):
        texts_targets = [e.target for e, _ in rows] if task == D.STANCE else [rng.choice(targets) for _ in rows]
        encoded = list(zip(encode_pairs(tok, texts_targets, [e.text for e, _ in rows], max_length), [y for _, y in rows]))
        rng.shuffle(encoded)
        out = []
        for c in range(0, len(encoded), 32 * 50):  # length-sorted within chunks, as analysis.train does
            part = sorted(encoded[c:c + 1600], key=lambda r: len(r[0]["input_ids"]))
            out += [(task, part[i:i + 32]) for i in range(0, len(part), 32)]
        return out

    plan = batches(D.TONE, tone, 64) + batches(D.STANCE, stance, model_settings.max_length)
    rng.shuffle(plan)
    plan = plan[:max(1, round(len(plan) * args.epochs))] if args.epochs <= 1 else plan * int(args.epochs)
    params = [p for p in net.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    total, warm = len(plan), max(1, int(len(plan) * 0.06))
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda k: min((k + 1) / warm, max(0.0, (total - k) / max(1, total - warm))))
    loss_fn = torch.nn.CrossEntropyLoss()
    started = time.time()
    net.train()
    for k, (task, rows) in enumerate(plan):
        ids, mask, types = pad(tok, [r for r, _ in rows])
        with torch.autocast("cpu", dtype=torch.bfloat16):
            tone_logits, stance_logits = net(ids, mask, types, task=task)
        loss = loss_fn((tone_logits if task == D.TONE else stance_logits).float(), torch.tensor(np.stack([y for _, y in rows])))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optim.step()
        sched.step()
        optim.zero_grad(set_to_none=True)
        if k % 100 == 0:
            print(f"step {k + 1}/{total} loss {loss.item():.3f} {(time.time() - started) / 60:.1f} min", flush=True)
    net.eval()
    after, tone_bias, stance_bias = measure(net, tok, model_settings.max_length, args.data,
                                            [e.target for e in stance_pub])
    print("candidate", after, flush=True)
    if args.out:  # the record of this stage beside the earlier stages' ("stage2", "stage3", ...)
        stage = f"stage{2 + sum(k.startswith('stage') for k in config)}"
        save(net, replace(model_settings, tone_bias=tone_bias, stance_bias=stance_bias), args.out,
             extra={k: v for k, v in config.items() if k != "settings"} | {stage: {
                 "date": time.strftime("%Y-%m-%d"), "steps": total, "before": before, "dev": after,
                 "args": vars(args) | {"data": str(args.data), "out": str(args.out)}}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
