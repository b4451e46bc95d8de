"""Reading: find input files and decode their bytes.

Takes paths (files and folders) and gives `RawDocument`s: the original decoded text, the encoding
it was read with and a deterministic id from the bytes. Undecodable or binary files raise
`DecodeError` with the fix. `find_input_files` gives each file's identity (resolved path, source
relative to its input root, non-UTF-8 names made safe).
"""
from .corpus import SUFFIXES, RawDocument, decode, find_inputs, read_document
from .identity import InputFile, display, find_input_files

__all__ = ["SUFFIXES", "RawDocument", "decode", "find_inputs", "read_document", "InputFile", "display",
           "find_input_files"]
