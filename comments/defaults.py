"""Defaults of reading pages, in a module with no imports, so that the CLI can
show them in --help without loading the splitter."""

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_PATTERN = "*.txt,*.html,*.htm"
