# %% [markdown]
# # Evaluate on your own gold file
#
# `examples/gold.jsonl` holds a few sentences written for these examples, annotated in the
# format of the gold annotation guide (one sentence a line: id, article_date, text, timex,
# events). The same file runs as tests with `pytest --ce-gold examples/gold.jsonl`; lines with
# an "xfail" key are known misses.

# %%
import os
import tempfile
from pathlib import Path

import conflict_events as ce
from conflict_events.evaluation import load_gold, predict, score
from conflict_events.render import render_report
from conflict_events.testing import assert_events

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples")
GOLD = HERE / "gold.jsonl"
OUT = Path(os.environ.get("CE_EXAMPLES_OUT") or tempfile.mkdtemp())

# %% score: event detection, slots and codes of matched events, time expressions, per type
ex = ce.Extractor()
gold = load_gold(GOLD)
events, timexes = predict(gold, ex)
report = score(gold, events, timexes)
print(report.format_table())

# %% what went wrong, one line each (the command line: conflict-events evaluate --errors)
print(report.format_errors())

# %% an HTML page with each wrong sentence highlighted (conflict-events evaluate --html)
(OUT / "report.html").write_text(render_report(report, gold, events), encoding="utf-8")
print("report:", OUT / "report.html")

# %% in your own unit tests: only the keys you care about
assert_events(
    "اعتقلت الشرطة العراقية عشرين متظاهرا في بغداد يوم الثلاثاء الماضي.",
    [{"type": "COERCE", "mode": "arrest", "actor_codes": ["IRQ COP"], "place": "بغداد",
      "date": "2020-01-07"}],
    article_date="2020-01-09",
    extractor=ex,
)
assert report.events.f1 > 0.5
