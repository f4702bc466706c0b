"""Quality gate: the bundled model on the public test sets must stay at or
above pinned floors (measured figures minus 0.01), in float32. Runs when ../shared/data
is present (about 3 minutes), skipped elsewhere. Lowering a floor is a
deliberate, visible change: say why in the commit."""
import json
from pathlib import Path

import pytest

from analysis.classifier import Classifier
from analysis.evaluate import evaluate

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SAVED = Path(__file__).resolve().parents[1] / "analysis" / "model" / "evaluation.json"

# Re-pinned 2026-12-03 (session 16) for the fast tier trained with train5 too (its
# last step's weights), chosen on dev by a rule declared before its run
# (analysis/model/ablation.json). On test it gained 0.023 in-domain stance and 0.011
# tone macro-F1 and 0.016 on NewsMTSC; it lost 0.035 on VAST us_eval (0.625 -> 0.590)
# and 0.029 on SemEval-2016 Task B (0.459 -> 0.430), so those floors are lower.
FLOORS = {
    "tone_tweeteval_macro_recall": 0.695,
    "tone_tweeteval_macro_f1": 0.660,
    "tone_newsmtsc_rw_macro_f1": 0.705,
    "stance_vast_macro_f1": 0.631,
    "stance_vast_zeroshot_macro_f1": 0.650,
    "stance_vast_us_macro_f1": 0.580,
    "stance_semeval_b_favg": 0.420,
    "stance_semeval_a_favg": 0.640,
}

pytestmark = pytest.mark.slow
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not here")


@pytest.fixture(scope="module")
def result():
    # float32, the precision evaluation.json is measured in, on any CPU
    from analysis.backends import JointModel

    model = JointModel.from_pretrained(precision="float32")
    return evaluate(DATA, Classifier(model, model))


@needs_data
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_metric_stays_above_its_floor(result, key):
    assert result[key] >= FLOORS[key], f"{key} fell to {result[key]:.3f} (floor {FLOORS[key]})"


@needs_data
def test_model_beats_majority_on_the_held_out_targets(result):
    for key in ("stance_vast_us_macro_f1", "stance_semeval_b_favg", "tone_tweeteval_macro_recall"):
        assert result[key] > result["baselines"][key]


# Our written comments ship with the project, so these floors hold in CI too
# (the locked in-domain test half; measured figure minus 0.01, float32). The accurate
# tier's were re-pinned 2026-12-03 (session 18) for its retraining on all our written
# comments: stance 0.656 -> 0.720, tone 0.751 -> 0.737; and raised 2026-12-04 (session 21)
# for its second stage (tone held by its own probabilities): stance 0.720 -> 0.752, tone
# 0.737 -> 0.777.
INDOMAIN_FLOORS = {
    "fast": {"tone_indomain_test_macro_f1": 0.806, "stance_indomain_test_macro_f1": 0.760},
    "accurate": {"tone_indomain_test_macro_f1": 0.767, "stance_indomain_test_macro_f1": 0.742},
}


@pytest.mark.parametrize("tier", sorted(INDOMAIN_FLOORS))
def test_indomain_figures_stay_above_their_floors(tier):
    from analysis.evaluate import evaluate_indomain
    from analysis.network import TIERS
    from analysis.backends import JointModel
    from analysis.targets import load_target
    from test_accurate_model import _installed

    if tier == "accurate" and not _installed():
        pytest.skip("the all-mpnet-base-v2 part wheels are not installed")

    model = JointModel.from_pretrained(TIERS[tier], precision="float32")
    result = evaluate_indomain(Classifier(model, model), load_target())
    for key, floor in INDOMAIN_FLOORS[tier].items():
        assert result[key] >= floor, f"{tier}: {key} fell to {result[key]:.3f} (floor {floor})"


@needs_data
def test_the_model_card_figures_are_this_model(result):
    saved = json.loads(SAVED.read_text())
    assert saved["model"] == result["model"]
    for key in FLOORS:
        assert saved[key] == pytest.approx(result[key], abs=0.002)
