"""Label names, in the order of the model heads' outputs."""

TONE_LABELS = ("negative", "neutral", "positive")
STANCE_LABELS = ("against", "none", "favor")
