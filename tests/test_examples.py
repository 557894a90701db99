"""Every script of examples/ runs to the end (so the examples never rot).

Each script runs in its own interpreter with a non-interactive matplotlib backend and writes
its outputs to a temporary directory (``CE_EXAMPLES_OUT``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NEEDS = {"code_a_folder.py": ("pandas", "matplotlib")}


def test_examples_are_present():
    assert {p.name for p in SCRIPTS} >= {"code_a_folder.py", "custom_lexicon.py",
                                          "evaluate_gold.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_examples_script_runs(script, tmp_path):
    for module in NEEDS.get(script.name, ()):
        pytest.importorskip(module)
    text = script.read_text(encoding="utf-8")
    assert text.lstrip().startswith("# %%"), "examples are notebook-style scripts"
    env = {**os.environ, "MPLBACKEND": "Agg", "CE_EXAMPLES_OUT": str(tmp_path)}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip()
