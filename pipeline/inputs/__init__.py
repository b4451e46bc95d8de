"""Reading: find input files and decode their bytes.

Takes paths (files and folders) and gives `RawDocument`s: the original decoded text, the encoding
it was read with and a deterministic id from the bytes. Undecodable or binary files raise
`DecodeError` with the fix. `find_input_files` gives each file's identity (resolved path, source
relative to its input root, non-UTF-8 names made safe). PDF, HTML and Word files (`read_any`, by
suffix) also give their format, pages (`page_starts`), the line kinds their layout shows and their
own metadata; `find_documents` also counts the files no reader takes. Document metadata
(`metadata`, `manifest`): a manifest file, YAML front matter and detection in the text's first
lines, merged into `Document.metadata` with each field's source.
"""
from .corpus import SUFFIXES, RawDocument, decode, find_inputs, read_document
from .formats import SUPPORTED, find_documents, read_any, skipped_message
from .identity import InputFile, display, find_input_files
from .manifest import front_matter, front_matter_end, load_manifest
from .metadata import AGENCIES as NEWS_AGENCIES, date_bounds, detect as detect_metadata, merge as merge_metadata

__all__ = ["NEWS_AGENCIES", "SUFFIXES", "RawDocument", "decode", "find_inputs", "read_document",
           "SUPPORTED", "find_documents", "read_any", "skipped_message", "InputFile", "display", "find_input_files",
           "front_matter", "front_matter_end", "load_manifest",
           "date_bounds", "detect_metadata", "merge_metadata"]
