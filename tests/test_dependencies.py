"""Every runtime dependency in pyproject.toml is imported by the package: one only tests use belongs
in the [test] extra, not in what every user installs."""
import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None

ROOT = Path(__file__).resolve().parent.parent
# the GiNZA model (spacy.load("ja_ginza")) and the spaCy components it names (ginza's entry points)
LOADED_BY_NAME = {"ja-ginza", "ginza"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_distributions() -> set[str]:
    tops = set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops.add(node.module.split(".")[0])
    dists = packages_distributions()
    return {_canonical(d) for top in tops for d in dists.get(top, ())}


def test_every_runtime_dependency_is_imported_by_the_package():
    # regression: pandas stayed a runtime dependency after the last pipeline module using it was rewritten
    import pytest

    if tomllib is None:
        pytest.skip("tomllib needs Python 3.11")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {_canonical(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in deps}
    assert sorted(names - LOADED_BY_NAME - _imported_distributions()) == []
