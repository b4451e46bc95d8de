"""Evaluation: the store scored against gold files (`pipeline evaluate`, exact tuples per field);
processed documents scored against the dev corpus's gold (overlap-based, per genre: entities, links,
dates, quantities, claims); and the seed's entity gold list (precision, recall, F1, links)."""
from .corpus import read_gold_dir, score_corpus, score_document
from .gold import Scores, read_gold, score
from .store_eval import CLAIM_FIELDS, PRF, compare, evaluate_store

__all__ = ["Scores", "read_gold", "read_gold_dir", "score", "score_corpus", "score_document",
           "CLAIM_FIELDS", "PRF", "compare", "evaluate_store"]
