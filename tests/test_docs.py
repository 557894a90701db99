"""The docs work: their Python code runs, the mapping tables come from the lexicon data,
``mkdocs build --strict`` passes, and every public name has a docstring.

Code blocks fenced as ```python in docs/**/*.md and README.md are executed, the blocks of one
page in order in one namespace, from the repository root; blocks fenced as ```py are shown
only (they need files or a cluster).
"""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import conflict_events as ce

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = sorted(DOCS.rglob("*.md")) + [REPO / "README.md"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)

#: The modules whose ``__all__`` is public API.
PUBLIC_MODULES = (
    "conflict_events", "conflict_events.records", "conflict_events.errors",
    "conflict_events.lexicons", "conflict_events.pipeline", "conflict_events.component",
    "conflict_events.export", "conflict_events.corpus", "conflict_events.evaluation",
    "conflict_events.render", "conflict_events.plot", "conflict_events.testing",
    "conflict_events.pytest_plugin", "conflict_events.cli",
)


def _blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)],
                         ids=[str(p.relative_to(REPO)) for p in PAGES if _blocks(p)])
def test_docs_python_blocks_run(page, monkeypatch):
    needs = {"plot": ("pandas", "matplotlib"), "notebooks": ("pandas", "matplotlib"),
             "corpora": ("pandas",)}
    for module in needs.get(page.stem, ()):
        pytest.importorskip(module)
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    namespace: dict = {"__name__": f"docs_{page.stem}"}
    for n, code in enumerate(_blocks(page), start=1):
        try:
            exec(compile(code, f"{page.name}[block {n}]", "exec"), namespace)
        except Exception as exc:  # name the page and block
            raise AssertionError(f"{page.relative_to(REPO)} block {n} failed: {exc!r}") from exc


def test_docs_index_example_is_about_ten_lines():
    [first, *_] = _blocks(DOCS / "index.md")
    assert 8 <= len(first.strip().splitlines()) <= 12


def test_docs_mapping_tables_come_from_the_lexicon():
    sys.path.insert(0, str(DOCS))
    try:
        hooks = importlib.import_module("hooks")
    finally:
        sys.path.remove(str(DOCS))
    page = (DOCS / "reference" / "mapping.md").read_text(encoding="utf-8")
    assert hooks.MARKER in page
    built = hooks.on_page_markdown(page)
    assert hooks.MARKER not in built
    triggers = ce.load_lexicon().triggers
    assert f"{len(triggers)} trigger entries" in built
    for t in triggers:
        assert f"| {t.type} | {t.mode or '–'} |" in built
        if t.acled:
            assert f"| {t.acled[0]} | {t.acled[1]} |" in built
        if t.cameo:
            assert f"| {t.cameo[:2]} |" in built


def test_docs_nav_lists_every_page():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for page in DOCS.rglob("*.md"):
        assert str(page.relative_to(DOCS)) in config, page


def test_docs_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=600,
        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "reference" / "mapping" / "index.html").is_file()


def _public_names(module_name):
    module = importlib.import_module(module_name)
    yield None, module
    for name in getattr(module, "__all__", ()):
        if name.startswith("__"):
            continue
        obj = getattr(module, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            yield name, obj
            if inspect.isclass(obj) and obj.__module__ == module.__name__:
                for attr, member in vars(obj).items():
                    if attr.startswith("_"):
                        continue
                    if inspect.isfunction(member) or isinstance(member, property):
                        yield f"{name}.{attr}", member


# module -> why some of its public methods have no docstring yet (a fix turns these green)
UNDOCUMENTED: dict[str, str] = {}


def _module_case(name):
    marks = []
    if name in UNDOCUMENTED:
        marks.append(pytest.mark.xfail(strict=True, reason=f"no docstring: {UNDOCUMENTED[name]}"))
    return pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("module_name", [_module_case(m) for m in PUBLIC_MODULES])
def test_docs_every_public_name_has_a_docstring(module_name):
    missing = []
    for name, obj in _public_names(module_name):
        doc = obj.__doc__ if not inspect.isclass(obj) else vars(obj).get("__doc__")
        if not (doc and doc.strip()):
            missing.append(name or "(module)")
    assert missing == []


def test_docs_all_names_exist():
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            assert hasattr(module, name), f"{module_name}.__all__ lists {name}"
