"""Names shared by the report modules and the CLI options. This module imports
nothing heavy, so `readerstance --help` need not load pandas. The label names
are analysis's, the one vocabulary of the models' heads."""

from analysis.labels import STANCE_LABELS, TONE_LABELS  # noqa: F401 (re-exported)

UNKNOWN_YEAR = "unknown"
SORT_KEYS = ("position", "confidence", "tone", "stance")
CONFIDENCE_OF = ("both", "tone", "stance")
