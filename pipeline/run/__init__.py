"""Orchestration: one document through every stage, and batches of documents.

`process_document` takes a `RawDocument` and the loaded `Resources` (model, glossary, lexicon) and
gives a `Document` with every record in original offsets. `run` takes input paths and a `Config`,
processes them in one or more worker processes (one failed document never stops the batch) and
stores each in the database as it arrives.
"""
from .batch import RunSummary, load_resources, run
from .document import Resources, process_document

__all__ = ["RunSummary", "load_resources", "run", "Resources", "process_document"]
