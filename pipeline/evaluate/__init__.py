"""Evaluation: score extracted entities against a gold list (precision, recall, F1, links), and
temporal mentions against a case of the ja-timex table (`judge`)."""
from .gold import Scores, read_gold, score
from .timex import judge

__all__ = ["Scores", "judge", "read_gold", "score"]
