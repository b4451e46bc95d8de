"""A doubtful date found while reading (an impossible 2月30日, a relative with nothing to resolve
against): what, where in the fed text, and what was done about it (`DateExtractor.feed`)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateWarning:
    """A doubtful date: what, where in the fed text, and what was done about it."""

    message: str
    start: int
    end: int
    outcome: str = "skipped"

    def __str__(self) -> str:
        return f"{self.message} at {self.start}-{self.end}: {self.outcome}"
