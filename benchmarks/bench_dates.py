"""Benchmark: Arabic time expressions, the library next to dateparser alone.

In: the gold "timex" lists of ../shared/data/seed.jsonl and dev.jsonl (when present) and the
expression table of tests/test_temporal.py (article date 2016-08-30). Out: a printed table
of detection (precision / recall / F1 by span overlap) and resolution (gold expressions whose
interval is right) for

* ``DateFinder.find`` (this library), and
* ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` = the article date (dateparser
  gives one datetime, so it counts as resolved when that day lies inside the gold interval,
  which is generous to it),

and the mean time per sentence of ``find`` (all sentences, and those without a date).

Run: ``.venv/bin/python benchmarks/bench_dates.py`` (add ``--no-dateparser`` to skip the slow
baseline).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path

from conflict_events.temporal import DateFinder

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def _load_gold() -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    for name in ("seed", "dev"):
        path = DATA / f"{name}.jsonl"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            sets[name] = [json.loads(line) for line in lines if line.strip()]
    spec = importlib.util.spec_from_file_location("_table", ROOT / "tests" / "test_temporal.py")
    if spec and spec.loader:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows = []
        for sentence, expr, start, end in module.TABLE:
            rows.append({
                "text": sentence,
                "article_date": module.ARTICLE.isoformat(),
                "timex": [{"text": expr, "start": start, "end": end}],
            })
        for sentence in module.NEGATIVES:
            rows.append({"text": sentence, "article_date": module.ARTICLE.isoformat(),
                         "timex": []})
        sets["table"] = rows
    return sets


def _spans(row: dict) -> list[tuple[int, int, dt.date, dt.date]]:
    out = []
    for g in row["timex"]:
        s = row["text"].find(g["text"])
        out.append((s, s + len(g["text"]), dt.date.fromisoformat(g["start"]),
                    dt.date.fromisoformat(g["end"])))
    return out


def _exact(pstart, pend, gstart, gend) -> bool:
    return pstart == gstart and pend == gend


def _inside(pstart, pend, gstart, gend) -> bool:
    # dateparser gives one datetime: count it right when it lies inside the gold interval
    return gstart <= pstart <= gend


def _score(rows, predict, right=_exact) -> dict[str, float]:
    gold_n = tp = fp = resolved = 0
    for row in rows:
        ref = dt.date.fromisoformat(row["article_date"])
        pred = predict(row["text"], ref)  # [(start_char, end_char, start, end)]
        used: set[int] = set()
        for gs, ge, gstart, gend in _spans(row):
            gold_n += 1
            for k, (ps, pe, pstart, pend) in enumerate(pred):
                if k not in used and ps < ge and gs < pe:
                    used.add(k)
                    tp += 1
                    if right(pstart, pend, gstart, gend):
                        resolved += 1
                    break
        fp += len(pred) - len(used)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / gold_n if gold_n else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": gold_n, "P": p, "R": r, "F1": f1, "res": resolved / gold_n if gold_n else 1.0}


def _library(finder: DateFinder):
    def predict(text, ref):
        return [(t.start_char, t.end_char, t.start, t.end) for t in finder.find(text, ref)]

    return predict


def _dateparser():
    from dateparser.search import search_dates

    def predict(text, ref):
        base = dt.datetime(ref.year, ref.month, ref.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
        out, pos = [], 0
        for sub, when in found:
            s = text.find(sub, pos)
            if s < 0:
                s = text.find(sub)
            pos = s + len(sub)
            out.append((s, s + len(sub), when.date(), when.date()))
        return out

    return predict


def _timing(finder: DateFinder, rows: list[dict], repeat: int = 20) -> tuple[float, float]:
    texts = [(r["text"], dt.date.fromisoformat(r["article_date"])) for r in rows]
    plain = [(t, d) for (t, d), r in zip(texts, rows) if not r["timex"]]
    def mean_ms(items):
        if not items:
            return float("nan")
        t0 = time.perf_counter()
        for _ in range(repeat):
            for text, ref in items:
                finder.find(text, ref)
        return (time.perf_counter() - t0) / (repeat * len(items)) * 1000
    return mean_ms(texts), mean_ms(plain)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-dateparser", action="store_true", help="skip the baseline")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    finder = DateFinder()
    build_ms = (time.perf_counter() - t0) * 1000
    sets = _load_gold()
    header = f"{'set':<7}{'system':<14}{'gold':>5}{'P':>7}{'R':>7}{'F1':>7}{'resolved':>10}"
    print(header)
    print("-" * len(header))
    for name, rows in sets.items():
        systems = [("conflict_events", _score(rows, _library(finder)))]
        if not args.no_dateparser:
            systems.append(("dateparser", _score(rows, _dateparser(), right=_inside)))
        for label, m in systems:
            print(f"{name:<7}{label:<14}{m['n']:>5}{m['P']:>7.3f}{m['R']:>7.3f}"
                  f"{m['F1']:>7.3f}{m['res']:>10.3f}")
    all_rows = [r for rows in sets.values() for r in rows]
    mean_all, mean_plain = _timing(finder, all_rows)
    print()
    print(f"DateFinder built in {build_ms:.0f} ms")
    print(f"find(): {mean_all:.3f} ms per sentence over {len(all_rows)} sentences; "
          f"{mean_plain:.3f} ms per sentence without a date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
