"""The `report` and `inspect` commands: re-render and read stored results.

Both are standalone click commands; `readerstance.cli` registers them with
`cli.add_command`. They only read what `readerstance run` stored, so they
never load the model. The report modules (pandas) load when a command runs,
not when `--help` is asked for.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from reports.errors import ReportError
from reports.vocabulary import CONFIDENCE_OF, SORT_KEYS, STANCE_LABELS, TONE_LABELS, UNKNOWN_YEAR

_DIRECTORY = click.argument("directory", metavar="DIR",
                            type=click.Path(path_type=Path, file_okay=False))


@click.command()
@_DIRECTORY
@click.option("--n-boot", type=click.IntRange(min=1), default=None,
              help="Bootstrap resamples for the intervals. Default: the value stored "
                   "with the run (1000 unless it was changed).")
@click.option("--seed", type=int, default=None,
              help="Seed of the bootstrap. Default: the value stored with the run.")
@click.option("--raw-csv", is_flag=True,
              help="Write page text into the CSV files as it is, even cells a spreadsheet would run as a "
                   "formula (by default those get a leading ' as OWASP advises).")
def report(directory: Path, n_boot: int | None, seed: int | None, raw_csv: bool) -> None:
    """Rebuild report.html, the CSV files and summary.json in DIR from the
    scores that `readerstance run` stored there, without scoring again.

    Use it after upgrading readerstance, or to change the bootstrap settings.

    Example:

    \b
        readerstance report results/
    """
    from reports.store import rerender

    try:
        paths = rerender(directory, n_boot=n_boot, seed=seed, raw_csv=raw_csv)
    except (ReportError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"cannot write the outputs in {directory}: {error.strerror or error}; "
                                   "the previous outputs there are unchanged") from error
    click.echo(f"Rewrote {len(paths)} files in {directory}:")
    for path in paths:
        click.echo(f"  {path.name}")
    click.echo(f"Open {directory / 'report.html'} in a browser to read the report.")


@click.command()
@_DIRECTORY
@click.option("--article", metavar="DOC_ID",
              help="Only comments on this article (the doc_id column of articles.csv).")
@click.option("--year", metavar="YEAR",
              help=f"Only comments on articles from this year, or '{UNKNOWN_YEAR}' for "
                   "undated articles.")
@click.option("--stance", type=click.Choice(STANCE_LABELS), help="Only this stance.")
@click.option("--tone", type=click.Choice(TONE_LABELS), help="Only this tone.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
              show_default=True,
              help="Only comments whose confidence (top probability) is at least this.")
@click.option("--confidence-of", type=click.Choice(CONFIDENCE_OF), default="both",
              show_default=True,
              help="Which label's probability counts as confidence; 'both' takes the "
                   "smaller of the tone and stance ones.")
@click.option("--sort", type=click.Choice(SORT_KEYS), default="position",
              show_default=True,
              help="position: page order; confidence: most confident first; tone: most "
                   "negative first; stance: most against first.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Show at most this many comments.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Wrap text to this many columns. Default: the terminal width, at most 100.")
@click.option("--disagreements", is_flag=True,
              help="Only hand-coded comments whose coded tone or stance differs from the model's "
                   "(after `readerstance validate`), with the coded labels.")
def inspect(directory: Path, article: str | None, year: str | None,
            stance: str | None, tone: str | None, min_confidence: float,
            confidence_of: str, sort: str, limit: int, width: int | None, disagreements: bool) -> None:
    """Print the scored comments stored in DIR that match the filters, with
    their labels, probabilities, target mentions (marked «like this») and
    evidence sentences.

    Example:

    \b
        readerstance inspect results/ --year 2011 --stance against --min-confidence 0.8
        readerstance inspect results/ --disagreements
    """
    from reports.inspect import CommentQuery, format_comments, format_summary, select_comments
    from reports.store import load_scored

    try:
        comments, articles, _ = load_scored(directory)
        n_stored = len(comments)
        if disagreements:
            from reports.validation import disagreements as differing, load_validation

            comments = differing(comments, load_validation(directory))
        if article is not None and article not in set(articles["doc_id"]):
            raise click.ClickException(
                f"no article with doc_id {article!r} in {directory}; pick one from the "
                f"doc_id column of {directory / 'articles.csv'}")
        query = CommentQuery(article=article, year=year, tone=tone, stance=stance,
                             min_confidence=min_confidence, confidence_of=confidence_of,
                             sort=sort)
        selected = select_comments(comments, query)
    except (ReportError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    width = width or min(100, shutil.get_terminal_size().columns)
    shown = selected.head(limit)
    click.echo(format_summary(len(shown), len(selected), n_stored))
    if len(shown):
        click.echo()
        click.echo(format_comments(shown, width=width))


@click.command()
@_DIRECTORY
@click.option("--n", "n", type=click.IntRange(min=1), default=200, show_default=True,
              help="How many comments to draw (all of them when the run has fewer).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The coding file to write (CSV); a printable page goes beside it (.html).")
@click.option("--stratify", type=click.Choice(["year", "article", "stance"]), default=None,
              help="Draw the same number of comments from each year, article or predicted stance "
                   "(inclusion probabilities and weights are recorded per row). Default: a simple random sample.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the draw.")
@click.option("--force", is_flag=True, help="Overwrite an existing coding file (coders' labels in it are lost).")
def sample(directory: Path, n: int, out: Path, stratify: str | None, seed: int, force: bool) -> None:
    """Draw comments from the run stored in DIR for hand-coding: a blinded
    CSV (no model labels) with empty tone, stance, coder and note columns,
    and a printable HTML page of the same comments. Code them by
    docs/codebook.md, then check the model against the codes.

    Example:

    \b
        readerstance sample results/ --n 200 --stratify year --out coding.csv
    """
    from reports.sample import draw_sample, write_coding_files
    from reports.store import load_scored

    if out.exists() and not force:
        raise click.ClickException(f"{out} exists and may hold coders' labels; pass --force to overwrite it "
                                   "or choose another --out")
    try:
        comments, _, meta = load_scored(directory)
        sheet = draw_sample(comments, n, stratify, seed)
        paths = write_coding_files(sheet, out, meta.get("target", "the United States"))
    except (ReportError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"cannot write {out}: {error.strerror or error}") from error
    strata = sheet["stratum"].nunique()
    click.echo(f"Drew {len(sheet)} of {len(comments)} comments"
               + (f" from {strata} {stratify} strata" if stratify else "") + f" (seed {seed}).")
    for path in paths:
        click.echo(f"  {path}")


@click.command()
@_DIRECTORY
@click.option("--labels", "labels", required=True, multiple=True,
              type=click.Path(path_type=Path, dir_okay=False),
              help="A coded sheet (from `readerstance sample`, tone and stance filled in); repeat for more coders.")
@click.option("--n-boot", type=click.IntRange(min=100), default=1000, show_default=True,
              help="Bootstrap resamples for the agreement intervals.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap.")
def validate(directory: Path, labels: tuple[Path, ...], n_boot: int, seed: int) -> None:
    """Check the run stored in DIR against hand-coded comments: model-human
    agreement (accuracy, macro-F1, Cohen's kappa, Krippendorff's alpha, with
    95% intervals), human-human agreement where coders overlap, and the
    share of each label corrected for the model's errors (prediction-powered
    inference, 95% intervals). Writes DIR/validation.json.

    Example:

    \b
        readerstance validate results/ --labels coded_amna.csv --labels coded_bilal.csv
    """
    from reports.store import load_scored, rerender
    from reports.validation import ROLES, VALIDATION_FILE, halving_advice, read_coded, validate as run_validation

    try:
        comments, _, _ = load_scored(directory)
        coded = read_coded(list(labels), comments)
        result = run_validation(comments, coded, n_boot=n_boot, seed=seed)
        # published with the re-rendered outputs as one set: the report page gains its Validation section
        rerender(directory, validation=result)
        path = directory / VALIDATION_FILE
    except (ReportError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"cannot write {directory / 'validation.json'}: {error.strerror or error}") from error
    click.echo(f"{result['n_coded']} coded comments from {len(result['coders'])} coder(s)"
               + (f"; {coded.skipped} uncoded rows skipped" if coded.skipped else "") + ".")
    for role in ROLES:
        r = result[role]
        click.echo(f"{role:6} model vs human: accuracy {_ci(r['accuracy'])}, macro-F1 {_ci(r['macro_f1'])}, "
                   f"kappa {_ci(r['kappa'])}, alpha {_ci(r['alpha'])}")
        if result["intercoder"] and result["intercoder"][role]:
            ic = result["intercoder"][role]
            click.echo(f"{'':6} human vs human: alpha {ic['alpha']} on {ic['n_comments']} comments")
        corrected = result["shares"][role]["corrected"]["overall"]
        raw = result["shares"][role]["raw"]["overall"]
        click.echo(f"{'':6} shares, raw -> corrected (95% interval): " + "; ".join(
            f"{label} {raw[label]['estimate']:.2f} -> " + (f"{v['estimate']:.2f} ({v['ci_low']:.2f} to {v['ci_high']:.2f})"
                                               if "estimate" in v else "n/a")
            for label, v in corrected.items()) if "note" not in corrected else f"{'':6} {corrected['note']}")
    click.echo(halving_advice(result))
    click.echo(f"Wrote {path} and the report's Validation section ({directory / 'report.html'}).")


def _ci(v: dict) -> str:
    if v["estimate"] is None:
        return "n/a"
    return f"{v['estimate']:.2f} ({v['ci_low']:.2f} to {v['ci_high']:.2f})"
