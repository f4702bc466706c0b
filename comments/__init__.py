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
import importlib

# Names are imported on first use (PEP 562), so that `import comments` is
# free: the CLI's --help needs none of the splitter, lxml or trafilatura.
_HOMES = {
    "MetadataError": "errors", "PageError": "errors", "SplitError": "errors",
    "Metadata": "metadata", "MetadataRow": "metadata", "load_metadata": "metadata",
    "InputReport": "reader", "SplitSettings": "reader", "iter_pages": "reader", "iter_paths": "reader",
    "printable": "reader", "read_page_text": "reader", "split_file": "reader",
    "Article": "records", "Comment": "records", "Page": "records", "page_to_dict": "records",
    "split_text": "splitter",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'comments' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
