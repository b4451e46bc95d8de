"""Orchestration: one document through every stage, and batches of documents.

`process_document` takes a `RawDocument` and the loaded `Resources` (model, glossary, lexicon) and
gives a `Document` with every record in original offsets. `run` takes input paths and a `Config`,
processes them in one or more worker processes (one failed document never stops the batch) and
stores each in the database as it arrives. GiNZA's parses are kept in a `ParseCache` (`cache_folder`,
`cache_size`, `clear_cache`); a run skips documents already stored with the same output key; one run
per output folder at a time. `document_conllu` gives a stored document as CoNLL-U (GiNZA's tokens,
the stored entities as an NE column). `write_outputs` writes documents.jsonl and events.jsonl from the
store, remaking only the lines of changed documents.
"""
from .batch import RunSummary, load_resources, run
from .cache import ParseCache, cache_folder, cache_size, clear as clear_cache, open_cache
from .conllu import document_conllu
from .document import Resources, process_document
from .outputs import write_outputs
from .profile import summary_line as profile_line

__all__ = ["RunSummary", "load_resources", "run", "Resources", "process_document",
           "ParseCache", "cache_folder", "cache_size", "clear_cache", "open_cache", "document_conllu", "profile_line",
           "write_outputs"]
