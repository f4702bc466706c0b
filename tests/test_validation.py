"""`readerstance validate`: agreement figures equal hand computations,
corrected shares cover the truth where raw shares miss it, and bad coded
files are refused with the file and lines named."""
import json

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from readerstance.cli import cli
from reports.sample import draw_sample
from reports.store import load_scored
from reports.validation import CodingError, agreement, corrected_share, intercoder, read_coded
from reports.vocabulary import STANCE_LABELS


def test_kappa_and_alpha_equal_hand_computations():
    import krippendorff

    human = ["against", "against", "none", "none"]
    model = ["against", "none", "none", "none"]
    r = agreement(human, model, STANCE_LABELS, n_boot=200)
    assert r["accuracy"]["estimate"] == 0.75
    # observed 3/4, chance (2*1 + 2*3) / 16 = 1/2: kappa (0.75 - 0.5) / 0.5
    assert r["kappa"]["estimate"] == 0.5
    # coincidences against 3, none 5, 2 disagreeing pairs: alpha 1 - 7 * 2 / (2 * 3 * 5)
    assert r["alpha"]["estimate"] == pytest.approx(1 - 14 / 30, abs=1e-4)
    codes = [[STANCE_LABELS.index(x) for x in human], [STANCE_LABELS.index(x) for x in model]]
    assert r["alpha"]["estimate"] == pytest.approx(krippendorff.alpha(codes, level_of_measurement="nominal"), abs=1e-4)
    assert r["confusion"]["against"] == {"against": 1, "none": 1, "favor": 0}
    none = r["per_class"]["none"]
    assert none["precision"]["estimate"] == pytest.approx(2 / 3, abs=1e-4) and none["recall"]["estimate"] == 1.0
    assert none["n_human"] == 2 and 0 <= none["precision"]["ci_low"] <= none["precision"]["ci_high"] <= 1
    assert r["per_class"]["favor"]["precision"] is None
    assert r["accuracy"]["ci_low"] <= 0.75 <= r["accuracy"]["ci_high"]


def _simulate(rng, n_total=5000, n_coded=300, share=0.3):
    truth = rng.random(n_total) < share
    # asymmetric errors: 40% of the true label missed, 5% of the others flagged
    predicted = np.where(truth, rng.random(n_total) > 0.40, rng.random(n_total) < 0.05)
    return truth, predicted


def test_corrected_share_covers_the_truth_where_the_raw_share_misses_it():
    rng = np.random.default_rng(7)
    covered, raw_misses = 0, 0
    for _ in range(500):
        truth, predicted = _simulate(rng)
        coded = rng.choice(len(truth), 300, replace=False)
        r = corrected_share(truth[coded], predicted[coded], predicted)
        covered += r["ci_low"] <= truth.mean() <= r["ci_high"]
        raw_misses += abs(predicted.mean() - truth.mean()) > 0.05
    assert 0.93 <= covered / 500 <= 0.97
    assert raw_misses == 500  # the raw share is about 0.21 against a true 0.30, every time


def test_stratified_weights_correct_an_oversampled_stratum():
    """A rare stratum where the model is worse, coded at 8x its share:
    unweighted the estimate is biased, weighted it covers the truth."""
    rng = np.random.default_rng(3)
    covered, unweighted_bias, weighted_bias = 0, [], []
    for _ in range(500):
        truth = rng.random(5000) < 0.3
        rare = rng.random(5000) < 0.1
        miss = np.where(rare, 0.7, 0.2)
        predicted = np.where(truth, rng.random(5000) > miss, rng.random(5000) < 0.05)
        a, b = np.flatnonzero(rare), np.flatnonzero(~rare)
        coded = np.concatenate([rng.choice(a, 150, replace=False), rng.choice(b, 150, replace=False)])
        weights = np.concatenate([np.full(150, len(a) / 150), np.full(150, len(b) / 150)])
        r = corrected_share(truth[coded], predicted[coded], predicted, weights)
        covered += r["ci_low"] <= truth.mean() <= r["ci_high"]
        weighted_bias.append(r["estimate"] - truth.mean())
        unweighted_bias.append(corrected_share(truth[coded], predicted[coded], predicted)["estimate"] - truth.mean())
    assert 0.93 <= covered / 500 <= 0.98  # the weighted interval is slightly conservative
    assert abs(np.mean(weighted_bias)) < 0.005 < abs(np.mean(unweighted_bias))


@pytest.fixture
def run_dir(scored_dir):
    comments, _, _ = load_scored(scored_dir)
    return scored_dir, comments


def coded_sheet(comments, path, tone, stance, coder="amna", **kw):
    sheet = draw_sample(comments, len(comments), seed=0)
    sheet = sheet.sort_values(["doc_id", "comment_index"]).reset_index(drop=True)
    sheet["tone"], sheet["stance"], sheet["coder"] = tone, stance, coder
    for column, value in kw.items():
        sheet[column] = value
    sheet.to_csv(path, index=False)
    return path


def test_intercoder_alpha_and_matrix(run_dir, tmp_path):
    _, comments = run_dir
    stance_a = ["against", "against", "favor", "none", "none", "against"]
    stance_b = ["against", "none", "favor", "none", "none", "against"]
    tone = ["neutral"] * 6
    a = coded_sheet(comments, tmp_path / "a.csv", tone, stance_a, "amna")
    b = coded_sheet(comments, tmp_path / "b.csv", tone, stance_b, "bilal")
    coded = read_coded([a, b], comments)
    r = intercoder(coded, "stance")
    assert r["coders"] == ["amna", "bilal"] and r["n_comments"] == 6
    assert r["matrix"]["against"] == {"against": 4, "none": 1, "favor": 0}
    import krippendorff

    data = [[STANCE_LABELS.index(x) for x in stance_a], [STANCE_LABELS.index(x) for x in stance_b]]
    assert r["alpha"] == pytest.approx(krippendorff.alpha(data, level_of_measurement="nominal"), abs=1e-4)


@pytest.mark.parametrize("change, message", [
    (lambda s: s.drop(columns=["text_sha256"]), r"missing column\(s\) text_sha256"),
    (lambda s: s.assign(stance=["against", "pro", "none", "none", "against", "favor"]),
     r"stance label\(s\) outside against, none, favor on line\(s\) 3 \('pro'\)"),
    (lambda s: s.assign(doc_id=["zz"] + list(s["doc_id"][1:])), "line 2: comment zz/0 is not in this run"),
    (lambda s: s.assign(text_sha256=["0" * 64] + list(s["text_sha256"][1:])), "line 2: the text of comment"),
    (lambda s: pd.concat([s, s.iloc[[0]]]), "coded twice by one coder on lines 2, 8"),
], ids=["missing-column", "unknown-label", "other-run", "changed-text", "duplicate"])
def test_bad_coded_files_are_refused(run_dir, tmp_path, change, message):
    _, comments = run_dir
    path = coded_sheet(comments, tmp_path / "c.csv", "neutral", "none")
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)
    with pytest.raises(CodingError, match=message):
        read_coded([path], comments)


def test_empty_file_is_refused(run_dir, tmp_path):
    _, comments = run_dir
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(CodingError, match="empty.csv: the file is empty"):
        read_coded([tmp_path / "empty.csv"], comments)


def test_validate_cli_writes_validation_json(run_dir, tmp_path):
    directory, comments = run_dir
    path = coded_sheet(comments, tmp_path / "coded.csv", list(comments["tone"]),
                       ["against", "against", "favor", "none", "against", "against"])
    changed = ("validation.json", "report.html", "years.csv", "summary.json", "manifest.json", ".readerstance.lock")
    before = {p.name: p.read_bytes() for p in directory.iterdir() if p.name not in changed}
    result = CliRunner().invoke(cli, ["validate", str(directory), "--labels", str(path), "--n-boot", "200"])
    assert result.exit_code == 0, result.output
    saved = json.loads((directory / "validation.json").read_text())
    assert saved["n_coded"] == 6 and saved["coders"] == ["amna"] and saved["intercoder"] is None
    assert saved["tone"]["accuracy"]["estimate"] == 1.0
    assert set(saved["shares"]["stance"]) == {"raw", "corrected"}
    raw_against = saved["shares"]["stance"]["raw"]["overall"]["against"]
    share = float((comments["stance"] == "against").mean())
    assert raw_against["estimate"] == round(share, 4) and raw_against["n_coded"] == 6
    assert raw_against["ci_low"] < share < raw_against["ci_high"]  # a Wilson interval over the 6 comments
    # six coded comments: under the minimum for a corrected share, said so instead of a number
    assert "too few coded comments" in saved["shares"]["stance"]["corrected"]["overall"]["note"]
    assert before == {p.name: p.read_bytes() for p in directory.iterdir() if p.name not in changed}
    page = (directory / "report.html").read_text()
    assert '<section class="section" id="validation">' in page and "6 comments hand-coded by amna" in page
    # under 10 coded comments: no corrected number overall (6 rows) nor for 2011 and undated (3 stances each)
    assert page.count("too few coded") == 12
    years = pd.read_csv(directory / "years.csv", dtype={"year": "Int64"})
    assert (years["year"].tolist(), years["n_coded"].tolist()) == ([2011, 2012, pd.NA], [4, 0, 2])
    assert years["corrected_against_share"].isna().all()  # too few coded comments: no number
    summary = json.loads((directory / "summary.json").read_text())
    assert summary["validation"]["n_coded"] == 6 and "corrected" in summary["validation"]["shares"]["tone"]
    # a re-run with other labels makes the stored validation stale: the page says so instead of showing it
    comments, articles, meta = load_scored(directory)
    from reports.store import write_outputs

    write_outputs(comments.assign(stance="none"), articles, directory, meta, n_boot=50)
    assert "was measured on another run" in (directory / "report.html").read_text()


def test_validate_cli_bad_file_writes_nothing(run_dir, tmp_path):
    directory, comments = run_dir
    path = tmp_path / "coded.csv"
    path.write_text("doc_id,comment_index\n")
    result = CliRunner().invoke(cli, ["validate", str(directory), "--labels", str(path)])
    assert result.exit_code == 1 and "missing column(s) text_sha256, tone, stance" in result.output
    assert not (directory / "validation.json").exists()


def test_inspect_disagreements_lists_coded_comments_the_model_got_wrong(run_dir, tmp_path):
    directory, comments = run_dir
    stance = list(comments["stance"])
    stance[1] = "favor" if stance[1] != "favor" else "none"  # one disagreement
    path = coded_sheet(comments, tmp_path / "coded.csv", list(comments["tone"]), stance)
    missing = CliRunner().invoke(cli, ["inspect", str(directory), "--disagreements"])
    assert missing.exit_code == 1 and "run `readerstance validate" in missing.output
    assert CliRunner().invoke(cli, ["validate", str(directory), "--labels", str(path), "--n-boot", "100"]).exit_code == 0
    result = CliRunner().invoke(cli, ["inspect", str(directory), "--disagreements"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 comment matches (of 6 stored).")
    assert f"coded   tone {comments['tone'][1]}, stance {stance[1]}" in result.output
    assert f"comment {comments['comment_index'][1]}" in result.output
