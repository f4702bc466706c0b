"""Any Hugging Face model by path: tiny random models saved locally."""
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from transformers import BertModel

from analysis.backends import (NLIStanceModel, PairStanceModel, SequenceToneModel, TONE_SYNONYMS, build_classifier,
                               map_labels, stance_model_from_pretrained)
from analysis.classifier import Classifier
from analysis.errors import ModelError
from analysis.network import ModelSettings, ToneStanceNet, build_net
from analysis.targets import Target, load_target
from model_fakes import save_sequence_model, tiny_config, tokenizer

US = load_target()


@pytest.mark.parametrize("id2label, expected", [
    ({0: "negative", 1: "neutral", 2: "positive"}, {"negative": 0, "neutral": 1, "positive": 2}),
    ({0: "POSITIVE", 1: "NEGATIVE", 2: "Neutral"}, {"negative": 1, "neutral": 2, "positive": 0}),
    ({0: "NEG", 1: "POS"}, {"negative": 0, "positive": 1}),
], ids=["in-order", "shuffled-and-cased", "two-class"])
def test_labels_are_mapped_by_name(id2label, expected):
    assert map_labels(id2label, TONE_SYNONYMS, "m", ("negative", "positive")) == expected


def test_unnamed_labels_are_refused_with_the_labels_shown():
    with pytest.raises(ModelError, match=r"m: cannot map its labels \(0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2'\)"):
        map_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, TONE_SYNONYMS, "m", ("negative", "positive"))


def test_tone_model_from_path_uses_names_not_positions(tmp_path):
    folder = save_sequence_model(tmp_path / "tone", {0: "positive", 1: "negative", 2: "neutral"})
    tone = SequenceToneModel.from_pretrained(str(folder))
    probs = tone.predict(["", ""], ["Great news for Pakistan.", "Terrible."])["tone"]
    enc = tone.tokenizer(["Great news for Pakistan."], return_tensors="pt")
    with torch.inference_mode():
        raw = torch.softmax(tone.model(**enc).logits, -1)[0].numpy()
    # ours: (negative, neutral, positive) = model indices (1, 2, 0)
    np.testing.assert_allclose(probs[0], raw[[1, 2, 0]], atol=1e-5)


def test_label_0_tone_model_fails_clearly(tmp_path):
    folder = save_sequence_model(tmp_path / "bad", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    with pytest.raises(ModelError, match="cannot map its labels"):
        SequenceToneModel.from_pretrained(str(folder))


class _KeywordNLI(torch.nn.Module):
    """Entails exactly the hypotheses containing one keyword: a model whose
    answer we know, with the entailment label at a chosen position."""

    def __init__(self, keyword_id: int, id2label: dict):
        super().__init__()
        self.keyword_id = keyword_id
        self.config = SimpleNamespace(id2label=id2label, num_labels=3, max_position_embeddings=512, model_type="bert")
        self.entail = next(i for i, l in id2label.items() if l.lower().startswith("entail"))

    def forward(self, input_ids, attention_mask=None, token_type_ids=None):
        logits = torch.zeros(input_ids.shape[0], 3)
        logits[:, self.entail] = (input_ids == self.keyword_id).any(dim=1).float() * 5
        return SimpleNamespace(logits=logits)


@pytest.mark.parametrize("id2label", [
    {0: "entailment", 1: "neutral", 2: "contradiction"},
    {0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"},
], ids=["entailment-first", "entailment-last"])
def test_nli_entailment_found_by_name(id2label):
    tok = tokenizer()
    keyword = tok.convert_tokens_to_ids("supports")
    nli = NLIStanceModel(_KeywordNLI(keyword, id2label), tok, "kw")
    scores = Classifier(_ToneStub(), nli).classify(["Any text at all.", "Another."], US)
    assert [s.stance for s in scores] == ["favor", "favor"]


def test_nli_templates_are_configurable():
    tok = tokenizer()
    keyword = tok.convert_tokens_to_ids("hates")
    nli = NLIStanceModel(_KeywordNLI(keyword, {0: "entailment", 1: "neutral", 2: "contradiction"}), tok, "kw",
                         templates={"against": "The writer hates {}."})
    assert Classifier(_ToneStub(), nli).classify(["x"], US)[0].stance == "against"


def test_bad_template_is_refused():
    tok = tokenizer()
    with pytest.raises(ValueError, match="must contain"):
        NLIStanceModel(_KeywordNLI(1, {0: "entailment", 1: "neutral", 2: "contradiction"}), tok, "kw",
                       templates={"favor": "no placeholder"})


class _ToneStub:
    """A tone role that always says neutral, reading each text whole (for
    stance-only tests): no tokenizer, as a backend need not have one."""

    roles = ("tone",)
    fingerprint = "stub"
    precision = "float32"

    def windows(self, texts, targets):
        return [[(0, len(text), 1)] for text in texts]

    def predict(self, targets, texts):
        return {"tone": np.tile([[0.0, 1.0, 0.0]], (len(texts), 1))}


def test_stance_loader_tells_nli_from_pair_models(tmp_path):
    nli = save_sequence_model(tmp_path / "nli", {0: "contradiction", 1: "neutral", 2: "entailment"})
    pair = save_sequence_model(tmp_path / "pair", {0: "AGAINST", 1: "NONE", 2: "FAVOR"})
    assert isinstance(stance_model_from_pretrained(str(nli)), NLIStanceModel)
    assert isinstance(stance_model_from_pretrained(str(pair)), PairStanceModel)


def test_any_models_by_path_end_to_end(tmp_path):
    tone = save_sequence_model(tmp_path / "tone", {0: "negative", 1: "neutral", 2: "positive"})
    nli = save_sequence_model(tmp_path / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"})
    clf = build_classifier(str(tone), str(nli))
    long = "The US cut aid again. " * 60
    scores = clf.classify(["The US helps.", long], Target("the United States"))
    assert len(scores) == 2 and scores[1].n_parts > 1
    assert clf.fingerprint.startswith(str(tone)) and "+" in clf.fingerprint
    assert sum(scores[1].stance_probs) == pytest.approx(1, abs=1e-4)


def test_missing_model_path_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="nowhere: no such folder, and not in the Hugging Face cache"):
        SequenceToneModel.from_pretrained(str(tmp_path / "nowhere"))


def test_segment_pooling_reads_the_target_and_rejects_unknown_pools():
    torch.manual_seed(0)
    net = ToneStanceNet(BertModel(tiny_config(), add_pooling_layer=False), stance_pool="segments").eval()
    ids = torch.tensor([[2, 5, 3, 7, 8, 9, 3], [2, 6, 3, 7, 8, 9, 3]])
    types = torch.tensor([[0, 0, 0, 1, 1, 1, 1]] * 2)
    mask = torch.ones_like(ids)
    tone, stance = net(ids, mask, types)
    assert tone.shape == stance.shape == (2, 3)
    assert not torch.allclose(stance[0], stance[1])  # only the target token differs
    with pytest.raises(ModelError, match="stance_pool 'max'"):
        ToneStanceNet(BertModel(tiny_config(), add_pooling_layer=False), stance_pool="max")


def test_tone_layers_branch_starts_as_the_shared_encoder_and_then_trains_apart():
    """A fresh tone branch (copies of the top layers, LoRA B at zero) gives the
    plain network's outputs; after a tone-only step the stance output is
    unchanged while the tone output moved."""
    torch.manual_seed(0)
    encoder = BertModel(tiny_config(), add_pooling_layer=False)
    ids = torch.tensor([[2, 5, 3, 7, 8, 9, 3, 0], [2, 6, 3, 7, 8, 3, 0, 0]])
    types = torch.tensor([[0, 0, 0, 1, 1, 1, 1, 0], [0, 0, 0, 1, 1, 1, 0, 0]])
    mask = (ids != 0).long()
    split = build_net(encoder, ModelSettings(stance_pool="segments", tone_layers=1)).eval()
    plain = ToneStanceNet(split.encoder, stance_pool="segments").eval()
    plain.load_state_dict({k: v for k, v in split.state_dict().items() if not k.startswith("tone_layers.")})
    tone, stance = split(ids, mask, types)
    plain_tone, plain_stance = plain(ids, mask, types)
    assert torch.allclose(tone, plain_tone, atol=1e-5) and torch.allclose(stance, plain_stance, atol=1e-5)
    assert split(ids, mask, types, task="tone")[1] is None and split(ids, mask, types, task="stance")[0] is None

    tone_params = [p for n, p in split.named_parameters() if n.startswith("tone_layers.") and p.requires_grad]
    assert tone_params and all("lora_" in n for n, p in split.tone_layers.named_parameters() if p.requires_grad)
    optim = torch.optim.SGD(tone_params, lr=1.0)
    for _ in range(2):  # the first step moves LoRA A only through B = 0, the second moves the output
        split.train()
        loss = torch.nn.functional.cross_entropy(split(ids, mask, types, task="tone")[0], torch.zeros(2, dtype=torch.long))
        loss.backward()
        optim.step()
        optim.zero_grad()
    split.eval()
    tone2, stance2 = split(ids, mask, types)
    assert torch.allclose(stance2, stance, atol=1e-6)
    assert not torch.allclose(tone2, tone, atol=1e-4)


def test_a_hub_name_not_available_offline_fails_at_once_with_the_fix(monkeypatch):
    """No network retries: the name is neither a folder nor cached, so nothing is fetched."""
    from transformers import AutoModelForSequenceClassification

    from analysis.errors import ModelError
    from analysis.backends import SequenceToneModel

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(AutoModelForSequenceClassification, "from_pretrained",
                        lambda *a, **k: pytest.fail("tried to load (and fetch) the model"))
    with pytest.raises(ModelError, match="not in the Hugging Face cache.*huggingface-cli download "
                                         "nobody-here/no-such-model.*HF_HUB_OFFLINE=0"):
        SequenceToneModel.from_pretrained("nobody-here/no-such-model")
