"""The ``--ce-gold`` pytest plugin: every line of a gold file becomes its own test case.

In: ``pytest --ce-gold my_gold.jsonl`` (a file in the format of the gold annotation guide:
one sentence a line with its ``id``, ``article_date``, ``text``, ``timex`` and ``events``).
Out: one test per line, named by its id (``my_gold.jsonl::town-a03-s2``); a failing test
lists what the library got wrong in that sentence (missed and false events, slot, code and
date differences) and the events it extracted.

The library is run as ``conflict-events evaluate`` runs it (the lines of one article joined,
see :mod:`conflict_events.evaluation`), once per file, with the bundled lexicons and any
``--ce-lexicon`` files. ``--ce-check`` chooses what a sentence must get right (default all):

* ``events``: every gold event found (same type, triggers overlapping or close) and no
  other event;
* ``slots``: actor, target, place, date, modality and fatalities of matched events;
* ``codes``: actor / target country and sector, place country of matched events;
* ``timex``: every time expression found and resolved, none spurious.

A line with an ``"xfail": "why"`` key is a known miss: a strict xfail, so a fix is noticed.
Without test paths on the command line only the gold files run; with paths they run too.

Registered through the ``pytest11`` entry point ``conflict_events``; imports nothing of the
library until a gold file is given, so other projects' test runs pay nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

__all__ = [
    "CHECKS",
    "GoldFile",
    "GoldItem",
    "GoldMismatch",
    "pytest_addoption",
    "pytest_configure",
    "pytest_collect_file",
]

#: What ``--ce-check`` can ask for, and the error kinds (or slot names) each covers.
CHECKS: dict[str, tuple[str, ...]] = {
    "events": ("miss", "false_alarm"),
    "slots": ("actor", "target", "place", "date", "modality", "fatalities"),
    "codes": ("actor_country", "actor_sector", "target_country", "target_sector",
              "place_country"),
    "timex": ("timex_miss", "timex_false_alarm", "timex_unresolved"),
}

_STATE = pytest.StashKey["_State"]()


class GoldMismatch(AssertionError):
    """A gold sentence the library does not get right; its message is the readable diff."""


class _State:
    """Per session: the gold files, the checks, one extractor, predictions per file."""

    def __init__(self, paths: list[Path], lexicons: list[str], checks: set[str]) -> None:
        self.paths = paths
        self.lexicons = lexicons
        self.checks = checks
        self.collected: set[Path] = set()
        self._extractor: Any = None
        self._predictions: dict[Path, Any] = {}

    def extractor(self) -> Any:
        if self._extractor is None:
            from .pipeline import Extractor

            self._extractor = Extractor(lexicons=self.lexicons)
        return self._extractor

    def predictions(self, path: Path, gold: Any) -> Any:
        if path not in self._predictions:
            from .evaluation import predict

            self._predictions[path] = predict(gold, self.extractor())
        return self._predictions[path]


def pytest_addoption(parser: Any) -> None:
    """Add ``--ce-gold``, ``--ce-lexicon`` and ``--ce-check``."""
    group = parser.getgroup("conflict_events", "gold files of conflict_events")
    group.addoption("--ce-gold", action="append", default=[], metavar="GOLD.jsonl",
                    help="run every line of this gold file as a test (repeatable)")
    group.addoption("--ce-lexicon", action="append", default=[], metavar="PATH",
                    help="an extra lexicon file for the gold tests (repeatable)")
    group.addoption("--ce-check", default=",".join(CHECKS), metavar="LIST",
                    help=f"what each sentence must get right: comma-separated from "
                         f"{', '.join(CHECKS)} (default: all)")


def pytest_configure(config: Any) -> None:
    """Remember the gold files and put them among the paths to collect."""
    paths = [Path(p).resolve() for p in config.getoption("ce_gold") or ()]
    if not paths:
        return
    checks = {c.strip() for c in config.getoption("ce_check").split(",") if c.strip()}
    unknown = checks - set(CHECKS)
    if unknown:
        raise pytest.UsageError(
            f"--ce-check: unknown {', '.join(sorted(unknown))}; choose from {', '.join(CHECKS)}"
        )
    for p in paths:
        if not p.is_file():
            raise pytest.UsageError(f"--ce-gold: cannot read {p}: no such file")
    config.stash[_STATE] = _State(paths, list(config.getoption("ce_lexicon")), checks)
    gold_args = [str(p) for p in paths]
    if config.args_source == pytest.Config.ArgsSource.ARGS:
        config.args.extend(a for a in gold_args if a not in config.args)
    else:
        config.args[:] = gold_args


def pytest_collect_file(file_path: Path, parent: Any) -> Any:
    """A :class:`GoldFile` for each ``--ce-gold`` file (once)."""
    state = parent.config.stash.get(_STATE, None)
    if state is None:
        return None
    path = Path(file_path).resolve()
    if path not in state.paths or path in state.collected:
        return None
    state.collected.add(path)
    return GoldFile.from_parent(parent, path=file_path)


class GoldFile(pytest.File):
    """A gold JSONL file; its items are its lines."""

    def collect(self) -> Iterator[GoldItem]:
        """One :class:`GoldItem` per sentence (a malformed file is a collection error)."""
        from .evaluation import load_gold

        gold = load_gold(self.path)
        xfails: dict[str, str] = {}
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                obj = json.loads(raw)
                if obj.get("xfail"):
                    xfails[obj["id"]] = str(obj["xfail"])
        for sentence in gold:
            item = GoldItem.from_parent(self, name=sentence.id, sentence=sentence, gold=gold)
            if sentence.id in xfails:
                item.add_marker(pytest.mark.xfail(strict=True, reason=xfails[sentence.id]))
            yield item


class GoldItem(pytest.Item):
    """One gold sentence as a test."""

    def __init__(self, *, sentence: Any, gold: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sentence = sentence
        self.gold = gold

    def runtest(self) -> None:
        """Score the sentence; raise :class:`GoldMismatch` on any error the checks cover."""
        from .evaluation import score

        state: _State = self.config.stash[_STATE]
        events, timexes = state.predictions(Path(self.path).resolve(), self.gold)
        sid = self.sentence.id
        report = score([self.sentence], {sid: events[sid]}, {sid: timexes[sid]})
        wanted = {k for c in state.checks for k in CHECKS[c]}
        lines = []
        for e in report.errors:
            if e.kind == "slots":
                diffs = [d for d in e.differences if d[0] in wanted]
                if diffs:
                    lines.append(f"{e.type} «{e.text}»: " + "; ".join(
                        f"{s} gold {_show(g)} predicted {_show(p)}" for s, g, p in diffs))
            elif e.kind in wanted:
                what = e.kind.replace("_", " ")
                lines.append(f"{what}: {e.type + ' ' if e.type else ''}«{e.text}»"
                             + "".join(f" (gold {_show(g)} predicted {_show(p)})"
                                       for _, g, p in e.differences))
        if lines:
            shown = [
                f"{p.get('type')} «{(p.get('trigger') or {}).get('text')}» actors "
                f"{[a.get('text') for a in p.get('actors') or ()]} targets "
                f"{[t.get('text') for t in p.get('targets') or ()]} place "
                f"{(p.get('place') or {}).get('text')} {p.get('modality')}"
                for p in events[sid]
            ]
            raise GoldMismatch("\n".join(
                [f"{sid} (article date {self.sentence.article_date}): {self.sentence.text}", ""]
                + lines + ["", "extracted:"] + [f"  {s}" for s in shown or ["(none)"]]
            ))

    def repr_failure(self, excinfo: Any, style: Any = None) -> Any:
        """The readable diff for a mismatch; pytest's usual report for anything else."""
        if isinstance(excinfo.value, GoldMismatch):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int, str]:
        """Where the sentence is: the file, its line, its id."""
        return self.path, self.sentence.line - 1, f"gold sentence {self.sentence.id}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
