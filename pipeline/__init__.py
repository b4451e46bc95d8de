"""Japanese research-text pipeline: repair, GiNZA analysis, glossary-aligned records."""

__version__ = "0.1.0"
SCHEMA_VERSION = 2  # 2: quantities gained value_max and scale (unit declarations have no value)
