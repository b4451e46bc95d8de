"""The package layout reads like the data flow, and imports go one way (from the edges down).

A stage may import from stages listed before it, and from another stage only what that stage's
``__init__`` exports (never one of its modules), so each stage's internals stay private.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
# Lowest first. A module may import only from units listed before its own (or its own unit).
ORDER = ["records", "errors", "atomic", "digest", "titles", "text", "temporal", "glossary", "inputs", "config", "nlp", "entities", "claims", "events",
         "store", "export", "review", "run", "report", "evaluate", "cli"]
STAGES = [p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()]


def _unit(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path):
    """(imported unit, imported module path inside the unit or '', line) for each pipeline import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth_of_file = len(path.relative_to(PACKAGE).parts) - 1  # 0 for top-level modules
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if not (node.module or "").startswith("pipeline"):
                    continue
                parts = node.module.split(".")[1:]
            else:
                up = node.level - 1
                if up > depth_of_file:
                    continue
                base = list(path.relative_to(PACKAGE).parts[:-1])
                base = base[:len(base) - up]
                parts = base + (node.module.split(".") if node.module else [])
            if not parts:  # from pipeline import X / from .. import X: X are units or root constants
                for alias in node.names:
                    if alias.name in ORDER:
                        yield alias.name, "", node.lineno
                continue
            yield parts[0], ".".join(parts[1:]), node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pipeline."):
                    parts = alias.name.split(".")[1:]
                    yield parts[0], ".".join(parts[1:]), node.lineno


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def test_every_unit_is_placed_in_the_order():
    units = {_unit(p) for p in MODULES if not (p.name == "__init__.py" and p.parent == PACKAGE)}
    assert units <= set(ORDER), f"add {sorted(units - set(ORDER))} to ORDER in this test"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_down_and_through_the_stage_interface(path):
    own = _unit(path)
    for unit, inner, line in _imports(path):
        if unit == own or unit not in ORDER:
            continue
        where = f"{path.relative_to(PACKAGE)}:{line}"
        assert ORDER.index(unit) < ORDER.index(own), f"{where}: {own} must not import {unit} (it is above it)"
        if unit in STAGES:
            assert inner == "", f"{where}: import from pipeline.{unit} (its __init__), not pipeline.{unit}.{inner}"


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_each_stage_says_what_it_takes_and_gives_and_exports_its_names(stage):
    init = PACKAGE / stage / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree)
    assert doc and len(doc) > 40, f"{init}: needs a docstring saying what the stage takes and gives"
    exported = [n for n in tree.body if isinstance(n, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)]
    assert exported, f"{init}: needs __all__"
    import importlib
    mod = importlib.import_module(f"pipeline.{stage}")
    missing = [n for n in mod.__all__ if not hasattr(mod, n)]
    assert not missing, f"{init}: __all__ names {missing} that it does not define"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_each_other_stage_in_one_statement(path):
    # pipeline/run/document.py had two `from ..claims`, `from ..temporal` and `from ..text` lines each
    own, lines = _unit(path), {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:  # module level: imports inside functions are deferred on purpose
        if isinstance(node, ast.ImportFrom):
            units = {unit for unit, _, line in _imports_of(path, node)}
            for unit in units - {own}:
                lines.setdefault(unit, []).append(node.lineno)
    twice = {unit: at for unit, at in lines.items() if len(at) > 1 and unit in STAGES}
    assert not twice, f"{path.relative_to(PACKAGE)}: one import statement per stage, not {twice}"


def _imports_of(path: Path, node):
    """`_imports` for one statement of the module."""
    return [hit for hit in _imports(path) if hit[2] == node.lineno]
