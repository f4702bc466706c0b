"""Exceptions raised by the `reports` package."""


class ReportError(Exception):
    """Base class for every error the reports package raises on purpose."""


class ReportInputError(ReportError, ValueError):
    """The scored DataFrames handed to a report function break the input contract."""


class QueryError(ReportError, ValueError):
    """A comment filter or sort option has a value outside the allowed ones."""


class ResultsNotFoundError(ReportError, FileNotFoundError):
    """An output directory lacks the stored scores needed to re-render or inspect."""
