"""A tiny data folder in the layout of ../shared/data, written by the tests
from our own sentences, so the readers, `evaluate` and `train` run offline."""
from __future__ import annotations

import csv
import json
from pathlib import Path

POS = ["What a lovely day in Lahore", "Great result for the team", "I love this new park"]
NEG = ["This is an awful decision", "Terrible traffic again today", "I hate these power cuts"]
NEU = ["The meeting is on Monday", "Prices were announced at noon", "The bus leaves from the station"]


def _tweets():
    rows = [(t, "positive") for t in POS] + [(t, "negative") for t in NEG] + [(t, "neutral") for t in NEU]
    return [(f"{t} number {i}", label) for i in range(4) for t, label in rows]


def write_data_folder(root: Path) -> Path:
    tone, stance = root / "tone", root / "stance"
    for d in ("semeval2017", "tweeteval", "newsmtsc"):
        (tone / d).mkdir(parents=True)
    tweets = _tweets()
    # SemEval-2017: id, label, text, with the release's literal \u escapes.
    lines = [f"{i}\t{label}\t{text.replace(' ', chr(92) + 'u0020', 1)}" for i, (text, label) in enumerate(tweets)]
    (tone / "semeval2017" / "twitter-2016train-A.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = {"negative": 0, "neutral": 1, "positive": 2}
    for split, part in (("val", tweets[:9]), ("test", tweets[9:21])):
        (tone / "tweeteval" / f"{split}_text.txt").write_text("".join(f"{t} @someone\n" for t, _ in part))
        (tone / "tweeteval" / f"{split}_labels.txt").write_text("".join(f"{index[l]}\n" for _, l in part))
    polarity = {"negative": 2.0, "neutral": 4.0, "positive": 6.0}
    for split in ("train", "devtest_rw"):
        with (tone / "newsmtsc" / f"{split}.jsonl").open("w") as fh:
            for i, (t, label) in enumerate(tweets[:12]):
                fh.write(json.dumps({"primary_gid": str(i), "sentence_normalized": t + ".",
                                     "targets": [{"polarity": polarity[label]}]}) + "\n")
    _stance_files(stance)
    return root


STANCE_ROWS = [
    ("We should welcome every step of this policy", "FAVOR"),
    ("This policy is a disaster and must end", "AGAINST"),
    ("The policy was debated on Tuesday", "NONE"),
]


def _stance_files(stance: Path) -> None:
    (stance / "semeval2016").mkdir(parents=True)
    header = "ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment\r\n"
    names = {"trainingdata-all-annotations.txt": "Atheism", "trialdata-all-annotations.txt": "Hillary Clinton",
             "testdata-taskA-all-annotations.txt": "Feminist Movement", "testdata-taskB-all-annotations.txt": "Donald Trump"}
    for name, target in names.items():
        body = "".join(f"{i}\t{target}\t{t} #SemST\t{s}\tTARGET\tPOSITIVE\r\n"
                       for i, (t, s) in enumerate(STANCE_ROWS * 3))
        (stance / "semeval2016" / name).write_bytes((header + body).encode("latin-1"))
    (stance / "vast").mkdir()
    cols = ["new_id", "arc_id", "post", "ori_topic", "new_topic", "topic_str", "label", "type_idx", "seen?", "contains_topic?"]
    vast_label = {"AGAINST": "0", "FAVOR": "1", "NONE": "2"}
    for name in ("train", "test", "us_eval"):
        with (stance / "vast" / f"{name}.csv").open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for i, (t, s) in enumerate(STANCE_ROWS * 4):
                # new_topic is a sibling row's topic on type 4 rows; the label is about topic_str
                w.writerow([i, i, f"{t}, post {i}.", "policy", "policy", f"policy {i % 3}", vast_label[s], 1, i % 2, 0])
    for name in ("covid19", "argmin", "pstance"):
        (stance / name).mkdir()
        for split in ("train", "val", "test"):
            with (stance / name / f"{split}.csv").open("w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["Tweet", "Target 1", "Stance 1"])
                for t, s in STANCE_ROWS * 2:
                    w.writerow([t, "face masks", s])
                w.writerow(["Trump rows are held out", "Donald Trump", "FAVOR"])
