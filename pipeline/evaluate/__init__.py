"""Evaluation: the store scored against gold files (`pipeline evaluate`, exact tuples per field);
processed documents scored against the dev corpus's gold (overlap-based, per genre: entities, links,
dates, quantities, claims), with its printed report and every miss (`pipeline evaluate --dev`); the
seed's entity gold list (precision, recall, F1, links); and temporal mentions against a case of the
ja-timex table (`judge`); span-level NER scores against a dataset's own types (`add_sentence`)."""
from .corpus import english_names, match_document, score_corpus, score_document
from .devreport import (docs_by_file, error_lines, evaluate_dev, read_dev_gold, report_lines, stored_docs, table,
                        text_mismatches)
from .gold import Scores, read_gold, score
from .store_eval import CLAIM_FIELDS, PRF, compare, evaluate_store
from .spans import ACCEPTS, SpanScores, add_sentence
from .timex import judge

__all__ = ["english_names", "Scores", "judge", "read_gold", "match_document", "score", "score_corpus", "score_document",
           "CLAIM_FIELDS", "PRF", "compare", "evaluate_store",
           "ACCEPTS", "SpanScores", "add_sentence",
           "docs_by_file", "error_lines", "evaluate_dev", "read_dev_gold", "report_lines", "stored_docs", "table", "text_mismatches"]
