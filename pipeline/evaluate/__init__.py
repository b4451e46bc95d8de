"""Evaluation: score extracted entities against a gold list (precision, recall, F1, links)."""
from .gold import Scores, read_gold, score

__all__ = ["Scores", "read_gold", "score"]
