"""Exceptions raised by the `comments` package.

The library raises; only the command line prints. Every message names the
file and the problem so that a caller can show it unchanged.
"""
from __future__ import annotations


class SplitError(Exception):
    """Base class for every error raised while splitting pages."""


class PageError(SplitError):
    """One page could not be read or split; the other pages are unaffected."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message

    def __reduce__(self):  # keep the two-argument constructor picklable
        return (type(self), (self.path, self.message))


class MetadataError(SplitError):
    """The metadata CSV is missing, unreadable or malformed."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message

    def __reduce__(self):
        return (type(self), (self.path, self.message))
