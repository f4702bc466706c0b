"""Turn news page dumps into an `Article` record and its reader `Comment` records.

Public API::

    split_text(text, path="<string>", *, meta=None) -> Page
    split_file(path, metadata=None, settings=None) -> Page        # raises PageError
    iter_pages(paths, metadata=None, settings=None, report=None) -> Iterator[Page | PageError]
    load_metadata(csv_path) -> Metadata                            # raises MetadataError
    page_to_dict(page) -> dict                                     # the JSON schema

The markers (headers, separators, end markers, boilerplate, date patterns)
live in `comments.markers`.
"""
from .errors import MetadataError, PageError, SplitError
from .metadata import Metadata, MetadataRow, load_metadata
from .reader import InputReport, SplitSettings, iter_pages, iter_paths, printable, read_page_text, split_file
from .records import Article, Comment, Page, page_to_dict
from .splitter import split_text

__all__ = [
    "Article",
    "Comment",
    "InputReport",
    "Metadata",
    "MetadataError",
    "MetadataRow",
    "Page",
    "PageError",
    "SplitError",
    "SplitSettings",
    "iter_pages",
    "iter_paths",
    "load_metadata",
    "page_to_dict",
    "printable",
    "read_page_text",
    "split_file",
    "split_text",
]
