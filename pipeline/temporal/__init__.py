"""Time expressions and quantities, as pure functions of strings.

Takes analysis text and gives `DateMention`s of four kinds — date (EDTF value, ISO bounds), time,
duration (ISO 8601), set (repeating interval + frequency) — resolved against the narrative or the
document date (`document_date`, the document metadata's, else `writing_year`: 本年(2022年)); and `Quantity`s (value in base units, ISO 4217 or SI unit or counter word). Tested with tables; no model.
"""
from .dates import DateExtractor, extract_dates
from .fields import labelled_dates
from .quantities import find_quantities
from .relative import writing_year
from .timex import parse_document_date

__all__ = ["DateExtractor", "extract_dates", "find_quantities", "labelled_dates", "parse_document_date", "writing_year"]
