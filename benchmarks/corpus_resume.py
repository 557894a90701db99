"""Check: a 20,000-document corpus through ``conflict-events corpus --jobs 2``.

In: the sentences of ../shared/data/dev.jsonl, repeated into ``--documents`` (20,000)
documents with unique ids and their article dates, plus a few broken records (a cut JSON
line, bytes that are not UTF-8, a wrong date, a text that is a number) so the error path
runs at scale too. Out: a printed report (``--json``: a JSON object) saying

* whether every input id is in the output exactly once (events or an error record),
* whether a run killed (SIGKILL, whole process group) partway and then rerun on the same
  output gives byte for byte the output of an uninterrupted run,
* the documents, events, errors and seconds of each run.

The files go to a temporary directory (``--keep DIR`` to keep them there). All three runs
import a copy of the package taken at the start, so that edits to the working tree during
the check cannot make the runs differ (``--no-snapshot`` runs the installed package).

Run: ``.venv/bin/python benchmarks/corpus_resume.py [--documents 20000] [--jobs 2]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

BROKEN = [
    b'{"id": "broken-cut", "text": "\xd9\x82\xd8\xb5\xd9\x81',
    b'{"id": "broken-bytes", "text": "caf\xe9 \xff\xfe"}',
    json.dumps({"id": "broken-date", "text": "x", "article_date": "2019-02-30"}).encode(),
    json.dumps({"id": "broken-text", "text": 12345, "article_date": "2019-02-01"}).encode(),
]


def build_input(path: Path, n: int) -> list[str]:
    """Write ``n`` documents (the last few broken) and return the expected ids in order."""
    rows = [json.loads(line) for line in (DATA / "dev.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    ids = []
    with path.open("wb") as fp:
        for i in range(n - len(BROKEN)):
            r = rows[i % len(rows)]
            doc_id = f"doc{i:06d}"
            ids.append(doc_id)
            line = json.dumps({"id": doc_id, "text": r["text"],
                               "article_date": r.get("article_date")}, ensure_ascii=False)
            fp.write(line.encode("utf-8") + b"\n")
        for k, raw in enumerate(BROKEN):
            fp.write(raw + b"\n")
            ids.append(["broken-cut", f"{path.name}:{n - len(BROKEN) + k + 1}",
                        "broken-date", "broken-text"][k])
    return ids


def corpus(inp: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "conflict_events", "corpus", str(inp), "-o", str(out),
            "--jobs", str(jobs), "--quiet"]


ENV = dict(os.environ)


def snapshot(tmp: Path) -> None:
    """Copy the package into ``tmp/src`` and make the runs import that copy."""
    import conflict_events

    src = Path(conflict_events.__file__).resolve().parent
    dst = tmp / "src" / "conflict_events"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp / "src"),
                                                      os.environ.get("PYTHONPATH")]))


def run(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=ENV)
    return time.perf_counter() - t


def out_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]


def summary(path: Path) -> dict[str, int]:
    docs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return {"documents": len(docs), "events": sum(len(d["events"]) for d in docs),
            "errors": sum(d["error"] is not None for d in docs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--kill-after", type=float, default=0.4,
                        help="kill the second run when this share of documents is written")
    parser.add_argument("--keep", metavar="DIR")
    parser.add_argument("--no-snapshot", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="corpus_resume_"))
    tmp.mkdir(parents=True, exist_ok=True)
    inp, whole, resumed = tmp / "articles.jsonl", tmp / "whole.jsonl", tmp / "resumed.jsonl"
    for p in (whole, resumed):
        p.unlink(missing_ok=True)
    expected = build_input(inp, args.documents)
    if not args.no_snapshot:
        snapshot(tmp)

    whole_s = run(corpus(inp, whole, args.jobs))

    t = time.perf_counter()
    proc = subprocess.Popen(corpus(inp, resumed, args.jobs), start_new_session=True, env=ENV)
    target = int(args.documents * args.kill_after)
    written = 0
    while proc.poll() is None:
        time.sleep(0.2)
        if resumed.exists():
            with resumed.open("rb") as fp:
                written = sum(1 for _ in fp)
            if written >= target:
                os.killpg(proc.pid, signal.SIGKILL)
                break
    proc.wait()
    killed_s = time.perf_counter() - t
    with resumed.open("rb") as fp:
        at_kill = sum(1 for _ in fp)
    resume_s = run(corpus(inp, resumed, args.jobs))

    ids = out_ids(resumed)
    report = {
        "documents": args.documents,
        "jobs": args.jobs,
        "uninterrupted": {**summary(whole), "seconds": round(whole_s, 1)},
        "killed_at_documents": at_kill,
        "killed_after_s": round(killed_s, 1),
        "resumed_s": round(resume_s, 1),
        "every_id_once": sorted(ids) == sorted(expected) and len(set(ids)) == len(ids),
        "same_order_as_input": ids == expected,
        "resumed_equals_uninterrupted": resumed.read_bytes() == whole.read_bytes(),
        "files": str(tmp),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:30} {value}")
    ok = report["every_id_once"] and report["resumed_equals_uninterrupted"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
