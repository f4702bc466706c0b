"""`train` end to end on a tiny data folder: real MiniLM, a handful of steps."""
import json

import pytest
import torch
from click.testing import CliRunner

from analysis.backends import JointModel
from analysis.classifier import Classifier
from analysis.network import ModelSettings, base_encoder, build_net, load, save
from analysis.targets import load_target
from data_fakes import write_data_folder
from readerstance.cli import cli

pytestmark = pytest.mark.slow


def test_train_saves_a_small_model_that_loads_and_scores(tmp_path):
    data = write_data_folder(tmp_path / "data")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(out), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert (out / "tone_stance.safetensors").stat().st_size < 8_000_000
    record = json.loads((out / "tone_stance.json").read_text())["trained"]
    assert record["settings"]["seed"] == 3
    assert record["tone_examples"] == 36 + 12  # SemEval tweets (none held out here) + NewsMTSC sentences
    assert "Dev:" in (out / "MODEL_CARD.md").read_text()
    model = JointModel.from_pretrained(out)
    assert model.net.stance_pool == "segments" and model.net.stance_head.in_features == 3 * 384  # the default
    scores = Classifier(model, model).classify(["The US helped.", "Pakistan waits."], load_target())
    assert len(scores) == 2 and all(abs(sum(s.stance_probs) - 1) < 1e-4 for s in scores)


def test_train_with_mean_pooling_and_tone_layers_round_trips(tmp_path):
    data = write_data_folder(tmp_path / "data")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(out), "--stance-pool", "mean",
                                      "--tone-layers", "2"])
    assert result.exit_code == 0, result.output
    settings = json.loads((out / "tone_stance.json").read_text())["settings"]
    assert settings["stance_pool"] == "mean" and settings["tone_layers"] == 2
    model = JointModel.from_pretrained(out)
    assert model.net.stance_pool == "mean" and model.net.stance_head.in_features == 384
    assert len(model.net.tone_layers) == 2


def test_saved_tone_layers_load_merged_with_the_same_outputs(tmp_path):
    torch.manual_seed(0)
    encoder, tokenizer = base_encoder()
    settings = ModelSettings(stance_pool="segments", tone_layers=2)
    net = build_net(encoder, settings)
    with torch.no_grad():
        for name, param in net.named_parameters():
            if param.requires_grad:  # LoRA B starts at zero: give every adapter an effect
                param.normal_(0, 0.05)
    net.eval()
    save(net, settings, tmp_path)
    loaded, _, loaded_settings, _ = load(tmp_path)
    assert loaded_settings.tone_layers == 2
    enc = tokenizer(["the United States"] * 2, ["Washington let us down again.", "Thanks, America!"],
                    padding=True, return_tensors="pt")
    args = (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
    with torch.inference_mode():
        for before, after in zip(net(*args), loaded(*args)):
            assert torch.allclose(before, after, atol=1e-4)


def test_train_without_data_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["train", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_epochs_repeat_the_batches_reshuffled():
    import random

    from analysis.train import _epochs

    batches = list(range(10))
    assert _epochs(batches, 1.0, random.Random(0)) == batches
    assert _epochs(batches, 0.5, random.Random(0)) == batches[:5]
    one_and_half = _epochs(batches, 1.5, random.Random(0))
    assert one_and_half[:10] == batches and len(one_and_half) == 15 and len(set(one_and_half[10:])) == 5
    twice = _epochs(batches, 2.0, random.Random(0))
    assert sorted(twice) == sorted(batches * 2) and twice[10:] != batches
    with pytest.raises(ValueError, match="epochs 0"):
        _epochs(batches, 0, random.Random(0))


def test_holdout_target_stays_out_of_training_and_is_measured(tmp_path):
    data = write_data_folder(tmp_path / "data")  # SemEval train: Atheism (9 rows); P-Stance: face masks (6 rows)
    runs = {}
    for name, extra in (("plain", []), ("atheism", ["--holdout-target", "Atheism"]),
                        ("masks", ["--holdout-target", "face masks"])):
        result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
        runs[name] = json.loads((tmp_path / name / "tone_stance.json").read_text())["trained"]
    assert runs["plain"]["stance_examples"] - runs["atheism"]["stance_examples"] == 9
    assert runs["plain"]["stance_examples"] - runs["masks"]["stance_examples"] == 6  # COVID-19's face masks stay
    assert runs["atheism"]["settings"]["holdout_target"] == "Atheism"
    assert "stance_holdout_favg_calibrated" not in runs["plain"]["dev"]
    for name in ("atheism", "masks"):
        assert 0.0 <= runs[name]["dev"]["stance_holdout_favg_calibrated"] <= 1.0
    card = (tmp_path / "atheism" / "MODEL_CARD.md").read_text()
    assert "without the Atheism tweets" in card and '--holdout-target "Atheism"' in card


def test_unknown_holdout_target_is_a_clear_error(tmp_path):
    data = write_data_folder(tmp_path / "data")
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(tmp_path / "m"),
                                      "--holdout-target", "Hilary"])
    assert result.exit_code == 1
    assert ("holdout target 'Hilary': not a SemEval-2016 Task A or P-Stance target "
            "(one of Atheism, Hillary Clinton, face masks)") in result.output


def _weights(folder):
    from safetensors.torch import load_file

    return load_file(str(folder / "tone_stance.safetensors"))


def test_average_from_keeps_the_mean_of_the_last_steps(tmp_path):
    data = write_data_folder(tmp_path / "data")
    runner = CliRunner()

    def run(name, *extra):
        result = runner.invoke(cli, ["train", "--data", str(data), "--out", str(tmp_path / name), "--seed", "5", *extra])
        assert result.exit_code == 0, result.output
        return json.loads((tmp_path / name / "tone_stance.json").read_text())["trained"]

    plain = run("plain", "--average-from", "0")
    steps = plain["steps"]
    assert steps >= 4 and "dev_final_weights" not in plain
    # Averaging over the last step only is the final weights, exactly.
    last = run("last", "--average-from", str((steps - 0.5) / steps))
    assert last["dev_final_weights"] == last["dev"] == plain["dev"]
    for k, v in _weights(tmp_path / "plain").items():
        assert torch.equal(v, _weights(tmp_path / "last")[k]), k
    # Over the second half: other weights; the final weights are the plain run's.
    half = run("half", "--average-from", "0.5")
    assert half["dev_final_weights"] == plain["dev"]
    # the last step's weights are kept beside the mean, a model folder of their own: the plain run's weights
    assert not (tmp_path / "plain" / "final").exists()
    final = json.loads((tmp_path / "half" / "final" / "tone_stance.json").read_text())
    assert final["trained"]["dev"] == plain["dev"] and final["settings"] == json.loads(
        (tmp_path / "plain" / "tone_stance.json").read_text())["settings"]
    for k, v in _weights(tmp_path / "plain").items():
        assert torch.equal(v, _weights(tmp_path / "half" / "final")[k]), k
    plain_w, half_w = _weights(tmp_path / "plain"), _weights(tmp_path / "half")
    assert set(plain_w) == set(half_w)
    assert not torch.equal(plain_w["stance_head.weight"], half_w["stance_head.weight"])
    card = (tmp_path / "half" / "MODEL_CARD.md").read_text()
    assert "mean of the trained weights over every step from 50% of the steps" in card
    assert "- Dev, final weights: " in card and "--seed 5`" in card  # 0.5 is the default
    assert "--seed 5 --average-from 0`" in (tmp_path / "plain" / "MODEL_CARD.md").read_text()


def test_average_from_outside_zero_to_one_is_refused(tmp_path):
    result = CliRunner().invoke(cli, ["train", "--data", str(write_data_folder(tmp_path / "data")),
                                      "--average-from", "1"])
    assert result.exit_code == 2 and "--average-from" in result.output


def test_the_reproduce_command_names_every_setting_off_its_default():
    from analysis.model_card import reproduce_command

    assert reproduce_command({}) == "readerstance train --data ../shared/data --out analysis/model"
    assert reproduce_command({"seed": 15, "epochs": 1.0, "holdout_target": "Bernie Sanders", "lr": 5e-4}) == (
        'readerstance train --data ../shared/data --out analysis/model --seed 15 --epochs 1 '
        '--holdout-target "Bernie Sanders"')
    assert reproduce_command({"base": "mpnet-base", "bf16": True, "indomain_repeat": 2, "lora_dropout": 0.0}) == (
        "readerstance train --data ../shared/data --out analysis/model_accurate --base \"mpnet-base\" "
        "--lora-dropout 0 --indomain-repeat 2 --bf16")


def test_train_on_written_comments_in_bfloat16(tmp_path):
    """--indomain-repeat adds our written comments for both heads; --bf16
    trains under autocast; the in-domain dev figures are recorded."""
    data = write_data_folder(tmp_path / "data")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(out), "--indomain-repeat", "1",
                                      "--bf16", "--lora-dropout", "0", "--epochs", "0.2"])
    assert result.exit_code == 0, result.output
    from analysis import indomain

    record = json.loads((out / "tone_stance.json").read_text())["trained"]
    n_written = len(indomain.load("train"))
    assert record["tone_examples"] == 36 + 12 + n_written and record["settings"]["bf16"] is True
    assert 0 <= record["dev"]["stance_indomain_dev_macro_f1_calibrated"] <= 1
    card = (out / "MODEL_CARD.md").read_text()
    assert "Our written reader comments" in card and "--indomain-repeat 1 --bf16" in card


def test_default_training_draws_are_the_shipped_models(tmp_path):
    """Without a cap on NewsMTSC, VAST or COVID-19, training_sets draws
    exactly what the shipped fast model's version drew (same random calls)."""
    import random

    from analysis import data as D
    from analysis.train import TrainSettings, training_sets

    data = write_data_folder(tmp_path / "data")
    s = TrainSettings(argmin_rows=3, pstance_rows=2)
    rng = random.Random(5)
    tweets = D.semeval2017_train(data)
    rng.shuffle(tweets)
    tone = tweets + D.newsmtsc(data, "train")
    argmin, pstance = D.tweet_stance(data, "argmin", "train"), D.tweet_stance(data, "pstance", "train")
    rng.shuffle(argmin)
    rng.shuffle(pstance)
    stance = (D.vast(data, "train") + D.semeval2016(data, "train") + D.tweet_stance(data, "covid19", "train")
              + argmin[:3] + pstance[:2])
    assert training_sets(data, s, random.Random(5)) == (tone, stance)
    capped = TrainSettings(covid_rows=2)
    assert len(training_sets(data, capped, random.Random(5))[1]) < len(training_sets(data, TrainSettings(), random.Random(5))[1])


def test_train_needs_an_out_folder_and_never_defaults_to_a_bundled_model(tmp_path):
    result = CliRunner().invoke(cli, ["train", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "Missing option '--out'" in result.output


def test_bad_settings_are_refused_before_any_data_loads(tmp_path):
    """TrainSettings checks itself when made: a usage error naming each bad
    setting, with an empty data folder never read."""
    result = CliRunner().invoke(cli, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "m"),
                                      "--indomain-train", "train,nope", "--average-from", "0.99", "--lr", "-1"])
    assert result.exit_code == 2
    assert "lr -1.0: expected a positive number" in result.output
    assert "indomain_train 'train,nope': expected comma-separated names among train, train2, train3, train4, train5, train6" in result.output
    assert not (tmp_path / "m").exists()
    from analysis.train_settings import TrainSettings

    with pytest.raises(ValueError, match="epochs 0: expected a positive number"):
        TrainSettings(epochs=0)


def test_the_card_lists_each_further_stage_and_marks_the_last_as_shipped(tmp_path):
    import shutil
    from pathlib import Path

    from analysis.model_card import render_card

    shutil.copy(Path("analysis/model_accurate/tone_stance.json"), tmp_path / "tone_stance.json")
    config = json.loads((tmp_path / "tone_stance.json").read_text())
    config["stage2"]["args"]["written"] = "train,train2"
    config["stage3"] = {**config["stage2"], "steps": 123,
                        "args": {**config["stage2"]["args"], "written": "train7", "lr": 5e-5},
                        "before": {"indomain_stance_cal": 0.7}, "dev": {"indomain_stance_cal": 0.75}}
    (tmp_path / "tone_stance.json").write_text(json.dumps(config))
    card = render_card(tmp_path)
    assert "## Stage 2\n" in card and "## Stage 3 (the shipped weights)\n" in card
    assert card.index("## Stage 2") < card.index("## Stage 3")
    assert "splits `train`, `train2`)" in card and "123 steps" in card
    assert "in-domain dev stance macro-F1 0.7000 -> 0.7500" in card
    assert "the stage before, then `python benchmarks/stage2_dev.py --tier accurate --lr 5e-05 --tone-keep 0 " \
           "--written train7 --out DIR`" in card
