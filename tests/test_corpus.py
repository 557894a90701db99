"""Tests of corpus runs (conflict_events.corpus, Extractor.pipe, the corpus command).

The Arabic sentences are written for these tests; the seed sentences are read from
../shared/data when present.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conflict_events import cli
from conflict_events.corpus import (
    DocResult,
    Document,
    as_document,
    dedupe,
    read_documents,
    run_corpus,
)
from conflict_events.records import Actor, Event, Mention, Place, TimeExpression

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

ASSAULT = "قصفت طائرات حربية روسية مدينة حلب أمس"
AMBUSH = "قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش قرب درعا اليوم"
MEETING = "التقى وزير الخارجية الروسي نظيره التركي في أنقرة الأحد"
NOTHING = "ارتفعت أسعار الخبز في الأسواق هذا الأسبوع"
DATE = "2016-08-30"


@pytest.fixture(scope="module")
def extractor():
    from conflict_events.pipeline import Extractor

    return Extractor()


def own_docs(n: int) -> list[dict]:
    texts = (ASSAULT, AMBUSH, MEETING, NOTHING)
    return [{"id": f"d{i}", "text": texts[i % 4], "article_date": DATE} for i in range(n)]


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "given, expected",
    [
        ({"id": "a1", "text": ASSAULT, "article_date": DATE}, ("a1", ASSAULT, DATE, False)),
        ({"id": 7, "text": ASSAULT, "date": DATE}, ("7", ASSAULT, DATE, False)),
        ({"text": ASSAULT}, ("#4", ASSAULT, None, False)),
        ({"id": "n", "text": ASSAULT, "article_date": float("nan")}, ("n", ASSAULT, None, False)),
        ({"id": float("nan"), "text": ASSAULT}, ("#4", ASSAULT, None, False)),
        (("a2", ASSAULT, DATE), ("a2", ASSAULT, DATE, False)),
        ((ASSAULT, DATE), ("#4", ASSAULT, DATE, False)),
        (ASSAULT, ("#4", ASSAULT, None, False)),
        (Document("a3", MEETING, None), ("a3", MEETING, None, False)),
        (("a", "b", "c", "d"), ("#4", None, None, True)),
        (42, ("#4", None, None, True)),
    ],
)
def test_corpus_as_document_forms(given, expected):
    doc = as_document(given, 4)
    assert (doc.id, doc.text, doc.article_date, doc.error is not None) == expected


# --------------------------------------------------------------------------- pipe


BAD_DOCS = [
    ("ok1", ASSAULT, DATE, None),
    ("notstr", 12345, DATE, "TypeError"),
    ("baddate", ASSAULT, "2016-13-45", "ArticleDateError"),
    ("nodate", ASSAULT, None, None),
    ("notdate", ASSAULT, 3.5, "ArticleDateError"),
    ("empty", "", DATE, None),
    ("ok2", MEETING, DATE, None),
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_corpus_pipe_gives_one_result_per_document_in_order(extractor, n_process):
    docs = [(i, t, d) for i, t, d, _ in BAD_DOCS] * 3
    results = list(extractor.pipe(docs, n_process=n_process, batch_size=2))
    assert [r.id for r in results] == [i for i, _, _, _ in BAD_DOCS] * 3
    for result, (_, text, date, error) in zip(results, [*BAD_DOCS] * 3):
        if error is None:
            assert result.ok
            assert list(result.events) == extractor.extract(text, article_date=date)
        else:
            assert result.error.startswith(error + ":")
            assert result.events == ()


def test_corpus_pipe_two_processes_equal_one(extractor):
    docs = own_docs(40)
    one = list(extractor.pipe(docs, n_process=1, batch_size=8))
    two = list(extractor.pipe(docs, n_process=2, batch_size=3))
    assert one == two
    assert sum(len(r.events) for r in one) >= 20


@pytest.mark.parametrize(
    "text, sentences, sentence_of_first_event",
    [
        (ASSAULT, 1, ASSAULT),
        (NOTHING + ". " + ASSAULT + ".", 2, ASSAULT + "."),
        (NOTHING, 1, None),
    ],
)
def test_corpus_pipe_counts_sentences_and_keeps_sentence_text(
    extractor, text, sentences, sentence_of_first_event
):
    (result,) = extractor.pipe([("x", text, DATE)])
    assert result.sentences == sentences
    assert (result.sentence_texts[0] if result.sentence_texts else None) == sentence_of_first_event


# --------------------------------------------------------------------------- reading files


def write_bytes(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def jline(**record) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


BROKEN_JSONL = [
    (jline(id="g1", text=ASSAULT, article_date=DATE), "g1", None),
    ('{"id": "cut", "text": "قصفت طائرات'.encode(), "cut", "JSONDecodeError"),
    (b'{"id": "latin", "text": "caf\xe9 \xff"}', "in.jsonl:3", "UnicodeDecodeError"),
    (b'["a list", "not an object"]', "in.jsonl:4", "ValueError"),
    (jline(id="wrongdate", text=ASSAULT, article_date="30/08/2016"), "wrongdate",
     "ArticleDateError"),
    (jline(id="g2", text=MEETING, date=DATE), "g2", None),
    (jline(text=NOTHING, article_date=DATE), "in.jsonl:7", None),
]


def test_corpus_read_jsonl_turns_bad_lines_into_error_records(tmp_path):
    path = write_bytes(tmp_path / "in.jsonl", [raw for raw, _, _ in BROKEN_JSONL])
    docs = list(read_documents(path))
    assert [d.id for d in docs] == [i for _, i, _ in BROKEN_JSONL]
    read_errors = {"JSONDecodeError", "UnicodeDecodeError", "ValueError"}
    for doc, (_, _, error) in zip(docs, BROKEN_JSONL):
        assert (doc.error is not None) == (error in read_errors)


def test_corpus_run_continues_past_bad_records_and_counts_them(tmp_path, extractor):
    path = write_bytes(tmp_path / "in.jsonl", [raw for raw, _, _ in BROKEN_JSONL])
    summary = run_corpus(path, tmp_path / "out.jsonl", extractor=extractor, progress=False)
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in out] == [i for _, i, _ in BROKEN_JSONL]
    for rec, (_, _, error) in zip(out, BROKEN_JSONL):
        assert (rec["error"] or "").split(":")[0] == (error or "")
    assert (summary.documents, summary.errors) == (7, 4)
    assert summary.events == sum(len(r["events"]) for r in out) > 0
    assert summary.sentences == 3


CSV_TEXT = (
    "id,text,article_date\n"
    f"c1,{ASSAULT},{DATE}\n"
    f"c2,\"{MEETING}, وفق مصادر\",{DATE}\n"
    f"c3,{ASSAULT},{DATE},extra field\n"
    f"c4,{ASSAULT},2016-02-30\n"
    f"c5,{NOTHING},\n"
).encode("utf-8") + b"c6,\xe4\xf6 latin-1 text,2016-08-30\n" + f"c7,{AMBUSH},{DATE}\n".encode()

CSV_EXPECTED = [
    ("c1", None), ("c2", None), ("c3", "ValueError"), ("c4", "ArticleDateError"),
    ("c5", None), ("c6", "UnicodeDecodeError"), ("c7", None),
]


def test_corpus_csv_input_bad_rows_become_error_records(tmp_path, extractor):
    path = tmp_path / "in.csv"
    path.write_bytes(CSV_TEXT)
    summary = run_corpus(path, tmp_path / "out.jsonl", extractor=extractor, progress=False)
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], (r["error"] or ":").split(":")[0] or None) for r in out] == CSV_EXPECTED
    assert out[1]["events"][0]["sentence"]["text"].endswith("وفق مصادر")
    assert out[4]["article_date"] is None
    assert (summary.documents, summary.errors) == (7, 3)


def test_corpus_parquet_input_and_output(tmp_path, extractor):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    docs = own_docs(12)
    pd.DataFrame(docs).rename(columns={"text": "body", "article_date": "day"}).to_parquet(
        tmp_path / "in.parquet")
    summary = run_corpus(tmp_path / "in.parquet", tmp_path / "out.parquet", text_col="body",
                         date_col="day", extractor=extractor, progress=False)
    frame = pd.read_parquet(tmp_path / "out.parquet")
    expected = sum(len(extractor.extract(d["text"], d["article_date"])) for d in docs)
    assert len(frame) == summary.events == expected
    assert set(frame["source_id"]) <= {d["id"] for d in docs}
    log = (tmp_path / "out.parquet.docs.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in log] == [d["id"] for d in docs]


def test_corpus_csv_output_has_error_rows(tmp_path, extractor):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "in.csv"
    path.write_bytes(CSV_TEXT)
    run_corpus(path, tmp_path / "out.csv", extractor=extractor, progress=False)
    frame = pd.read_csv(tmp_path / "out.csv", dtype=str)
    errors = frame[frame["error"].notna()]
    assert sorted(errors["source_id"]) == ["c3", "c4", "c6"]
    assert set(frame.loc[frame["error"].isna(), "type"]) >= {"ASSAULT"}


# --------------------------------------------------------------------------- resuming


def read_out(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def test_corpus_rerun_skips_done_documents_and_matches_one_run(tmp_path, extractor):
    docs = own_docs(30)
    whole = run_corpus(docs, tmp_path / "whole.jsonl", extractor=extractor, progress=False)
    first = run_corpus(docs[:11], tmp_path / "part.jsonl", extractor=extractor, progress=False)
    second = run_corpus(docs, tmp_path / "part.jsonl", extractor=extractor, progress=False,
                        jobs=2, batch_size=4)
    assert read_out(tmp_path / "part.jsonl") == read_out(tmp_path / "whole.jsonl")
    assert (first.documents, second.documents, second.skipped) == (11, 19, 11)
    assert first.events + second.events == whole.events


def test_corpus_rerun_repairs_a_line_cut_by_a_kill(tmp_path, extractor):
    docs = own_docs(9)
    run_corpus(docs, tmp_path / "whole.jsonl", extractor=extractor, progress=False)
    lines = read_out(tmp_path / "whole.jsonl")
    cut = "\n".join(lines[:4]) + "\n" + lines[4][: len(lines[4]) // 2]
    (tmp_path / "cut.jsonl").write_text(cut, encoding="utf-8")
    summary = run_corpus(docs, tmp_path / "cut.jsonl", extractor=extractor, progress=False)
    assert read_out(tmp_path / "cut.jsonl") == lines
    assert (summary.skipped, summary.documents) == (4, 5)


def test_corpus_duplicate_ids_are_coded_once(tmp_path, extractor):
    docs = own_docs(5) + own_docs(3)
    summary = run_corpus(docs, tmp_path / "out.jsonl", extractor=extractor, progress=False)
    ids = [json.loads(line)["id"] for line in read_out(tmp_path / "out.jsonl")]
    assert ids == ["d0", "d1", "d2", "d3", "d4"]
    assert (summary.documents, summary.duplicates) == (5, 3)


@pytest.mark.slow
def test_corpus_command_killed_then_resumed_equals_one_run(tmp_path):
    texts = (ASSAULT, AMBUSH, MEETING, NOTHING, 'سطر "غير" مكتمل')
    lines = [jline(id=f"k{i}", text=texts[i % 5] + f" {i}", article_date=DATE)
             for i in range(3000)]
    write_bytes(tmp_path / "in.jsonl", lines)
    command = [sys.executable, "-m", "conflict_events", "corpus", str(tmp_path / "in.jsonl"),
               "--jobs", "2", "--batch-size", "16", "--quiet"]
    subprocess.run(command + ["-o", str(tmp_path / "whole.jsonl")], check=True, timeout=300)
    killed = subprocess.Popen(command + ["-o", str(tmp_path / "resumed.jsonl")],
                              start_new_session=True)
    out = tmp_path / "resumed.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    partial = len(read_out(out))
    assert 0 < partial < 3000, "the run was killed midway"
    subprocess.run(command + ["-o", str(out)], check=True, timeout=300)
    whole = read_out(tmp_path / "whole.jsonl")
    assert read_out(out) == whole
    assert sorted(json.loads(line)["id"] for line in whole) == sorted(f"k{i}" for i in range(3000))


# --------------------------------------------------------------------------- command


@pytest.mark.parametrize(
    "argv, message",
    [
        (["corpus", "missing.jsonl", "-o", "out.jsonl"], "cannot read missing.jsonl"),
        (["corpus", "{in}", "-o", "out.xlsx"], "out.xlsx: unknown format"),
        (["corpus", "{in}", "-o", "out.jsonl", "--jobs", "0"], "--jobs"),
        (["corpus", "{in}"], "required: -o/--output"),
    ],
)
def test_corpus_command_usage_errors(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    write_bytes(tmp_path / "in.jsonl", [jline(id="a", text=ASSAULT, article_date=DATE)])
    argv = [a.replace("{in}", "in.jsonl") for a in argv]
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_corpus_command_writes_and_summarizes(tmp_path, capsys, extractor):
    write_bytes(tmp_path / "in.jsonl", [jline(id=d["id"], text=d["text"], date=d["article_date"])
                                        for d in own_docs(6)])
    argv = ["corpus", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]
    assert cli.main(argv, extractor=extractor) == 0
    err = capsys.readouterr().err
    assert err.startswith("6 documents (0 already done") and "0 errors" in err
    assert cli.main(argv, extractor=extractor) == 0
    assert capsys.readouterr().err.startswith("0 documents (6 already done")
    assert len(read_out(tmp_path / "out.jsonl")) == 6


def test_corpus_seed_sentences_all_in_output(tmp_path, extractor):
    seed = SHARED / "seed.jsonl"
    if not seed.exists():
        pytest.skip("../shared/data is not present")
    summary = run_corpus(seed, tmp_path / "out.jsonl", extractor=extractor, progress=False)
    ids = [json.loads(line)["id"] for line in read_out(tmp_path / "out.jsonl")]
    gold = [json.loads(line)["id"] for line in seed.read_text("utf-8").splitlines() if line.strip()]
    assert ids == gold
    assert summary.errors == 0 and summary.events > 0


# --------------------------------------------------------------------------- dedupe


def event(day: str | None, *, actor: str = "RUS", place: str = "Aleppo", kind: str = "ASSAULT",
          fatalities: int | None = None, sentence: int = 0) -> Event:
    import datetime as dt

    date = None
    if day is not None:
        start = dt.date.fromisoformat(day[:10])
        end = dt.date.fromisoformat(day[11:]) if len(day) > 10 else start
        date = TimeExpression("أمس", 34, 37, start=start, end=end)
    return Event(
        type=kind,
        trigger=Mention("قصفت", 0, 4),
        actors=(Actor("طائرات روسية", 5, 17, country=actor, sector="MIL"),),
        place=Place("حلب", 30, 33, name=place, country="SYR"),
        date=date,
        fatalities=fatalities,
        sentence_index=sentence,
    )


@pytest.mark.parametrize(
    "reports, clusters",
    [
        # the same strike told by two articles the same day: one event, two sources
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-29"))], [["a1", "a2"]]),
        # a week "last week" overlaps the day
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-22/2016-08-30"))], [["a1", "a2"]]),
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-28"))], [["a1"], ["a2"]]),
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-29", actor="SYR"))], [["a1"], ["a2"]]),
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-29", place="Idlib"))],
         [["a1"], ["a2"]]),
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-29", kind="COERCE"))],
         [["a1"], ["a2"]]),
        ([("a1", event(None)), ("a2", event(None))], [["a1"], ["a2"]]),
        ([("a1", event("2016-08-29")), ("a2", event("2016-08-28")), ("a3", event("2016-08-29"))],
         [["a1", "a3"], ["a2"]]),
    ],
)
def test_corpus_dedupe_merges_reports_of_one_event(reports, clusters):
    merged = dedupe(reports)
    assert [[s.doc for s in m.sources] for m in merged] == clusters


def test_corpus_dedupe_keeps_highest_toll_and_takes_results(extractor):
    results = [
        DocResult("a1", [event("2016-08-29", fatalities=3)]),
        DocResult("a2", [event("2016-08-29", fatalities=5, sentence=2)]),
    ]
    (merged,) = dedupe(results)
    assert merged.event.fatalities == 5
    assert [(s.doc, s.sentence_index) for s in merged.sources] == [("a1", 0), ("a2", 2)]
    assert merged.to_dict()["sources"][1]["doc"] == "a2"


def test_corpus_dedupe_real_articles(extractor):
    docs = [("a1", ASSAULT, DATE), ("a2", "قصفت طائرات حربية روسية مدينة حلب يوم 29 آب", DATE)]
    results = list(extractor.pipe(docs))
    assert all(len(r.events) == 1 for r in results)
    (merged,) = dedupe(results)
    assert [s.doc for s in merged.sources] == ["a1", "a2"]


@pytest.mark.parametrize("enabled, is_tty, shown", [
    (None, False, False), (None, True, True), (False, True, False), (True, False, True),
])
def test_corpus_progress_bar_only_on_a_terminal(monkeypatch, enabled, is_tty, shown):
    pytest.importorskip("tqdm")
    from conflict_events import corpus

    monkeypatch.setattr(sys.stderr, "isatty", lambda: is_tty, raising=False)
    bar = corpus._progress(10, enabled)
    assert (bar is not None) == shown
    if bar is not None:
        bar.close()
