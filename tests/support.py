"""Helpers shared by test modules (imported as `support`; tests/ is on pytest's pythonpath)."""
import re
from functools import lru_cache

from pipeline.text.repair import classify_line

_WS = re.compile(r"\s+")


def squeeze(s: str) -> str:
    return _WS.sub("", s)


@lru_cache(maxsize=8)
def _page_lines(text: str) -> frozenset[int]:
    """Indices of lines that are only a page number (an extraction artifact, like line breaks)."""
    out, pos = set(), 0
    for line in text.splitlines(keepends=True):
        if classify_line(line.rstrip("\r\n")) == "page":
            out.update(range(pos, pos + len(line)))
        pos += len(line)
    return frozenset(out)


def footnote_free(doc, start, end) -> str:
    """The original evidence with whitespace, page-number lines and footnote markers removed."""
    text = doc["text"]
    drop = _page_lines(text)
    keep = [i for i in range(start, end)
            if i not in drop and not any(f["start"] <= i < f["end"] for f in doc["footnotes"])]
    return squeeze("".join(text[i] for i in keep))


class PostgresServer:
    def __init__(self, bindir, data, sock, user, run_as):
        self.bindir, self.data, self.sock, self.user, self.run_as = bindir, data, sock, user, run_as
        self.url = f"postgresql:///postgres?host={sock}&user={user}"

    def stop(self):
        import subprocess

        subprocess.run([*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)


def start_postgres(base):
    """initdb + pg_ctl start on a Unix socket in `base` (as the `postgres` user when run as root).
    Skips the test when PostgreSQL's server programs are not installed."""
    import glob
    import os
    import pwd
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None)
    if not found:
        if os.environ.get("PIPELINE_REQUIRE_POSTGRES"):  # CI: a missing server is a failure, not a skip
            raise RuntimeError("PIPELINE_REQUIRE_POSTGRES is set but PostgreSQL is not installed")
        pytest.skip("PostgreSQL server not installed: apt-get install postgresql (CI's .ci/run does)")
    bindir = Path(os.path.realpath(found)).parent
    run_as, user = [], pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:  # the server refuses to run as root
        run_as, user = ["runuser", "-u", "postgres", "--"], "postgres"
    data, sock = Path(base) / "data", Path(base) / "sock"
    sock.mkdir()
    if run_as:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(Path(base) / "log"),
                    "-o", f"-k {sock} -c listen_addresses='' -c fsync=off", "start"], check=True, capture_output=True)
    return PostgresServer(bindir, data, sock, user, run_as)
