"""Errors raised by the analysis package."""


class AnalysisError(Exception):
    """Base class for errors raised while loading or running classifiers."""


class ModelError(AnalysisError):
    """A model could not be loaded or does not fit the role asked of it."""


class DataError(AnalysisError):
    """A labelled data file is missing or malformed."""


class TargetError(AnalysisError):
    """A target definition file is missing or malformed."""


class CacheError(AnalysisError):
    """The score cache cannot be opened or written."""
