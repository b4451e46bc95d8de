"""Evaluation: score extracted entities against a gold list (precision, recall, F1, links), and whole
processed documents against dev-corpus gold files (entities, links, dates, quantities, claims)."""
from .corpus import read_gold_dir, score_corpus, score_document
from .gold import Scores, read_gold, score

__all__ = ["Scores", "read_gold", "read_gold_dir", "score", "score_corpus", "score_document"]
