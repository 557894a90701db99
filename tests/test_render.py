"""Tests of the HTML views (conflict_events.render), with a headless Chromium check.

The Chromium test renders a page in Debian's chromium (skipped when it is absent; CI installs
it) and checks on the DOM and on a screenshot that the Arabic runs right to left and that every
highlighted span is visible in its colour. Arabic sentences here are written for these tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import conflict_events as ce
from conflict_events.evaluation import load_gold, predict, score
from conflict_events.render import (
    COLORS,
    Result,
    events_table,
    highlight,
    mentions_of,
    render,
    render_report,
)

REPO = Path(__file__).resolve().parents[1]
OWN_GOLD = REPO / "examples" / "gold.jsonl"

ASSAULT = "قصفت طائرات حربية روسية المسلحين في مدينة حلب أمس الاثنين"


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


def _marks(html: str) -> list[tuple[str, str]]:
    """(kinds, text) of every mark of the highlighted text (legend excluded)."""
    body = html.split('class="ce-text"', 1)[1].split("</div>", 1)[0]
    return re.findall(r'<mark class="[^"]*" data-kinds="([^"]+)"[^>]*>([^<]*)</mark>', body)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (ASSAULT, ["trigger", "actor", "target", "place", "date"]),
        ("دعت الأمم المتحدة إلى هدنة في حلب", ["trigger", "actor", "trigger", "place"]),
        ("ارتفعت أسعار الخبز في الأسواق", []),
    ],
    ids=["assault", "request-and-truce", "no-event"],
)
def test_render_highlights_every_part(ex, text, kinds):
    result = render(text, article_date="2016-08-30", extractor=ex)
    html = result.to_html()
    # every mention of the events and every date, in text order, and nothing else
    parts = {(e.trigger.start_char, "trigger", e.trigger.text) for e in result}
    for e in result:
        parts |= {(a.start_char, "actor", a.text) for a in e.actors}
        parts |= {(t.start_char, "target", t.text) for t in e.targets}
        if e.place:
            parts.add((e.place.start_char, "place", e.place.text))
    parts |= {(t.start_char, "date", t.text) for t in result.dates}
    assert _marks(html) == [(k, t) for _, k, t in sorted(parts)]
    assert [k for k, _ in _marks(html)] == kinds
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert result._repr_html_() == html
    assert ("no events" in html) == (not kinds)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # a place inside a target phrase: three pieces, the inner one classed as place
        ([{"kind": "target", "span": (0, 13)}, {"kind": "place", "span": (10, 13)}],
         [("target", "مواقع قرب "), ("place target", "حلب")]),
        # the same span as trigger and actor: one piece, classed as trigger
        ([{"kind": "actor", "span": (0, 5)}, {"kind": "trigger", "span": (0, 5)}],
         [("trigger actor", "مواقع")]),
        # spans beyond the text are cut or dropped
        ([{"kind": "date", "span": (10, 99)}, {"kind": "place", "span": (50, 60)}],
         [("date", "حلب")]),
    ],
    ids=["nested", "same-span", "out-of-range"],
)
def test_render_highlight_cuts_overlaps(mentions, expected):
    html = highlight("مواقع قرب حلب", mentions)
    assert _marks(html) == expected
    assert re.sub(r"<[^>]+>", "", html) == "مواقع قرب حلب"


def test_render_escapes_html():
    text = 'قصف <b>"حلب"</b> & ريفها'
    html = highlight(text, [{"kind": "place", "span": (8, 11), "title": 'a"b'}])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'title="a&quot;b">حلب</mark>' in html


def test_render_accepts_doc_events_and_result(ex):
    doc = ex.nlp.make_doc(ASSAULT)
    doc._.article_date = "2016-08-30"
    doc = ex.component(doc)
    from_doc = render(doc)
    from_events = render(doc._.events, "2016-08-30", text=ASSAULT)
    assert isinstance(from_doc, Result) and len(from_doc) == 1
    assert from_doc[0] == from_events[0] == list(from_doc)[0]
    assert render(from_doc) is from_doc
    with pytest.raises(TypeError, match="text"):
        render(doc._.events)


def test_render_result_saves_a_page(ex, tmp_path):
    path = render(ASSAULT, "2016-08-30", extractor=ex).save(tmp_path / "r.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_render_event_repr_html_is_a_table(ex):
    [event] = ex.extract(ASSAULT, article_date="2016-08-30")
    html = event._repr_html_()
    assert "<table" in html and "ASSAULT" in html and "RUS MIL" in html and "2016-08-29" in html


@pytest.mark.parametrize(
    ("events", "cells"),
    [
        ([], ["no events"]),
        ([{"type": "AID", "trigger": {"text": "مساعدات", "span": [0, 7]}, "modality": "planned",
           "codes": {"cameo": "07", "acled": None}, "fatalities": None}],
         ["AID", "مساعدات", "planned", "07"]),
    ],
)
def test_render_events_table_from_dicts(events, cells):
    html = events_table(events)
    assert all(c in html for c in cells)


def test_render_mentions_of_dates_not_in_events():
    marks = mentions_of([], [{"text": "اليوم", "span": [3, 8], "start": "2016-08-30",
                              "end": "2016-08-30"}])
    assert marks == [{"kind": "date", "span": (3, 8), "title": "2016-08-30"}]


def test_render_report_lists_wrong_sentences(ex):
    gold = load_gold(OWN_GOLD)
    events, timexes = predict(gold, ex)
    report = score(gold, events, timexes)
    page = render_report(report, gold, events, all_sentences=True)
    assert page.startswith("<!DOCTYPE html>")
    assert all(f'id="{s.id}"' in page for s in gold)
    assert "per type" in page and f"{report.events.f1:.3f}" in page


# --------------------------------------------------------------------------- Chromium

CHROMIUM = shutil.which("chromium")

PROBE = """
<script>
const out = {};
const text = document.querySelector('.ce-text');
out.direction = getComputedStyle(text).direction;
out.viewport = [window.innerWidth, window.innerHeight];
out.marks = [...text.querySelectorAll('mark')].map(m => {
  const r = m.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {kind: m.className.split(' ')[0].slice(3), text: m.textContent,
          box: [r.left, r.top, r.right, r.bottom], onTop: hit === m || m.contains(hit),
          color: getComputedStyle(m).backgroundColor,
          visibility: getComputedStyle(m).visibility};
});
document.body.setAttribute('data-probe', JSON.stringify(out));
</script>
"""


def _chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
         "--force-device-scale-factor=1", "--hide-scrollbars", "--window-size=1000,700",
         *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
def test_render_in_headless_chromium_is_rtl_and_visible(ex, tmp_path):
    image = pytest.importorskip("PIL.Image")
    page = render(ASSAULT, "2016-08-30", extractor=ex).to_html(page=True)
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")

    dom = _chromium(["--dump-dom", path.as_uri()], tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    probe = json.loads(
        __import__("html").unescape(re.search(r'data-probe="([^"]*)"', dom.stdout).group(1))
    )
    assert probe["direction"] == "rtl"
    marks = probe["marks"]
    assert [m["kind"] for m in marks] == ["trigger", "actor", "target", "place", "date"]
    width, height = probe["viewport"]
    for m in marks:
        left, top, right, bottom = m["box"]
        assert right - left > 5 and bottom - top > 5, m
        assert 0 <= left and right <= width and 0 <= top and bottom <= height, m
        assert m["onTop"] and m["visibility"] == "visible", m
    # one line, read right to left: each mark lies to the left of the one before it
    lines = {round(m["box"][1]) for m in marks}
    assert len(lines) == 1
    assert all(a["box"][0] > b["box"][2] for a, b in zip(marks, marks[1:]))

    shot = tmp_path / "shot.png"
    done = _chromium([f"--screenshot={shot}", path.as_uri()], tmp_path)
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    pixels = image.open(shot).convert("RGB")
    centres = []
    for m in marks:
        left, top, right, bottom = (int(v) for v in m["box"])
        want = _rgb(COLORS[m["kind"]])
        xs = [x for x in range(left, right) for y in range(top, bottom)
              if sum(abs(a - b) for a, b in zip(pixels.getpixel((x, y)), want)) < 12]
        # the mark's colour covers a good part of its box on the screenshot
        assert len(xs) > 0.3 * (right - left) * (bottom - top), (m["kind"], len(xs))
        centres.append(sum(xs) / len(xs))
    # on the screenshot too, the first words are at the right
    assert centres == sorted(centres, reverse=True)
