from analysis.cache import ScoreCache, Scorer
from analysis.classifier import Classifier
from analysis.targets import Target, load_target

US = load_target()


class CountingClassifier(Classifier):
    def __init__(self, model):
        super().__init__(model, model)
        self.seen = []

    def classify_pairs(self, texts, targets):
        self.seen += list(texts)
        return super().classify_pairs(texts, targets)


def test_second_run_costs_nothing(tmp_path, tiny_joint):
    texts = ["The US left.", "Pakistan waits.", "The US left."]
    clf = CountingClassifier(tiny_joint)
    first = Scorer(clf, ScoreCache(tmp_path / "c.sqlite")).score(texts, US)
    assert clf.seen == ["The US left.", "Pakistan waits."]  # duplicates scored once
    clf.seen.clear()
    again = Scorer(clf, ScoreCache(tmp_path / "c.sqlite")).score(texts, US)
    assert clf.seen == [] and again == first


def test_killed_run_resumes_where_it_stopped(tmp_path, tiny_joint):
    texts = [f"Comment {i} about Washington." for i in range(10)]
    clf = CountingClassifier(tiny_joint)
    partial = Scorer(clf, ScoreCache(tmp_path / "c.sqlite"), chunk_size=4)
    partial.score(texts[:4], US)  # as if the run died after its first chunk
    clf.seen.clear()
    full = Scorer(clf, ScoreCache(tmp_path / "c.sqlite"), chunk_size=4).score(texts, US)
    assert clf.seen == texts[4:]
    assert full == clf.classify(texts, US)


def test_cache_is_keyed_by_target(tmp_path, tiny_joint):
    clf = CountingClassifier(tiny_joint)
    scorer = Scorer(clf, ScoreCache(tmp_path / "c.sqlite"))
    scorer.score(["Aid arrived."], US)
    scorer.score(["Aid arrived."], Target("China"))
    assert clf.seen == ["Aid arrived.", "Aid arrived."]
