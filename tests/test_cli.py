"""Tests of the conflict-events command (conflict_events.cli), run in-process.

The seed article is the one shipped in examples/; the other Arabic sentences are written
for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflict_events import cli, export
from conflict_events.records import EVENT_TYPES

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO / "examples" / "000_8cc3dc5a9f835ed2.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

OWN_TEXT = "قصفت طائرات حربية روسية مواقع المسلحين في مدينة حلب امس الاثنين، وقتل 5 مدنيين."


@pytest.fixture(scope="module")
def extractor():
    from conflict_events.pipeline import Extractor

    return Extractor()


def run(capsys, argv, extractor=None):
    code = cli.main(argv, extractor=extractor)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stdin_bytes(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_cli_extract_seed_article_jsonl(capsys, extractor):
    code, out, err = run(capsys, ["extract", str(SEED_ARTICLE), "--article-date",
                                  "2016-08-30"], extractor)
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "the seed article has events"
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    for row in rows:
        assert row["doc"] == str(SEED_ARTICLE)
        assert row["type"] in EVENT_TYPES
        start, end = row["trigger"]["span"]
        assert text[start:end] == row["trigger"]["text"]


def test_cli_extract_csv_has_one_row_per_event(capsys, extractor):
    argv = ["extract", str(SEED_ARTICLE), "--article-date", "2016-08-30"]
    _, jsonl, _ = run(capsys, argv, extractor)
    code, out, err = run(capsys, [*argv, "--format", "csv"], extractor)
    assert (code, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames) == export.COLUMNS
    rows = list(reader)
    expected = [json.loads(line) for line in jsonl.splitlines()]
    assert len(rows) == len(expected)
    assert [r["type"] for r in rows] == [e["type"] for e in expected]
    assert [r["trigger"] for r in rows] == [e["trigger"]["text"] for e in expected]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_cli_extract_stdin_own_text(capsys, monkeypatch, extractor, fmt):
    stdin_bytes(monkeypatch, OWN_TEXT.encode("utf-8"))
    code, out, err = run(capsys, ["extract", "-", "--article-date", "2016-08-30",
                                  "--format", fmt], extractor)
    assert (code, err) == (0, "")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows[0]["doc"] == cli.STDIN
        assert "ASSAULT" in {r["type"] for r in rows}
        assault = next(r for r in rows if r["type"] == "ASSAULT")
        assert assault["place"]["country"] == "SYR"
        assert assault["date"]["start"] == "2016-08-29"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assault = next(r for r in rows if r["type"] == "ASSAULT")
        assert assault["doc"] == cli.STDIN
        assert assault["place_country"] == "SYR"
        assert assault["date_start"] == "2016-08-29"
    else:
        header, rule, *rows = out.splitlines()
        assert header.split()[:3] == ["doc", "sentence", "type"]
        assert set(rule) <= {"-", " "}
        assert any("ASSAULT" in r and "قصفت" in r for r in rows)


def test_cli_extract_text_stream_without_buffer(capsys, monkeypatch, extractor):
    monkeypatch.setattr(sys, "stdin", io.StringIO(OWN_TEXT))
    code, out, _ = run(capsys, ["extract", "-"], extractor)
    assert code == 0
    assert "ASSAULT" in {json.loads(line)["type"] for line in out.splitlines()}


def test_cli_extract_several_files_one_csv_header(capsys, tmp_path, extractor):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(OWN_TEXT, encoding="utf-8")
    b.write_text("اعتقلت الشرطة العراقية عشرة متظاهرين في بغداد.", encoding="utf-8")
    code, out, _ = run(capsys, ["extract", str(a), str(b), "--format", "csv"], extractor)
    assert code == 0
    assert out.count("doc,sentence,type") == 1
    docs = {r["doc"] for r in csv.DictReader(io.StringIO(out))}
    assert str(a) in docs


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("وصل الوفد امس الاثنين إلى جنيف", "jsonl", ("امس الاثنين", "2016-08-29", "2016-08-29")),
        ("وصل الوفد امس الاثنين إلى جنيف", "table", ("امس الاثنين", "2016-08-29", "2016-08-29")),
    ],
)
def test_cli_dates(capsys, extractor, text, fmt, expected):
    code, out, err = run(capsys, ["dates", text, "--article-date", "2016-08-30",
                                  "--format", fmt], extractor)
    assert (code, err) == (0, "")
    if fmt == "jsonl":
        found = [json.loads(line) for line in out.splitlines()]
        assert any((d["text"], d["start"], d["end"]) == expected for d in found), found
    else:
        assert out.splitlines()[0].split() == ["text", "span", "start", "end",
                                                "granularity", "value"]
        assert all(part in out for part in expected)


def test_cli_evaluate_seed_table_json_and_errors(capsys, extractor):
    gold = SHARED / "seed.jsonl"
    if not gold.is_file():
        pytest.skip("shared gold data not available")
    code, out, err = run(capsys, ["evaluate", str(gold)], extractor)
    assert (code, err) == (0, "")
    assert "events" in out and "actor_country" in out and "errors" not in out
    code, out, _ = run(capsys, ["evaluate", str(gold), "--json"], extractor)
    report = json.loads(out)
    assert code == 0 and 0.0 <= report["events"]["f1"] <= 1.0
    assert "errors" not in report
    code, out, _ = run(capsys, ["evaluate", str(gold), "--errors"], extractor)
    assert code == 0 and "\nerrors\n" in out


def _bad_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Gaza \xe9t\xe9".encode("latin-1"))
    return [str(path)]


def _bad_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x-s1"}\n', encoding="utf-8")
    return [str(path)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "/no/such/article.txt"], "/no/such/article.txt"),
        (["extract", "{tmp}", "--format", "xml"], "--format"),
        (["extract", "{article}", "--article-date", "30/08/2016"], "30/08/2016"),
        (["extract", "{article}", "--article-date", "2016-02-30"], "2016-02-30"),
        (["extract", "{latin}"], "latin.txt"),
        (["extract", "{article}", "--lexicon", "/no/such/lexicon.jsonl"],
         "/no/such/lexicon.jsonl"),
        (["dates", "وصل الوفد امس"], "--article-date"),
        (["dates", "وصل الوفد امس", "--article-date", "yesterday"], "yesterday"),
        (["dates", "وصل الوفد امس", "--article-date", "2016-08-30", "--format", "csv"],
         "--format"),
        (["evaluate", "/no/such/gold.jsonl"], "/no/such/gold.jsonl"),
        (["evaluate", "{gold}"], ":1:"),
        (["frobnicate"], "frobnicate"),
        ([], "COMMAND"),
    ],
)
def test_cli_error_paths_exit_2_with_one_line(capsys, tmp_path, extractor, argv, message):
    values = {
        "tmp": str(tmp_path),
        "article": str(SEED_ARTICLE),
        "latin": _bad_utf8(tmp_path)[0],
        "gold": _bad_gold(tmp_path)[0],
    }
    argv = [a.format(**values) if a.startswith("{") else a for a in argv]
    code, out, err = run(capsys, argv, extractor)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("conflict-events: error: ")
    assert "Traceback" not in err
    assert message in err


def test_cli_non_utf8_stdin_exit_2(capsys, monkeypatch, extractor):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xe9\xff\xfe")))
    code, out, err = run(capsys, ["extract", "-"], extractor)
    assert (code, out) == (2, "")
    assert err == f"conflict-events: error: {cli.STDIN} is not UTF-8 text\n"


def test_cli_module_entry_point_version():
    proc = subprocess.run(
        [sys.executable, "-m", "conflict_events", "--version"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.strip().startswith("conflict-events ")


# export.py: the writers behind --format, on a hand-built event of OWN_TEXT

def _own_event():
    from conflict_events.records import Actor, Event, Mention, Place, TimeExpression

    def at(phrase):
        i = OWN_TEXT.index(phrase)
        return phrase, i, i + len(phrase)

    import datetime as dt

    day = dt.date(2016, 8, 29)
    return Event(
        type="ASSAULT", trigger=Mention(*at("قصفت")), mode="aerial", cameo="19",
        acled=("Explosions/Remote violence", "Air/drone strike"),
        actors=[Actor(*at("طائرات حربية روسية"), country="RUS", sector="MIL"),
                Actor(*at("طائرات"), country=None, sector=None)],
        targets=[Actor(*at("مواقع المسلحين"), country="SYR", sector="REB")],
        place=Place(*at("مدينة حلب"), country="SYR", lat=36.2, lon=37.16),
        date=TimeExpression(*at("امس الاثنين"), start=day, end=day),
        fatalities=5, rules=("trg.assault.qasf.v", "asm.subject"),
    )


def test_export_event_row_flat_columns():
    row = export.event_row(_own_event(), doc="own.txt")
    assert tuple(row) == export.COLUMNS
    assert row["doc"] == "own.txt"
    assert (row["type"], row["mode"], row["cameo"]) == ("ASSAULT", "aerial", "19")
    assert row["acled_sub_event_type"] == "Air/drone strike"
    assert row["actors"] == "طائرات حربية روسية | طائرات"
    assert row["actor_codes"] == "RUS MIL | --- ---"
    assert row["target_codes"] == "SYR REB"
    assert (row["place"], row["place_country"], row["lat"]) == ("مدينة حلب", "SYR", 36.2)
    assert (row["date_start"], row["date_end"]) == ("2016-08-29", "2016-08-29")
    assert (row["modality"], row["fatalities"]) == ("asserted", 5)
    assert row["rules"] == "trg.assault.qasf.v | asm.subject"


def test_export_writers_round_trip():
    event = _own_event()
    buf = io.StringIO()
    assert export.write_jsonl([event, event], buf, doc="own.txt") == 2
    lines = buf.getvalue().splitlines()
    assert json.loads(lines[0]) == {"doc": "own.txt", **json.loads(json.dumps(event.to_dict()))}
    assert "قصفت" in lines[0]  # Arabic written as is, not \u escapes
    buf = io.StringIO()
    export.write_csv([event], buf, doc="own.txt")
    export.write_csv([event], buf, doc="own.txt", header=False)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 2
    assert rows[0]["fatalities"] == "5" and rows[0]["mode"] == "aerial"
    table = export.format_table([event], doc="own.txt").splitlines()
    assert len(table) == 3
    assert table[2].startswith("own.txt")
    assert "ASSAULT" in table[2] and "…" not in table[2]


class _ClosedPipe(io.StringIO):
    def write(self, s):
        raise BrokenPipeError(32, "Broken pipe")


def test_cli_closed_pipe_stops_quietly(capsys, monkeypatch, extractor):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = cli.main(["dates", "وصل الوفد امس الاثنين", "--article-date", "2016-08-30"],
                    extractor=extractor)
    assert code == 1
    assert capsys.readouterr().err == ""
