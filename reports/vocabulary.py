"""Names shared by the report modules and the CLI options. This module imports
nothing heavy, so `readerstance --help` need not load pandas."""

TONE_LABELS = ("negative", "neutral", "positive")
STANCE_LABELS = ("against", "none", "favor")
UNKNOWN_YEAR = "unknown"
SORT_KEYS = ("position", "confidence", "tone", "stance")
CONFIDENCE_OF = ("both", "tone", "stance")
