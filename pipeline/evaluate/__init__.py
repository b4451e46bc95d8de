"""Evaluation: the store scored against gold files (`pipeline evaluate`), and the seed's entity
gold list (precision, recall, F1, links)."""
from .gold import Scores, read_gold, score
from .store_eval import CLAIM_FIELDS, PRF, compare, evaluate_store

__all__ = ["Scores", "read_gold", "score", "CLAIM_FIELDS", "PRF", "compare", "evaluate_store"]
