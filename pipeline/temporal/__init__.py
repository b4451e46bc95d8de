"""Time expressions and quantities, as pure functions of strings.

Takes analysis text and gives `DateMention`s (EDTF value, ISO bounds, resolved against the
narrative) and `Quantity`s (value in base units, ISO 4217 or SI unit or counter word). Tested with
tables; no model.
"""
from .dates import DateExtractor, extract_dates
from .quantities import find_quantities

__all__ = ["DateExtractor", "extract_dates", "find_quantities"]
