"""The atomic writers, now at the package's lowest layer (pipeline/atomic.py) so the parse cache and
the romanization memo share them; kept here so export modules import them as before."""
from ..atomic import atomic_file, try_write_atomic, write_atomic

__all__ = ["atomic_file", "try_write_atomic", "write_atomic"]
