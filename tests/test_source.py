"""The package's own source: a module-level constant is bound once.

The rule modules keep their word lists as module constants (``_PRISON``, ``_OFFICES``); a
second, unrelated assignment of the same name further down silently replaces the first list
for every rule that reads it. (A binding that transforms the name's own value, ``_UNITS =
_normalized_keys(_UNITS)``, is the same constant.)
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

import conflict_events

MODULES = sorted(Path(conflict_events.__file__).parent.rglob("*.py"))


def _constants(tree):
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper() and target.id not in read:
                yield target.id


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_source_module_constants_are_bound_once(path):
    names = Counter(_constants(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in names.items() if n > 1] == []
