import pytest


@pytest.fixture(scope="session")
def tiny_joint():
    """A JointModel over a tiny random network: real code path, fake weights."""
    from analysis.models import JointModel
    from model_fakes import tiny_joint_net, tiny_settings, tokenizer

    return JointModel(tiny_joint_net(), tokenizer(), tiny_settings(), name="tiny")


@pytest.fixture(scope="session")
def default_model():
    """The bundled trained model (loads the real MiniLM encoder: seconds)."""
    from analysis.models import JointModel

    return JointModel.from_pretrained()


@pytest.fixture(scope="session")
def hf_model_dirs(tmp_path_factory):
    """Tiny random Hugging Face models saved to disk: (tone, nli) folders."""
    from model_fakes import save_sequence_model

    root = tmp_path_factory.mktemp("hf")
    tone = save_sequence_model(root / "tone", {0: "negative", 1: "neutral", 2: "positive"})
    nli = save_sequence_model(root / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"})
    return str(tone), str(nli)
