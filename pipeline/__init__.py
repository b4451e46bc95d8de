"""Japanese research-text pipeline: repair, GiNZA analysis, glossary-aligned records."""

__version__ = "0.1.0"
SCHEMA_VERSION = 3  # 3: documents.path/path_hex (identity by resolved path), errors keyed by path, runs.status
# 2: quantities gained value_max and scale (unit declarations have no value)
