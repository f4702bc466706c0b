import pytest


@pytest.fixture(scope="session")
def tiny_joint():
    """A JointModel over a tiny random network: real code path, fake weights."""
    from analysis.backends import JointModel
    from model_fakes import tiny_joint_net, tiny_settings, tokenizer

    return JointModel(tiny_joint_net(), tokenizer(), tiny_settings(), name="tiny")


@pytest.fixture(scope="session")
def default_model():
    """The bundled trained model (loads the real MiniLM encoder: seconds)."""
    from analysis.backends import JointModel

    return JointModel.from_pretrained()


@pytest.fixture(scope="session")
def hf_model_dirs(tmp_path_factory):
    """Tiny random Hugging Face models saved to disk: (tone, nli) folders."""
    from model_fakes import save_sequence_model

    root = tmp_path_factory.mktemp("hf")
    tone = save_sequence_model(root / "tone", {0: "negative", 1: "neutral", 2: "positive"})
    nli = save_sequence_model(root / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"})
    return str(tone), str(nli)


@pytest.fixture(scope="module")
def pristine_dir(tmp_path_factory):
    """A scored output directory from the small report frames, written once
    per module: rendering the plots is the slow part."""
    from reports.store import write_outputs
    from test_reports_fixtures import META, small_frames

    comments, articles = small_frames()
    out = tmp_path_factory.mktemp("scored") / "out"
    write_outputs(comments, articles, out, META, n_boot=200, seed=5)
    return out


@pytest.fixture
def scored_dir(pristine_dir, tmp_path):
    """A private copy of ``pristine_dir``, so a test may delete or damage files."""
    import shutil

    return shutil.copytree(pristine_dir, tmp_path / "out")
