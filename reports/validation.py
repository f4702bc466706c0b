"""Check a run's labels against hand-coded comments (`readerstance validate`).

Coded files are the sheets `readerstance sample` writes, with the coders'
`tone`, `stance` and `coder` filled in. This module joins them to the run's
stored comments, measures model-human and human-human agreement, and
re-estimates the share of each label with prediction-powered inference
(Angelopoulos et al. 2023, the `ppi-python` package): the model's labels on
every comment plus the human labels on the coded sample give an unbiased
share with a valid 95% interval, whatever the model's errors, provided the
coded comments are a probability sample of the run (their inclusion
probabilities weight them).
"""
from __future__ import annotations

import csv
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from reports.aggregate import comment_batches
from reports.errors import ReportError
from reports.sample import text_sha256
from reports.vocabulary import STANCE_LABELS, TONE_LABELS, UNKNOWN_YEAR

ROLES = {"tone": TONE_LABELS, "stance": STANCE_LABELS}
REQUIRED_COLUMNS = ("doc_id", "comment_index", "text_sha256", "tone", "stance")
# Below this many coded comments a year's corrected share is not printed.
MIN_CODED_PER_YEAR = 10
CONFIDENCE = 0.95


class CodingError(ReportError, ValueError):
    """A coded file is missing, malformed or does not belong to the run."""


@dataclass(frozen=True)
class Coded:
    """Coded rows joined to the run: one row per (comment, coder), with the
    comment's position in the run's comment frame (``position``) and its
    inclusion probability (1 when the file has none: a census)."""

    rows: pd.DataFrame
    skipped: int  # rows with neither label filled in (not coded yet)


def read_coded(paths: list[Path], comments: pd.DataFrame) -> Coded:
    """Read and check coded files against the run's stored ``comments``.

    Raises CodingError naming the file and rows for: a missing or empty
    file, missing columns, labels outside the label sets, rows whose
    comment is not in the run or whose text changed (``text_sha256``), and
    the same comment coded twice by one coder."""
    key = {(str(d), int(i)): n for n, (d, i) in enumerate(zip(comments["doc_id"], comments["comment_index"]))}
    frames, skipped = [], 0
    for path in paths:
        path = Path(path)
        frame = _read_csv(path)
        missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
        if missing:
            raise CodingError(f"{path}: missing column(s) {', '.join(missing)}; start from the sheet "
                              "`readerstance sample` writes")
        frame["line"] = np.arange(2, len(frame) + 2)  # the CSV line, counting the header as line 1
        for role, labels in ROLES.items():
            frame[role] = frame[role].str.strip().str.lower()
            bad = frame[(frame[role] != "") & ~frame[role].isin(labels)]
            if len(bad):
                raise CodingError(f"{path}: {role} label(s) outside {', '.join(labels)} on line(s) "
                                  + _lines(bad, role))
        blank = (frame["tone"] == "") & (frame["stance"] == "")
        skipped += int(blank.sum())
        frame = frame[~blank].copy()
        if "coder" not in frame.columns:
            frame["coder"] = ""
        frame["coder"] = frame["coder"].str.strip().where(frame["coder"].str.strip() != "", path.stem)
        positions = []
        for row in frame.itertuples():
            try:
                position = key[(row.doc_id, int(row.comment_index))]
            except (KeyError, ValueError):
                raise CodingError(f"{path}: line {row.line}: comment {row.doc_id}/{row.comment_index} is not "
                                  "in this run; was the sheet drawn from another output folder?") from None
            if text_sha256(str(comments["text"].iloc[position])) != row.text_sha256:
                raise CodingError(f"{path}: line {row.line}: the text of comment {row.doc_id}/{row.comment_index} "
                                  "changed since the sheet was drawn (text_sha256 differs); draw a new sample")
            positions.append(position)
        frame["position"] = positions
        twice = frame[frame.duplicated(["coder", "position"], keep=False)]
        if len(twice):
            raise CodingError(f"{path}: comment(s) coded twice by one coder on lines " + _lines(twice, "line"))
        frame["file"] = str(path)
        frames.append(frame)
    rows = pd.concat(frames, ignore_index=True)
    if rows.empty:
        raise CodingError("no coded rows: fill in the tone and stance columns of the sheet first")
    twice = rows[rows.duplicated(["coder", "position"], keep=False)]
    if len(twice):
        raise CodingError(f"coder {twice['coder'].iloc[0]!r} coded comment {twice['doc_id'].iloc[0]}/"
                          f"{twice['comment_index'].iloc[0]} in more than one file ({', '.join(sorted(set(twice['file'])))})")
    if "inclusion_prob" not in rows.columns:
        rows["inclusion_prob"] = "1"
    rows["inclusion_prob"] = pd.to_numeric(rows["inclusion_prob"], errors="coerce").fillna(1.0)
    return Coded(rows[["file", "line", "coder", "position", "doc_id", "comment_index", "tone", "stance",
                       "inclusion_prob"]], skipped)


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise CodingError(f"{path}: no such file") from None
    except pd.errors.EmptyDataError:
        raise CodingError(f"{path}: the file is empty") from None
    except (pd.errors.ParserError, UnicodeDecodeError, csv.Error) as error:
        raise CodingError(f"{path}: not a readable UTF-8 CSV file ({error})") from None
    return frame


def _lines(frame: pd.DataFrame, column: str) -> str:
    shown = [f"{line} ({frame.loc[i, column]!r})" if column != "line" else str(line)
             for i, line in zip(frame.index[:5], frame["line"][:5])]
    return ", ".join(shown) + (f" and {len(frame) - 5} more" if len(frame) > 5 else "")


def consensus(coded: Coded, role: str) -> pd.DataFrame:
    """One human label per coded comment for ``role``: the most frequent
    label among its coders (a tie goes to the label coded first). Columns:
    position, label, inclusion_prob."""
    rows = coded.rows[coded.rows[role] != ""]
    out = []
    for position, group in rows.groupby("position", sort=True):
        counts = Counter(group[role])
        top = max(counts.values())
        label = next(x for x in group[role] if counts[x] == top)
        out.append((position, label, float(group["inclusion_prob"].iloc[0])))
    return pd.DataFrame(out, columns=["position", "label", "inclusion_prob"])


def agreement(human: list[str], model: list[str], labels: tuple[str, ...], n_boot: int = 1000,
              seed: int = 0) -> dict:
    """Model against human labels: accuracy, macro-F1, Cohen's kappa and
    Krippendorff's alpha (nominal), each with a 95% percentile bootstrap
    interval over comments, per-class precision and recall (with intervals
    too; None where a label was never predicted or never coded), and the
    confusion matrix ({human label: {model label: count}})."""
    h = np.array([labels.index(x) for x in human])
    m = np.array([labels.index(x) for x in model])
    point = _agreement_stats(h, m, len(labels))
    rng = np.random.default_rng(seed)
    boots = np.array([_agreement_stats(h[i], m[i], len(labels)) for i in
                      (rng.integers(0, len(h), len(h)) for _ in range(n_boot))])
    out = {}
    for j, name in enumerate(("accuracy", "macro_f1", "kappa", "alpha")):
        lo, hi = np.nanpercentile(boots[:, j], [2.5, 97.5]) if np.isfinite(boots[:, j]).any() else (np.nan, np.nan)
        out[name] = {"estimate": _r(point[j]), "ci_low": _r(lo), "ci_high": _r(hi)}
    cm = np.bincount(h * len(labels) + m, minlength=len(labels) ** 2).reshape(len(labels), len(labels))
    per_class_boots = np.array([_per_class(h[i], m[i], len(labels)) for i in
                                (np.random.default_rng(seed + 1).integers(0, len(h), len(h)) for _ in range(n_boot))])
    out["per_class"] = {}
    for k, label in enumerate(labels):
        entry = {"n_human": int(cm[k].sum())}
        for j, (name, denominator) in enumerate((("precision", cm[:, k].sum()), ("recall", cm[k].sum()))):
            samples = per_class_boots[:, j, k]
            lo, hi = np.nanpercentile(samples, [2.5, 97.5]) if np.isfinite(samples).any() else (np.nan, np.nan)
            entry[name] = ({"estimate": _r(cm[k, k] / denominator), "ci_low": _r(lo), "ci_high": _r(hi)}
                           if denominator else None)
        out["per_class"][label] = entry
    out["confusion"] = {label: {other: int(cm[k, j]) for j, other in enumerate(labels)}
                        for k, label in enumerate(labels)}
    out["n"] = len(h)
    return out


def _per_class(h: np.ndarray, m: np.ndarray, k: int) -> np.ndarray:
    """(precision, recall) per label, NaN where undefined: shape (2, k)."""
    cm = np.bincount(h * k + m, minlength=k * k).reshape(k, k).astype(float)
    tp = np.diag(cm)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.stack([tp / cm.sum(0), tp / cm.sum(1)])


def _agreement_stats(h: np.ndarray, m: np.ndarray, k: int) -> tuple[float, float, float, float]:
    cm = np.bincount(h * k + m, minlength=k * k).reshape(k, k).astype(float)
    n = cm.sum()
    tp = np.diag(cm)
    accuracy = tp.sum() / n
    precision = np.divide(tp, cm.sum(0), out=np.zeros(k), where=cm.sum(0) > 0)
    recall = np.divide(tp, cm.sum(1), out=np.zeros(k), where=cm.sum(1) > 0)
    f1 = np.divide(2 * precision * recall, precision + recall, out=np.zeros(k), where=precision + recall > 0)
    expected = (cm.sum(0) * cm.sum(1)).sum() / n ** 2
    kappa = (accuracy - expected) / (1 - expected) if expected < 1 else np.nan
    # Krippendorff's alpha (nominal, two coders, no missing values) from the
    # coincidence matrix: 1 - (n - 1) * D_o / D_e.
    coincidence = cm + cm.T
    totals = coincidence.sum(1)
    n_pairable = totals.sum()
    observed = coincidence.sum() - np.trace(coincidence)
    expected_d = (n_pairable ** 2 - (totals ** 2).sum()) / (n_pairable - 1)
    alpha = 1 - observed / expected_d if expected_d > 0 else np.nan
    return accuracy, f1.mean(), kappa, alpha


def intercoder(coded: Coded, role: str) -> dict | None:
    """Human-human agreement on comments coded by two or more coders:
    Krippendorff's alpha (nominal, the ``krippendorff`` package) and the
    agreement matrix over all ordered pairs of coders' labels. None when no
    comment has two coders."""
    import krippendorff

    labels = ROLES[role]
    rows = coded.rows[coded.rows[role] != ""]
    shared = rows.groupby("position")["coder"].nunique()
    shared = shared[shared >= 2].index
    if not len(shared):
        return None
    rows = rows[rows["position"].isin(shared)]
    coders = sorted(rows["coder"].unique())
    data = np.full((len(coders), len(shared)), np.nan)
    column = {p: j for j, p in enumerate(shared)}
    for r in rows.itertuples():
        data[coders.index(r.coder), column[r.position]] = labels.index(getattr(r, role))
    matrix = np.zeros((len(labels), len(labels)), dtype=int)
    for j in range(data.shape[1]):
        codes = [int(x) for x in data[:, j] if not np.isnan(x)]
        for a in range(len(codes)):
            for b in range(len(codes)):
                if a != b:
                    matrix[codes[a], codes[b]] += 1
    alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                               value_domain=list(range(len(labels))))
    return {"alpha": _r(alpha), "coders": coders, "n_comments": len(shared),
            "matrix": {label: {other: int(matrix[k, j]) for j, other in enumerate(labels)}
                       for k, label in enumerate(labels)}}


def corrected_share(human: np.ndarray, model_coded: np.ndarray, model_all: np.ndarray,
                    weights: np.ndarray | None = None) -> dict:
    """Prediction-powered estimate of a share with its 95% interval.

    ``human`` and ``model_coded`` are 0/1 (the label or not) on the coded
    comments, ``model_all`` 0/1 on every comment of the population, and
    ``weights`` the coded comments' inverse inclusion probabilities (None:
    a simple random sample)."""
    from ppi_py import ppi_mean_ci, ppi_mean_pointestimate

    y, yhat, yhat_all = (np.asarray(a, dtype=float) for a in (human, model_coded, model_all))
    w = None if weights is None else np.asarray(weights, dtype=float)
    estimate = float(np.asarray(ppi_mean_pointestimate(y, yhat, yhat_all, w=w)).ravel()[0])
    lo, hi = ppi_mean_ci(y, yhat, yhat_all, alpha=1 - CONFIDENCE, w=w)
    return {"estimate": _r(min(1.0, max(0.0, estimate))), "ci_low": _r(max(0.0, float(np.ravel(lo)[0]))),
            "ci_high": _r(min(1.0, float(np.ravel(hi)[0]))), "n_coded": int(len(y))}


def shares(comments: pd.DataFrame, coded: Coded, role: str) -> dict:
    """Raw (the model's labels) and corrected shares of each label of
    ``role``, overall and by year: {"raw": {"overall": {label: {estimate,
    ci_low, ci_high, n_coded}}, "by_year": {year: ...}}, "corrected": the same,
    or {"n_coded": k, "note": ...} in place of a scope's labels when it has
    under MIN_CODED_PER_YEAR coded comments}. Raw intervals are Wilson
    intervals over the scope's comments (sampling comments, not coders'
    judgement); corrected ones are prediction-powered."""
    labels = ROLES[role]
    gold = consensus(coded, role)
    model = comments[role].astype(str).to_numpy()
    years = comments["year"].map(lambda y: UNKNOWN_YEAR if pd.isna(y) else str(int(y))).to_numpy()

    coded_at = np.zeros(len(model), dtype=bool)
    coded_at[gold["position"].to_numpy()] = True

    def raw(mask):
        out = {}
        for label in labels:
            low, high = _wilson(int(np.sum(model[mask] == label)), int(mask.sum()))
            out[label] = {"estimate": _r(float(np.mean(model[mask] == label))) if mask.any() else None,
                          "ci_low": low, "ci_high": high, "n_coded": int(coded_at[mask].sum())}
        return out

    def corrected(mask):
        picked = gold[mask[gold["position"].to_numpy()]]
        if len(picked) < MIN_CODED_PER_YEAR:
            return {"n_coded": int(len(picked)),
                    "note": f"too few coded comments (under {MIN_CODED_PER_YEAR}) for a corrected share"}
        weights = 1 / picked["inclusion_prob"].to_numpy()
        equal = np.allclose(weights, weights[0])
        out = {}
        for label in labels:
            out[label] = corrected_share((picked["label"] == label).to_numpy(),
                                         model[picked["position"]] == label, model[mask] == label,
                                         None if equal else weights)
        return out

    everything = np.ones(len(model), dtype=bool)
    by_year = sorted(set(years))
    return {
        "raw": {"overall": raw(everything), "by_year": {y: raw(years == y) for y in by_year}},
        "corrected": {"overall": corrected(everything), "by_year": {y: corrected(years == y) for y in by_year}},
    }


VALIDATION_FILE = "validation.json"


def labels_fingerprint(comments) -> str:
    """sha256 over every stored comment's key, text and labels (a frame or
    batches, `reports.aggregate.comment_batches`): a validation.json belongs
    to the run whose labels it was measured on."""
    h = hashlib.sha256()
    for batch in comment_batches(comments):
        for row in zip(batch["doc_id"], batch["comment_index"], batch["text"], batch["tone"], batch["stance"]):
            h.update(("\x1f".join(map(str, row)) + "\x1e").encode("utf-8"))
    return h.hexdigest()


def load_validation(out_dir) -> dict:
    """DIR/validation.json; raises CodingError saying how to make it."""
    import json

    path = Path(out_dir) / VALIDATION_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CodingError(f"{path} does not exist; run `readerstance validate {out_dir} --labels CODED.csv` first") from None
    except ValueError as error:
        raise CodingError(f"{path} is not valid JSON ({error}); run `readerstance validate` again") from None


def validate(comments: pd.DataFrame, coded: Coded, n_boot: int = 1000, seed: int = 0) -> dict:
    """Everything `validation.json` holds (see docs/validation.md)."""
    model = comments
    out = {"n_coded": int(coded.rows["position"].nunique()), "n_skipped": coded.skipped,
           "coders": sorted(coded.rows["coder"].unique()), "run_labels_sha256": labels_fingerprint(comments)}
    for role, labels in ROLES.items():
        gold = consensus(coded, role)
        predicted = model[role].astype(str).to_numpy()[gold["position"].to_numpy()]
        out[role] = agreement(list(gold["label"]), list(predicted), labels, n_boot, seed)
    out["intercoder"] = {role: intercoder(coded, role) for role in ROLES}
    if all(v is None for v in out["intercoder"].values()):
        out["intercoder"] = None
    out["shares"] = {role: shares(comments, coded, role) for role in ROLES}
    human = {role: dict(zip(g["position"], g["label"])) for role, g in ((r, consensus(coded, r)) for r in ROLES)}
    coders = coded.rows.groupby("position")["coder"].agg(lambda c: sorted(set(c)))
    out["coded"] = [{"doc_id": str(comments["doc_id"].iloc[p]), "comment_index": int(comments["comment_index"].iloc[p]),
                     "tone": human["tone"].get(p), "stance": human["stance"].get(p), "coders": coders[p]}
                    for p in sorted(coders.index)]
    return out


def disagreements(comments: pd.DataFrame, result: dict) -> pd.DataFrame:
    """The coded comments whose human tone or stance differs from the
    model's, in stored order, with the human labels as `human_tone` and
    `human_stance` (None where not coded)."""
    coded = pd.DataFrame(result["coded"], columns=["doc_id", "comment_index", "tone", "stance", "coders"])
    coded = coded.rename(columns={"tone": "human_tone", "stance": "human_stance"}).drop(columns="coders")
    merged = comments.assign(doc_id=comments["doc_id"].astype(str)).merge(
        coded, on=["doc_id", "comment_index"], how="inner", sort=False)
    differs = ((merged["human_tone"].notna() & (merged["human_tone"] != merged["tone"]))
               | (merged["human_stance"].notna() & (merged["human_stance"] != merged["stance"])))
    return merged[differs.to_numpy()].reset_index(drop=True)


def halving_advice(result: dict) -> str:
    """How many more coded comments would halve the widest corrected
    interval: widths shrink as 1/sqrt(n), so that stratum needs 3x its coded
    comments more."""
    widest = None
    for role in ROLES:
        corrected = result["shares"][role]["corrected"]
        for scope, values in [("overall", corrected["overall"])] + [
                (f"year {y}", v) for y, v in corrected["by_year"].items()]:
            for label, v in values.items():
                if isinstance(v, dict) and v.get("ci_high") is not None:
                    width = v["ci_high"] - v["ci_low"]
                    if widest is None or width > widest[0]:
                        widest = (width, role, label, scope, v["n_coded"])
    if widest is None:
        return "No corrected share yet: code more comments."
    width, role, label, scope, n = widest
    return (f"The widest interval is the {role} share '{label}' ({scope}: {width:.2f} wide, {n} coded comments); "
            f"about {3 * n} more coded comments there would halve it.")


def _wilson(k: int, n: int, z: float = 1.959964) -> tuple[float | None, float | None]:
    """The Wilson score 95% interval of a share k/n (None for n = 0)."""
    if n == 0:
        return None, None
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return _r(centre - half), _r(centre + half)


def _r(x) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), 4)


def with_corrected_years(years: pd.DataFrame, validation: dict) -> pd.DataFrame:
    """``years`` (the years.csv table) with the corrected shares of
    ``validation`` beside the raw ones: `n_coded` (coded comments behind the
    year) and, per role and label, `corrected_<label>_share`, `_ci_low` and
    `_ci_high`, empty where the year has too few coded comments."""
    out = years.copy()
    by_year = {role: validation["shares"][role]["corrected"]["by_year"] for role in ROLES}
    keys = out["year"].astype(str)
    out["n_coded"] = [int(by_year["stance"].get(y, {}).get("n_coded", 0)) for y in keys]
    for role, labels in ROLES.items():
        for label in labels:
            for part, field in (("share", "estimate"), ("ci_low", "ci_low"), ("ci_high", "ci_high")):
                out[f"corrected_{label}_{part}"] = [
                    (by_year[role].get(y, {}).get(label) or {}).get(field, np.nan) for y in keys]
    return out
