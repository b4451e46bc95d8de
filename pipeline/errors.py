"""Error types whose messages say what went wrong, where, and how to fix it."""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: the CLI prints ``Error: <message>`` on one line and exits with ``exit_code``."""

    exit_code = 2


class ConfigError(PipelineError):
    """config.yaml is unreadable or has a bad key/value."""


class GlossaryError(PipelineError):
    """A glossary file is malformed; ``problems`` holds one message per bad line."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


class DecodeError(PipelineError):
    """A document's bytes are not text in any supported encoding."""

    exit_code = 1


class ModelMissingError(PipelineError):
    """The GiNZA model is not installed."""
