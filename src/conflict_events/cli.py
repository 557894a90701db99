"""The ``conflict-events`` command: thin wrappers over the library.

In: command-line arguments (``main(argv)``), article files or standard input (UTF-8).
Out: events, time expressions or an evaluation report on standard output (always UTF-8);
an exit code: 0 on success, 2 on a usage or input error (one line on standard error,
no traceback).

Commands::

    conflict-events extract article.txt [--article-date 2016-08-30] [--format jsonl|csv|table]
    echo "قصفت طائرات روسية مدينة حلب امس" | conflict-events extract - --article-date 2016-08-30
    conflict-events dates "وصل الوفد امس الاثنين" --article-date 2016-08-30
    conflict-events evaluate gold.jsonl [--errors] [--json] [--html report.html]
    conflict-events corpus articles.jsonl -o events.jsonl [--jobs 2] [--text-col text]
                    [--date-col article_date] [--id-col id] [--quiet]

``corpus`` reads JSONL, CSV or Parquet articles and writes JSONL (one line per document),
CSV or Parquet (one row per event); a rerun with the same output resumes; the summary
goes to standard error.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from .errors import ConflictEventsError

__all__ = ["main", "build_parser"]

PROG = "conflict-events"
#: The document name of standard input ("-" on the command line).
STDIN = "<stdin>"


class _UsageError(Exception):
    """Raised instead of argparse's exit so that ``main`` returns 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command (subcommands extract, dates, evaluate, corpus)."""
    parser = _Parser(prog=PROG, description="Coded conflict events from Arabic news text.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    ext = sub.add_parser("extract", help="events of article files ('-' reads standard input)")
    ext.add_argument("files", nargs="+", metavar="FILE")
    ext.add_argument("--article-date", metavar="YYYY-MM-DD", help="publication date")
    ext.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    ext.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                     help="an extra lexicon file (repeatable)")

    dates = sub.add_parser("dates", help="time expressions of a text, resolved")
    dates.add_argument("text", metavar="TEXT")
    dates.add_argument("--article-date", metavar="YYYY-MM-DD", required=True)
    dates.add_argument("--format", choices=("jsonl", "table"), default="jsonl")

    ev = sub.add_parser("evaluate", help="score the library on a gold JSONL file")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--errors", action="store_true", help="also list misses and false alarms")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--html", metavar="PATH",
                    help="also write an HTML error report (each wrong sentence highlighted)")
    ev.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                    help="an extra lexicon file (repeatable)")

    cor = sub.add_parser("corpus", help="code a file of articles (JSONL, CSV, Parquet); resumable")
    cor.add_argument("input", metavar="IN")
    cor.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="events file: .jsonl, .csv or .parquet (a rerun resumes it)")
    cor.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                     help="worker processes (-1: one per core)")
    cor.add_argument("--batch-size", type=int, default=64, metavar="N")
    cor.add_argument("--text-col", default="text", metavar="NAME")
    cor.add_argument("--date-col", default=None, metavar="NAME",
                     help="article date column (default: article_date, else date)")
    cor.add_argument("--id-col", default="id", metavar="NAME")
    cor.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    cor.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                     help="an extra lexicon file (repeatable)")
    return parser


def _utf8(stream: IO[str]) -> IO[str]:
    """``stream`` set to write UTF-8 whatever the locale (when it can be reconfigured)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _read_input(name: str) -> str:
    if name == STDIN:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            return sys.stdin.read()
        data = buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise _UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _UsageError(f"{name} is not UTF-8 text") from None


def _extractor(given: Any, lexicons: Sequence[str]) -> Any:
    from .pipeline import Extractor

    if lexicons:
        for path in lexicons:
            if not Path(path).is_file():
                raise _UsageError(f"cannot read lexicon {path}: no such file")
        return Extractor(lexicons=list(lexicons))
    return given if given is not None else Extractor()


def _article_date(value: str | None) -> Any:
    from .pipeline import coerce_article_date

    return coerce_article_date(value)


def _cmd_extract(args: argparse.Namespace, out: IO[str], extractor: Any) -> int:
    from . import export

    names = [STDIN if name == "-" else name for name in args.files]
    texts = [(name, _read_input(name)) for name in names]
    date = _article_date(args.article_date)
    ex = _extractor(extractor, args.lexicon)
    for n, (name, text) in enumerate(texts):
        events = ex.extract(text, article_date=date)
        if args.format == "jsonl":
            export.write_jsonl(events, out, doc=name)
        elif args.format == "csv":
            export.write_csv(events, out, doc=name, header=n == 0)
        else:
            if len(texts) > 1:
                out.write(f"== {name}\n")
            out.write(export.format_table(events, doc=name) + "\n")
    return 0


def _cmd_dates(args: argparse.Namespace, out: IO[str], extractor: Any) -> int:
    from . import export

    date = _article_date(args.article_date)
    ex = _extractor(extractor, ())
    found = ex.find_dates(args.text, article_date=date)
    if args.format == "jsonl":
        for t in found:
            out.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(export.format_dates_table(found) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, out: IO[str], extractor: Any) -> int:
    from .evaluation import evaluate, load_gold

    path = Path(args.gold)
    if not path.is_file():
        raise _UsageError(f"cannot read {args.gold}: no such file")
    gold = load_gold(path)  # format errors before the (slower) extractor is built
    if args.html:
        from .evaluation import predict, score
        from .render import render_report

        events, timexes = predict(gold, _extractor(extractor, args.lexicon))
        report = score(gold, events, timexes)
        Path(args.html).write_text(
            render_report(report, gold, events, title=f"evaluation of {path.name}"),
            encoding="utf-8",
        )
    else:
        report = evaluate(path, _extractor(extractor, args.lexicon))
    if args.json:
        json.dump(report.to_dict(errors=args.errors), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(report.format_table() + "\n")
    if args.errors:
        out.write("\nerrors\n" + report.format_errors() + "\n")
    return 0


def _cmd_corpus(args: argparse.Namespace, out: IO[str], extractor: Any) -> int:
    from .corpus import INPUT_FORMATS, OUTPUT_FORMATS, run_corpus

    src, dst = Path(args.input), Path(args.output)
    if not src.is_file():
        raise _UsageError(f"cannot read {args.input}: no such file")
    for path, table in ((src, INPUT_FORMATS), (dst, OUTPUT_FORMATS)):
        if path.suffix.lower() not in table:
            raise _UsageError(f"{path.name}: unknown format, use one of "
                              + ", ".join(sorted(set(table))))
    if args.jobs == 0 or args.jobs < -1 or args.batch_size < 1:
        raise _UsageError("--jobs is a positive number or -1, --batch-size a positive number")
    summary = run_corpus(
        src, dst, jobs=args.jobs, batch_size=args.batch_size, text_col=args.text_col,
        date_col=args.date_col, id_col=args.id_col,
        extractor=_extractor(extractor, args.lexicon), progress=False if args.quiet else None,
    )
    if not args.quiet:
        sys.stderr.write(summary.format() + "\n")
    return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


_COMMANDS = {
    "extract": _cmd_extract,
    "dates": _cmd_dates,
    "evaluate": _cmd_evaluate,
    "corpus": _cmd_corpus,
}


def main(argv: Sequence[str] | None = None, *, extractor: Any = None) -> int:
    """Run the command; returns the exit code.

    ``extractor`` lets a caller reuse an already built
    :class:`~conflict_events.pipeline.Extractor` (``--lexicon`` still builds a new one).
    """
    out = _utf8(sys.stdout)
    try:
        args = build_parser().parse_args(list(argv) if argv is not None else None)
        return _COMMANDS[args.command](args, out, extractor)
    except SystemExit as exc:  # --help / --version
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:  # "conflict-events extract a.txt | head": stop quietly
        _silence_stdout()
        return 1
    except (_UsageError, ConflictEventsError, OSError, UnicodeDecodeError) as exc:
        message = " ".join(str(exc).split())
    except KeyboardInterrupt:
        return 130
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return 2
