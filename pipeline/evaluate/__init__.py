"""Evaluation: the store scored against gold files (`pipeline evaluate`, exact tuples per field);
processed documents scored against the dev corpus's gold (overlap-based, per genre: entities, links,
dates, quantities, claims); the seed's entity gold list (precision, recall, F1, links); and temporal
mentions against a case of the ja-timex table (`judge`)."""
from .corpus import english_names, read_gold_dir, score_corpus, score_document
from .gold import Scores, read_gold, score
from .store_eval import CLAIM_FIELDS, PRF, compare, evaluate_store
from .timex import judge

__all__ = ["english_names", "Scores", "judge", "read_gold", "read_gold_dir", "score", "score_corpus", "score_document",
           "CLAIM_FIELDS", "PRF", "compare", "evaluate_store"]
