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
