"""Writing a file so that readers see the old version or the new one, never half of either.

The temporary file has a unique name in the same folder, so two processes writing at once never
share it, and `os.replace` makes the last complete file win; on any failure (a full disk) the
temporary file is removed and the previous file is left as it was. Every writer of the package
(JSONL, exports, the data package, Datasette metadata, the report, review files, parse-cache entries,
the romanization memo) goes through here. `fsync=False` skips the flush to disk for files that can be
made again (cache entries: a power cut may lose them, never tear them into a hit, as they are
checksummed); `try_write_atomic` is the variant for caches, which skip a file they cannot write.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path


@contextmanager
def atomic_file(path: Path, mode: str = "w", fsync: bool = True):
    """A file object for `path`, written under a unique temporary name and moved into place when complete."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # what open() would have given, not mkstemp's 0600
        with open(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "") as f:
            yield f
            f.flush()
            if fsync:
                os.fsync(f.fileno())  # a full disk shows here, before the old file is replaced
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, content: str | bytes, fsync: bool = True) -> Path:
    """`content` (text as UTF-8, or bytes) to `path` through `atomic_file`; returns `path`."""
    with atomic_file(path, "wb" if isinstance(content, bytes) else "w", fsync) as f:
        f.write(content)
    return path


def try_write_atomic(path: Path, content: str | bytes, fsync: bool = True) -> bool:
    """`write_atomic`, creating the folder, but False instead of an error when `path` cannot be written
    (a full disk, a read-only folder): for caches, which go on without the file."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(Path(path), content, fsync)
    except OSError:
        return False
    return True
