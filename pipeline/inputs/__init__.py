"""Reading: find input files and decode their bytes.

Takes paths (files and folders) and gives `RawDocument`s: the original decoded text, the encoding
it was read with and a deterministic id from the bytes. Undecodable or binary files raise
`DecodeError` with the fix.
"""
from .corpus import SUFFIXES, RawDocument, decode, find_inputs, read_document

__all__ = ["SUFFIXES", "RawDocument", "decode", "find_inputs", "read_document"]
