"""Throughput of scoring tone and stance together with the default model,
beside a `transformers.pipeline` scoring one text at a time with a model of
twitter-roberta-base-sentiment's architecture (random weights: timing only).

    python benchmarks/bench_score.py                 # 2,000 comments
    python benchmarks/bench_score.py --sweep         # also batch sizes 8..128
    python benchmarks/bench_score.py --precision float32   # as on a CPU without AMX
    python benchmarks/bench_score.py --model accurate      # the MPNet tier

Each measurement runs in its own process so its peak memory (max RSS) is its
own. The RoBERTa baseline uses the MiniLM WordPiece tokenizer (no RoBERTa
tokenizer is available offline); token counts per comment are similar, and the
time is the model's.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OPENINGS = ["The US", "America", "Washington", "Our government", "Pakistan", "The CIA", "Uncle Sam", "This article"]
MIDDLES = ["has betrayed us again and again", "should respect our sovereignty", "gave real help after the floods",
           "is only looking after its own interests", "and Pakistan need each other more than they admit",
           "keeps changing its mind about the aid", "deserves credit for the scholarships",
           "must stop the drone strikes now"]
ENDINGS = ["", " Shame on them.", " Well said.", " When will our leaders learn?", " Thank you for the report.",
           " We lost thousands of lives in this war and got nothing but blame.",
           " Trade, not aid, is the answer, and our exporters are ready if they open their markets."]


def make_comments(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        k = rng.choice([1, 1, 2, 3])
        out.append(" ".join(f"{rng.choice(OPENINGS)} {rng.choice(MIDDLES)}.{rng.choice(ENDINGS)}" for _ in range(k)))
    return out


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(texts, batch_size, precision, tier, queue):
    from analysis.classifier import Classifier
    from analysis.network import TIERS
    from analysis.backends import JointModel
    from analysis.targets import load_target

    model = JointModel.from_pretrained(TIERS[tier], batch_size=batch_size, precision=precision)
    clf, us = Classifier(model, model), load_target()
    clf.classify(texts[:64], us)  # warm-up
    start = time.perf_counter()
    scores = clf.classify(texts, us)
    queue.put((len(texts) / (time.perf_counter() - start), _maxrss_mb(), [(s.tone, s.stance) for s in scores]))


def pipeline_baseline(texts, queue):
    import torch
    from transformers import AutoTokenizer, RobertaConfig, RobertaForSequenceClassification, pipeline

    from analysis.encoder import minilm_dir

    torch.manual_seed(0)
    config = RobertaConfig(vocab_size=50265, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                           intermediate_size=3072, max_position_embeddings=514, type_vocab_size=1, num_labels=3,
                           id2label={0: "negative", 1: "neutral", 2: "positive"})
    model = RobertaForSequenceClassification(config).eval()
    pipe = pipeline("text-classification", model=model, tokenizer=AutoTokenizer.from_pretrained(minilm_dir()),
                    device=-1)
    pipe(texts[0])  # warm-up
    start = time.perf_counter()
    for t in texts:
        pipe(t)
    queue.put((len(texts) / (time.perf_counter() - start), _maxrss_mb(), None))


def measure(fn, *args):
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=fn, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    from analysis.inference import DEFAULT_BATCH_SIZE
    from analysis.network import PRECISIONS, TIERS, inference_dtype

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--baseline-comments", type=int, default=200)
    parser.add_argument("--sweep", action="store_true", help="also time batch sizes 8, 16, 32, 64, 128")
    parser.add_argument("--model", default="fast", choices=sorted(TIERS), help="the bundled tier to time")
    parser.add_argument("--precision", default="auto", choices=PRECISIONS,
                        help="the model's number format (auto: bfloat16 on CPUs with AMX, else float32)")
    args = parser.parse_args()

    dtype = str(inference_dtype(args.precision)).removeprefix("torch.")

    texts = make_comments(args.comments)
    print(f"{len(texts)} generated comments, mean {sum(map(len, texts)) / len(texts):.0f} characters")
    if args.sweep:
        for bs in (8, 16, 32, 64, 128):
            rate, rss, _ = measure(ours, texts, bs, args.precision, args.model)
            print(f"  batch {bs:4d}: {rate:7.1f} comments/s, peak RSS {rss:.0f} MB")
    rate, rss, labels = measure(ours, texts, DEFAULT_BATCH_SIZE, args.precision, args.model)
    print(f"readerstance {args.model} model (tone + stance, batch {DEFAULT_BATCH_SIZE}, {dtype}): {rate:.1f} comments/s, "
          f"peak RSS {rss:.0f} MB")
    if dtype != "float32":
        rate32, rss32, labels32 = measure(ours, texts, DEFAULT_BATCH_SIZE, "float32", args.model)
        same = [sum(a[i] == b[i] for a, b in zip(labels, labels32)) / len(texts) for i in (0, 1)]
        print(f"  the same in float32: {rate32:.1f} comments/s, peak RSS {rss32:.0f} MB; {dtype} labels equal to "
              f"float32 ones: tone {same[0]:.1%}, stance {same[1]:.1%}")
    base, base_rss, _ = measure(pipeline_baseline, texts[:args.baseline_comments])
    print(f"transformers.pipeline, RoBERTa-base architecture, one text at a time (tone only): {base:.1f} comments/s, "
          f"peak RSS {base_rss:.0f} MB")
    also = f"; float32 against float32: {rate32 / base:.1f}x" if dtype != "float32" else ""
    goal = ">= 10x and >= 100 comments/s" if args.model == "fast" else ">= 25 comments/s"
    print(f"speed-up: {rate / base:.1f}x{also} (goal: {goal})")


if __name__ == "__main__":
    main()
