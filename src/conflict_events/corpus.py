"""Many documents: reading article files, batches on several cores, resumable corpus runs.

In: articles, each an id, a text and an article date, given as dicts / tuples
(:func:`as_document`) or as a JSONL, CSV or Parquet file (:func:`read_documents`).
Out: one :class:`DocResult` per document, in input order, holding the document's events or
the error that stopped it; :func:`run_corpus` writes them to a JSONL, CSV or Parquet file
and returns a :class:`Summary`.

* A record that cannot be read becomes an error result, and the run goes on: a malformed
  JSONL line (``{"id": "a1", "text": "قصفت``), a CSV row with too many fields, bytes that are
  not UTF-8, a wrong article date (``"2016-13-45"``), a text that is not a string.
* Resumable: output is appended and flushed batch by batch, with one line per document
  (``{"id": "a1", "sentences": 1, "events": [...], "error": null}``), so a rerun with the
  same output skips the ids already there. A CSV or Parquet output is written from that
  document log (``OUT.docs.jsonl``, kept beside it) at the end of the run.
* :func:`dedupe` merges reports of one event across sentences and articles: "قصفت طائرات
  روسية حلب أمس" in two articles of the same day gives one event with two sources.

Nothing here imports spaCy: the Extractor is built only when a run needs one, and pandas /
pyarrow / tqdm are imported only for Parquet, CSV / Parquet output and the progress bar.
"""

from __future__ import annotations

import collections
import csv
import datetime as _dt
import json
import multiprocessing
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Union

import attrs

from .records import Event

__all__ = [
    "Document",
    "DocResult",
    "Summary",
    "Source",
    "MergedEvent",
    "as_document",
    "read_documents",
    "run_corpus",
    "pipe_parallel",
    "dedupe",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
]

PathLike = Union[str, Path]

#: Input formats by file suffix.
INPUT_FORMATS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
                                 ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: Output formats by file suffix.
OUTPUT_FORMATS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                                  ".parquet": "parquet", ".pq": "parquet"}

#: Article date columns tried, in order, when none is named.
DATE_COLUMNS: tuple[str, ...] = ("article_date", "date")

#: Suffix of the document log kept beside a CSV or Parquet output.
LOG_SUFFIX = ".docs.jsonl"


# --------------------------------------------------------------------------- documents


@attrs.frozen
class Document:
    """One article to code: ``Document("a1", "قصفت طائرات روسية حلب أمس", "2016-08-30")``.

    ``text`` and ``article_date`` are kept as given (checked when the document is coded);
    ``error`` is set when the record could not even be read (malformed line, bad bytes).
    """

    id: str
    text: Any = None
    article_date: Any = None
    error: str | None = None


@attrs.frozen
class DocResult:
    """The outcome of one document: its events, or the error that stopped it.

    ``sentence_texts`` is aligned with ``events`` (the text of each event's sentence).
    """

    id: str
    events: tuple[Event, ...] = attrs.field(default=(), converter=tuple)
    error: str | None = None
    sentences: int = 0
    article_date: _dt.date | None = None
    sentence_texts: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    @property
    def ok(self) -> bool:
        """Whether the document was coded (no error)."""
        return self.error is None

    @classmethod
    def failed(cls, doc_id: str, exc: BaseException | str) -> DocResult:
        """An error result; ``exc`` an exception (its type is named) or a message."""
        message = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
        return cls(id=doc_id, error=" ".join(message.split()))

    def to_dict(self) -> dict[str, Any]:
        """The JSON line of this document in a corpus output."""
        from .export import event_record

        return {
            "id": self.id,
            "article_date": self.article_date.isoformat() if self.article_date else None,
            "sentences": self.sentences,
            "events": [event_record(e, s) for e, s in zip(self.events, self.sentence_texts)],
            "error": self.error,
        }


def _missing(value: Any) -> bool:
    """None, or a table's missing value (pandas NA; NaN, NaT: not equal to themselves)."""
    if value is None or type(value).__name__ == "NAType":
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _date(value: Any) -> Any:
    return None if _missing(value) else value


def _doc_id(value: Any, fallback: str) -> str:
    if _missing(value):
        return fallback
    text = str(value).strip()
    return text or fallback


def as_document(obj: Any, index: int = 0) -> Document:
    """A :class:`Document` from a dict (keys id, text, article_date or date), a tuple
    ``(id, text, article_date)`` or ``(text, article_date)``, or a ``Document``.

    A document without an id is named by its position: ``"#3"``; a missing date (None,
    NaN, NaT) is no date.
    """
    fallback = f"#{index}"
    if isinstance(obj, Document):
        return obj
    if isinstance(obj, dict):
        date = next((obj[k] for k in DATE_COLUMNS if k in obj), None)
        return Document(_doc_id(obj.get("id"), fallback), obj.get("text"), _date(date))
    if isinstance(obj, (tuple, list)):
        if len(obj) == 3:
            return Document(_doc_id(obj[0], fallback), obj[1], _date(obj[2]))
        if len(obj) == 2:
            return Document(fallback, obj[0], _date(obj[1]))
        return Document(fallback, error=f"ValueError: a document tuple has 2 or 3 items, not {len(obj)}")
    if isinstance(obj, str):
        return Document(fallback, obj, None)
    return Document(fallback, error=f"TypeError: a document is a dict or a tuple, not {type(obj).__name__}")


# --------------------------------------------------------------------------- reading


def _format_of(path: Path, table: dict[str, str], what: str) -> str:
    fmt = table.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(set(table)))
        raise ValueError(f"cannot tell the {what} format of {path.name}: use one of {known}")
    return fmt


def read_documents(
    path: PathLike,
    *,
    text_col: str = "text",
    date_col: str | None = None,
    id_col: str = "id",
) -> Iterator[Document]:
    """Stream the articles of a JSONL, CSV or Parquet file as :class:`Document` records.

    ``date_col`` None tries "article_date" then "date". A record without an id is named
    ``"<file name>:<line>"`` (JSONL, CSV) or ``"<file name>:<row>"`` (Parquet). A record that
    cannot be read is yielded with ``error`` set instead of stopping the stream.
    """
    path = Path(path)
    fmt = _format_of(path, INPUT_FORMATS, "input")
    cols = (id_col, text_col, date_col)
    if fmt == "jsonl":
        return _read_jsonl(path, *cols)
    if fmt == "csv":
        return _read_csv(path, *cols)
    return _read_parquet(path, *cols)


def _from_record(rec: dict[str, Any], fallback: str, id_col: str, text_col: str,
                 date_col: str | None) -> Document:
    if date_col is None:
        date = next((rec[k] for k in DATE_COLUMNS if k in rec), None)
    else:
        date = rec.get(date_col)
    return Document(_doc_id(rec.get(id_col), fallback), rec.get(text_col), _date(date))


def _read_jsonl(path: Path, id_col: str, text_col: str, date_col: str | None) -> Iterator[Document]:
    with path.open("rb") as fp:
        for lineno, raw in enumerate(fp, 1):
            where = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Document(where, error=f"UnicodeDecodeError: line {lineno} is not UTF-8 "
                                            f"(byte {exc.start})")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Document(_salvage_id(line, id_col) or where,
                               error=f"JSONDecodeError: line {lineno}: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield Document(where, error=f"ValueError: line {lineno} is a JSON "
                                            f"{type(rec).__name__}, not an object")
                continue
            yield _from_record(rec, where, id_col, text_col, date_col)


def _salvage_id(line: str, id_col: str) -> str | None:
    """The id of a broken JSON line when it can still be read (so the error names it)."""
    key = json.dumps(id_col) + ":"
    at = line.find(key)
    if at < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(line[at + len(key):].lstrip())
    except json.JSONDecodeError:
        return None
    return _doc_id(value, "") or None if isinstance(value, (str, int)) else None


def _has_bad_bytes(values: Iterable[str]) -> bool:
    for v in values:
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _read_csv(path: Path, id_col: str, text_col: str, date_col: str | None) -> Iterator[Document]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as fp:
        reader = csv.reader(fp)
        try:
            header = next(reader)
        except StopIteration:
            return
        width = len(header)
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Document(f"{path.name}:{line}", error=f"csv.Error: line {line}: {exc}")
                continue
            where = f"{path.name}:{line}"
            if not row or not any(row):
                continue
            rec = dict(zip(header, row))
            if _has_bad_bytes(row):
                doc_id = rec.get(id_col, "")
                good_id = doc_id if not _has_bad_bytes([doc_id]) else ""
                yield Document(_doc_id(good_id, where),
                               error=f"UnicodeDecodeError: line {line} is not UTF-8")
                continue
            if len(row) != width:
                yield Document(_doc_id(rec.get(id_col), where),
                               error=f"ValueError: line {line} has {len(row)} fields, "
                                     f"the header {width}")
                continue
            rec = {k: (v if v != "" or k == text_col else None) for k, v in rec.items()}
            yield _from_record(rec, where, id_col, text_col, date_col)


def _read_parquet(path: Path, id_col: str, text_col: str, date_col: str | None) -> Iterator[Document]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    if date_col is None:
        date_col = next((c for c in DATE_COLUMNS if c in names), DATE_COLUMNS[0])
    columns = [c for c in (id_col, text_col, date_col) if c in names]
    row = 0
    for batch in pf.iter_batches(columns=columns, batch_size=1024):
        for rec in batch.to_pylist():
            row += 1
            yield _from_record(rec, f"{path.name}:{row}", id_col, text_col, date_col)


def count_records(path: PathLike) -> int | None:
    """The number of records of an input file (for the progress bar), None if unknown."""
    path = Path(path)
    fmt = INPUT_FORMATS.get(path.suffix.lower())
    try:
        if fmt == "jsonl":
            with path.open("rb") as fp:
                return sum(1 for line in fp if line.strip())
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
    except (OSError, ImportError):
        return None
    return None


# --------------------------------------------------------------------------- several cores

# The Extractor of a worker process, set once by the pool initializer.
_WORKER: dict[str, Any] = {}


def _init_worker(extractor: Any) -> None:
    _WORKER["extractor"] = extractor


def _work(batch: list[Document]) -> list[DocResult]:
    return _WORKER["extractor"]._pipe_batch(batch)


def _batches(docs: Iterable[Any], batch_size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for i, obj in enumerate(docs):
        batch.append(as_document(obj, i))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def pipe_parallel(
    extractor: Any, docs: Iterable[Any], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[DocResult]:
    """Code ``docs`` in batches, on ``n_process`` worker processes when more than one.

    Results come back in input order. Workers are forked with the built Extractor (spawned
    with a pickled one where fork does not exist); at most two batches per worker are in
    flight, so a long input streams in constant memory. :meth:`Extractor.pipe` calls this.
    """
    batches = _batches(docs, max(1, int(batch_size)))
    if n_process == -1:
        n_process = multiprocessing.cpu_count()
    if n_process <= 1:
        for batch in batches:
            yield from extractor._pipe_batch(batch)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    window = 2 * n_process
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(extractor,)) as pool:
        pending: collections.deque[Any] = collections.deque()
        for batch in batches:
            pending.append(pool.apply_async(_work, (batch,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# --------------------------------------------------------------------------- corpus runs


@attrs.frozen
class Summary:
    """What a corpus run did: documents coded in this run (``documents``, of which
    ``errors`` failed), their ``sentences`` and ``events``; documents ``skipped`` because
    an earlier run had done them; ``duplicates`` (ids seen twice in the input); ``seconds``.
    """

    documents: int = 0
    sentences: int = 0
    events: int = 0
    errors: int = 0
    skipped: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    output: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures of the run."""
        return attrs.asdict(self)

    def format(self) -> str:
        """The summary as one readable line per figure."""
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.documents} documents ({self.skipped} already done, "
                f"{self.duplicates} duplicate ids), {self.sentences} sentences, "
                f"{self.events} events, {self.errors} errors, {self.seconds:.1f} s "
                f"({rate:.0f} documents/s) -> {self.output}")


def _repair_and_read_ids(log: Path) -> set[str]:
    """The ids already in a document log; a line cut by a kill is removed first."""
    if not log.exists():
        return set()
    with log.open("r+b") as fp:
        data = fp.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            fp.truncate(end)
            data = data[:end]
    done = set()
    for raw in data.splitlines():
        try:
            rec = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(rec, dict) and "id" in rec:
            done.add(str(rec["id"]))
    return done


def _progress(total: int | None, enabled: bool | None) -> Any:
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def run_corpus(
    input: PathLike | Iterable[Any],
    output: PathLike,
    *,
    jobs: int = 1,
    batch_size: int = 64,
    text_col: str = "text",
    date_col: str | None = None,
    id_col: str = "id",
    extractor: Any = None,
    lexicons: Sequence[PathLike] = (),
    progress: bool | None = None,
) -> Summary:
    """Code every article of ``input`` (a file or an iterable of documents) into ``output``.

    ``output`` ends in .jsonl (one line per document), .csv or .parquet (one row per event
    and per error, see :func:`conflict_events.export.to_frame`). A rerun with the same
    ``output`` codes only the documents not yet there. ``progress`` None shows a bar when
    standard error is a terminal.
    """
    started = time.perf_counter()
    out = Path(output)
    fmt = _format_of(out, OUTPUT_FORMATS, "output")
    log = out if fmt == "jsonl" else out.with_name(out.name + LOG_SUFFIX)
    if isinstance(input, (str, Path)):
        docs: Iterable[Any] = read_documents(input, text_col=text_col, date_col=date_col,
                                             id_col=id_col)
        total = count_records(input)
    else:
        docs, total = input, None
    done = _repair_and_read_ids(log)
    counts = collections.Counter()
    seen: set[str] = set()

    def todo() -> Iterator[Document]:
        for i, obj in enumerate(docs):
            doc = as_document(obj, i)
            if doc.id in seen:
                counts["duplicates"] += 1
                continue
            seen.add(doc.id)
            if doc.id in done:
                counts["skipped"] += 1
                continue
            yield doc

    if extractor is None:
        from .pipeline import Extractor

        extractor = Extractor(lexicons=[str(p) for p in lexicons])
    bar = _progress(total, progress)
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8", newline="\n") as fp:
            buffer: list[str] = []
            for result in extractor.pipe(todo(), n_process=jobs, batch_size=batch_size):
                counts["documents"] += 1
                counts["sentences"] += result.sentences
                counts["events"] += len(result.events)
                counts["errors"] += not result.ok
                buffer.append(json.dumps(result.to_dict(), ensure_ascii=False))
                if len(buffer) >= batch_size:
                    _flush(fp, buffer)
                    if bar is not None:
                        bar.n = counts["documents"] + counts["skipped"]
                        bar.refresh()
            _flush(fp, buffer)
    finally:
        if bar is not None:
            bar.n = counts["documents"] + counts["skipped"]
            bar.close()
    if fmt != "jsonl":
        from .export import write_frame

        write_frame(_read_log(log), out)
    return Summary(
        documents=counts["documents"], sentences=counts["sentences"], events=counts["events"],
        errors=counts["errors"], skipped=counts["skipped"], duplicates=counts["duplicates"],
        seconds=round(time.perf_counter() - started, 3), output=str(out),
    )


def _flush(fp: IO[str], buffer: list[str]) -> None:
    if buffer:
        fp.write("\n".join(buffer) + "\n")
        fp.flush()
        buffer.clear()


def _read_log(log: Path) -> Iterator[dict[str, Any]]:
    with log.open("r", encoding="utf-8") as fp:
        for line in fp:
            if line.strip():
                yield json.loads(line)


# --------------------------------------------------------------------------- dedupe


@attrs.frozen
class Source:
    """Where one report of an event was found: document id, sentence, trigger text."""

    doc: str | None
    sentence_index: int
    trigger: str
    rules: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data of the record."""
        return {"doc": self.doc, "sentence": self.sentence_index, "trigger": self.trigger,
                "rules": list(self.rules)}


@attrs.frozen
class MergedEvent:
    """One event reported once or more: ``event`` is the first report (with the highest
    fatality count of all reports), ``sources`` every report's provenance and ``reports``
    the events themselves."""

    event: Event
    sources: tuple[Source, ...] = attrs.field(converter=tuple)
    reports: tuple[Event, ...] = attrs.field(converter=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data of the record."""
        return {**self.event.to_dict(), "sources": [s.to_dict() for s in self.sources]}


def _place_key(event: Event) -> tuple[Any, ...] | None:
    p = event.place
    if p is None:
        return None
    return (p.country, p.name or p.text)


def _event_key(event: Event) -> tuple[Any, ...]:
    return (
        event.type,
        frozenset(a.code for a in event.actors),
        frozenset(t.code for t in event.targets),
        _place_key(event),
    )


def _pairs(items: Iterable[Any]) -> Iterator[tuple[str | None, Event]]:
    for item in items:
        if isinstance(item, Event):
            yield None, item
        elif isinstance(item, DocResult):
            for event in item.events:
                yield item.id, event
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Event):
            yield (None if item[0] is None else str(item[0])), item[1]
        else:
            raise TypeError("dedupe takes Events, DocResults or (source id, Event) pairs, "
                            f"not {type(item).__name__}")


def dedupe(events: Iterable[Any]) -> list[MergedEvent]:
    """Merge reports of one event across sentences and articles.

    Two reports are one event when they have the same type, the same actor codes, the same
    target codes and the same place, and their date intervals overlap (an undated report
    is never merged). Accepts :class:`~conflict_events.records.Event` records,
    :class:`DocResult` results or ``(source id, Event)`` pairs; returns the merged events in
    the order of their first report, each keeping every report's provenance.
    """
    groups: dict[tuple[Any, ...], list[list[tuple[str | None, Event]]]] = {}
    order: list[list[tuple[str | None, Event]]] = []
    for source, event in _pairs(events):
        date = event.date
        cluster = None
        if date is not None and date.resolved:
            for candidate in groups.setdefault(_event_key(event), []):
                if _overlaps(candidate, date.start, date.end):
                    cluster = candidate
                    break
        if cluster is None:
            cluster = []
            order.append(cluster)
            if date is not None and date.resolved:
                groups[_event_key(event)].append(cluster)
        cluster.append((source, event))
    return [_merge(c) for c in order]


def _overlaps(cluster: list[tuple[str | None, Event]], start: _dt.date, end: _dt.date) -> bool:
    for _, event in cluster:
        d = event.date
        if d is not None and d.start <= end and start <= d.end:  # type: ignore[operator]
            return True
    return False


def _merge(cluster: list[tuple[str | None, Event]]) -> MergedEvent:
    first = cluster[0][1]
    sources = [Source(s, e.sentence_index, e.trigger.text, e.rules) for s, e in cluster]
    reports = [e for _, e in cluster]
    if len(cluster) > 1:
        tolls = [e.fatalities for e in reports if e.fatalities is not None]
        first = attrs.evolve(first, fatalities=max(tolls) if tolls else None)
    return MergedEvent(first, sources, reports)
