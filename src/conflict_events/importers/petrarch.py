"""Import PETRARCH / TABARI dictionaries as a user lexicon.

In: the text of PETRARCH-format dictionaries (the UD-PETRARCH Arabic ones: a CAMEO verb
dictionary with synonym sets, verb blocks and patterns; an actor dictionary whose codes may
be restricted to date ranges; an agents dictionary of generic nouns) and the CAMEO-to-PLOVER
conversion table, both given as paths at run time (they are third-party data and are not
shipped). Out: lexicon rules (dicts in the lexicon JSONL format, each with a ``"lexicon"``
key) that ``Extractor(lexicons=[path])`` accepts, and counts of what was kept and why the
rest was dropped.

    python -m conflict_events.importers.petrarch CAMEO.ar.0.5.txt actor_dict_ar_v4.txt \\
        agents.all.ar_v3.txt --plover CAMEO2PLOVER-2021.txt -o petrarch.jsonl

What each kind of entry becomes:

* Verb block (``--- قصف [190] ---`` then verb lemmas, one a line, some with their own
  code): one trigger rule per lemma and code, whose forms are the lemma and the inflections
  that unvocalised news text spells by affixes alone (past ``قصفت`` ``قصفوا``, present
  ``يقصف`` ``تقصف`` ``يقصفون``; none for weak final letters). The CAMEO code is mapped to a
  PLOVER type and mode with the table (the longest code prefix the table knows).
* Verb pattern (``- * هجوم [190]`` under the verb ``نظم``): PETRARCH matches the object
  anywhere in the verb's dependents; a lexicon form is contiguous, so the pattern becomes
  the forms "verb object" ("نظم هجوم") when it has words after ``*`` only. Patterns with
  words before the verb (``- &MILITARY * ...``) need a parse and are counted, not imported.
  Synonym sets (``&AIRCRAFT``) are expanded when they have at most
  :data:`MAX_SYNSET` members.
* Actor (``نوري_المالكي_`` with ``[IRQGOV 20101221-20140908]`` and
  ``[IRQELI 20140908-20161010]``): one actor rule coded with the code valid at the latest
  date (here IRQ ELI); every dated code is kept in the rule's ``note``. ``IRQGOV`` is
  country IRQ, sector GOV; ``[MIL]`` is a sector alone; ``[IGO]`` is IGO IGO as the gold
  guide codes international bodies.
* Agent (``لاجئ [~REF]``): a generic actor noun with a sector and no country.

Entries are UDPipe lemmas joined with "_" and without the article; they are normalized
(:func:`~conflict_events.normalize.normalize`) and an entry that is not plain Arabic
words, whose form is already in the bundled lexicon, or which repeats a form already
imported is dropped and counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import ConflictEventsError, LexiconError
from ..lexicons import PLOVER_MODES, load_lexicon, rules_from_dicts
from ..normalize import lexical_key, normalize
from ..records import EVENT_TYPES, SECTORS

__all__ = [
    "MAX_SYNSET",
    "PloverCode",
    "ImportResult",
    "read_plover_table",
    "plover_for",
    "parse_verbs",
    "parse_actors",
    "parse_agents",
    "split_actor_code",
    "import_dictionaries",
    "main",
]

#: Largest synonym set expanded inside a verb pattern (bigger ones multiply forms).
MAX_SYNSET = 12

#: CAMEO role (sector) codes; a code that starts with one has no country part.
CAMEO_ROLES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LEG HLH REF ELI AGR LAB HRI DEV ENV "
    "REL UAF IMG INS MOD RAD SEP MNC JRN NGM".split()
)
#: International "country" codes of CAMEO, coded as the gold guide does (country = sector).
_INTERNATIONAL = frozenset({"IGO", "UNO", "NGO"})

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{8})-(\d{8})$")
_AR_WORDS = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$")
_PROCLITIC_WORD = frozenset("بلكوف")
_WEAK_END = ("ا", "ي", "و", "ء")


class PetrarchFormatError(ConflictEventsError, ValueError):
    """A dictionary or table line that cannot be read at all (names file and line)."""


@attrs.frozen
class PloverCode:
    """One row of the CAMEO-to-PLOVER table: ``195: ASSAULT, heavy-weapons, military``."""

    cameo: str
    type: str
    mode: str | None
    context: str | None


@attrs.frozen
class ImportResult:
    """Rules ready for a lexicon file, and what happened to every entry read."""

    rules: tuple[dict[str, Any], ...]
    counts: Counter

    def summary(self) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))


def read_plover_table(path: str | Path) -> dict[str, PloverCode]:
    """The CAMEO-to-PLOVER table: CAMEO code -> :class:`PloverCode`.

    Lines read ``CODE: TYPE, MODE, CONTEXT # comment``; root lines (``18: ASSAULT``) give the
    type of the whole root.
    """
    table: dict[str, PloverCode] = {}
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        etype = parts[0].upper()
        if etype not in EVENT_TYPES:
            raise PetrarchFormatError(f"{path}:{lineno}: {etype!r} is not a PLOVER type")
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = ",".join(parts[2:]).strip(" ,") or None if len(parts) > 2 else None
        table.setdefault(m.group(1), PloverCode(m.group(1), etype, mode, context))
    return table


def plover_for(cameo: str, table: dict[str, PloverCode]) -> PloverCode | None:
    """The table row of ``cameo`` or of its longest prefix the table knows ("1951" -> "195")."""
    for n in range(len(cameo), 1, -1):
        row = table.get(cameo[:n])
        if row is not None:
            return row
    return None


def _form(lemma: str, min_len: int = 3) -> str | None:
    """The normalized lexicon form of a PETRARCH lemma ("وزارة_دفاع_" -> "وزاره دفاع").

    A one-word form shorter than ``min_len`` is refused (two letters alone are mostly
    clitics and particles; verbs allow them: "دكّ" -> "دك").
    """
    words = [w for w in re.split(r"[_+\s]+", lemma) if w]
    merged: list[str] = []
    for w in words:  # "ل حد" -> "لحد": a lone proclitic joins the next word
        if merged and merged[-1] in _PROCLITIC_WORD:
            merged[-1] += w
        else:
            merged.append(w)
    form = " ".join(normalize(w) for w in merged)
    if not _AR_WORDS.match(form) or all(len(w) < 2 for w in form.split()):
        return None
    if len(form.split()) == 1 and len(form) < min_len:
        return None
    return form


def _inflections(lemma_form: str) -> list[str]:
    """Forms of a verb lemma (past 3rd person masculine) spelled with affixes alone."""
    first, _, rest = lemma_form.partition(" ")
    tail = f" {rest}" if rest else ""
    out = [first]
    if not first.endswith(_WEAK_END) and not first.endswith(("ى", "ه")):
        out += [first + "ت", first + "وا"]
        hollow = len(first) == 3 and first[1] in "اوي"
        if not hollow:
            stem = first[1:] if first.startswith("ا") and len(first) >= 4 else first
            out += ["ي" + stem, "ت" + stem, "ي" + stem + "ون"]
    return [w + tail for w in out]


@attrs.frozen
class _Verb:
    lemma: str
    code: str | None
    line: int


@attrs.frozen
class VerbRule:
    """One verb lemma (or verb + object words) with its CAMEO code, as read."""

    lemma: str
    words: tuple[str, ...]  # object words after the verb ("" for a bare verb)
    cameo: str
    source: str
    line: int


def _codes(text: str) -> list[str]:
    return [c.strip() for c in _CODE.findall(text)]


def _read_synsets(lines: Iterable[tuple[int, str]]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for _, raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets.setdefault(current, [])
        elif line.startswith("+") and current is not None:
            synsets[current].append(line[1:].strip())
        elif line.startswith("---"):
            current = None
    return synsets


def parse_verbs(
    text: str, source: str = "<verbs>", synsets: dict[str, list[str]] | None = None,
    counts: Counter | None = None,
) -> list[VerbRule]:
    """Verb rules of a CAMEO verb dictionary (synonym sets, then ``---`` verb blocks)."""
    counts = counts if counts is not None else Counter()
    lines = list(enumerate(text.splitlines(), start=1))
    syn = dict(_read_synsets(lines))
    syn.update(synsets or {})
    out: list[VerbRule] = []
    block_code: str | None = None
    verbs: list[_Verb] = []
    in_block = False
    for lineno, raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("---"):
            codes = _codes(line)
            block_code = codes[0] if codes and codes[0] != "---" else None
            head = line.strip("- ").split("[")[0].strip()
            verbs = [_Verb(head, None, lineno)] if head else []
            in_block = True
            continue
        if not in_block or line.startswith(("&", "+")):
            continue
        if line.startswith("-"):
            counts["verb patterns read"] += 1
            body, _, _ = line[1:].partition("#")
            codes = _codes(body)
            if not codes or not re.match(r"^\d{2,4}$", codes[-1]):
                counts["verb patterns without a CAMEO code"] += 1
                continue
            pattern = _CODE.sub(" ", body).strip()
            before, star, after = pattern.partition("*")
            if not star or before.strip():
                counts["verb patterns needing a parse (words before the verb)"] += 1
                continue
            words = after.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
            tokens = words.split()
            if any(t[0] in "$+^%=" or (t.startswith("&") and t not in syn) for t in tokens):
                counts["verb patterns with markers or unknown synsets"] += 1
                continue
            expanded: list[tuple[str, ...]] = [()]
            too_big = False
            for t in tokens:
                options = syn[t] if t.startswith("&") else [t]
                if len(options) > MAX_SYNSET:
                    too_big = True
                    break
                expanded = [e + (o,) for e in expanded for o in options]
            if too_big or not tokens:
                counts["verb patterns with large synsets"] += 1
                continue
            for v in verbs:
                for e in expanded:
                    out.append(VerbRule(v.lemma, e, codes[-1], source, lineno))
            continue
        # a verb lemma of the current block, perhaps with its own code
        codes = _codes(line)
        lemma = _CODE.sub(" ", line.split("#", 1)[0]).strip()
        if not lemma:
            continue
        code = codes[0] if codes and codes[0] != "---" else None
        verbs.append(_Verb(lemma, code, lineno))
        counts["verb lemmas read"] += 1
        if code or block_code:
            out.append(VerbRule(lemma, (), code or block_code, source, lineno))
        else:
            counts["verb lemmas without a code (patterns only)"] += 1
    return out


@attrs.frozen
class DatedCode:
    """An actor code and the dates it holds for (None: open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def key(self) -> tuple[str, str]:
        """Sort key: the latest date the code is valid at ("99999999" when open-ended)."""
        return (self.end or "99999999", self.start or "00000000")

    def note(self) -> str:
        if self.start is None and self.end is None:
            return self.code
        return f"{self.code} {self.start or ''}-{self.end or ''}"


def _dated(code_text: str) -> DatedCode | None:
    parts = code_text.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip("~")
    if len(parts) == 1:
        return DatedCode(code)
    rng = parts[1].replace(" ", "")
    m = _DATE_RANGE.match(rng)
    if m:
        start, end = m.groups()
        # PETRARCH writes open ends as 18000101 (or any date before the start)
        return DatedCode(code, start, end if end >= start else None)
    if rng.startswith(">"):
        return DatedCode(code, rng[1:], None)
    if rng.startswith("<"):
        return DatedCode(code, None, rng[1:])
    return DatedCode(code)


def split_actor_code(code: str) -> tuple[str | None, str | None] | None:
    """(country, sector) of a CAMEO actor code, or None when it cannot be coded.

    >>> split_actor_code("IRQGOV"), split_actor_code("MIL"), split_actor_code("IGO")
    (('IRQ', 'GOV'), (None, 'MIL'), ('IGO', 'IGO'))
    """
    code = code.strip("~").upper()
    if not re.match(r"^[A-Z]{3,}$", code) or len(code) % 3:
        return None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks[0] in CAMEO_ROLES:
        sector = next((c for c in chunks if c in SECTORS), None)
        return (None, sector) if sector else None
    country = chunks[0]
    sector = next((c for c in chunks[1:] if c in SECTORS), None)
    if country in _INTERNATIONAL:
        return country, sector or country
    return country, sector


@attrs.frozen
class ActorRecord:
    """One actor dictionary entry as read: lemma, its dated codes, where it was."""

    lemma: str
    codes: tuple[DatedCode, ...]
    source: str
    line: int


def parse_actors(text: str, source: str = "<actors>") -> list[ActorRecord]:
    """Actor entries: ``NAME [CODE]`` on one line or ``NAME`` then indented dated codes."""
    out: list[ActorRecord] = []
    name: str | None = None
    name_line = 0
    codes: list[DatedCode] = []

    def flush() -> None:
        if name is not None:
            out.append(ActorRecord(name, tuple(codes), source, name_line))

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("[") and name is not None:  # a dated code of the entry above
            for c in _CODE.findall(stripped):
                d = _dated(c)
                if d:
                    codes.append(d)
            continue
        if stripped.startswith(("+", "&", "<", "{")):
            continue
        flush()
        name, name_line, codes = _CODE.sub(" ", stripped).strip(), lineno, []
        for c in _CODE.findall(stripped):
            d = _dated(c)
            if d:
                codes.append(d)
    flush()
    return out


def parse_agents(text: str, source: str = "<agents>") -> list[ActorRecord]:
    """Agent entries: ``لاجئ [~REF]`` (generic nouns coded with a sector)."""
    out = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        codes = _CODE.findall(line)
        if not line or not codes:
            continue
        name = _CODE.sub(" ", line).strip()
        out.append(ActorRecord(name, tuple(DatedCode(c.split()[0].strip("~")) for c in codes if c.split()), source, lineno))
    return out


def _kind_of(text: str) -> str:
    if "####### VERB PATTERNS" in text or re.search(r"(?m)^--- .+ ---\s*$", text):
        return "verbs"
    if re.search(r"(?m)\[~\w+|\[\w+~\]", text):
        return "agents"
    if re.search(r"(?m)^\+", text) and not re.search(r"(?m)\[[A-Z]{3}", text):
        return "synsets"
    return "actors"


def _rule_id(prefix: str, form: str, code: str) -> str:
    return f"petrarch.{prefix}.{code}.{form.replace(' ', '_')}"


def import_dictionaries(
    paths: Sequence[str | Path], plover_table: str | Path, *, skip_builtin: bool = True
) -> ImportResult:
    """Lexicon rules from PETRARCH dictionaries; see the module docstring for the mapping."""
    table = read_plover_table(plover_table)
    counts: Counter = Counter()
    texts = []
    synsets: dict[str, list[str]] = {}
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise PetrarchFormatError(f"{p}: not UTF-8 ({exc.reason})") from None
        kind = _kind_of(text)
        if kind == "synsets":
            synsets.update(_read_synsets(enumerate(text.splitlines(), start=1)))
        texts.append((kind, str(p), text))

    taken: dict[str, set[str]] = {"triggers": set(), "actors": set()}
    if skip_builtin:
        for name, entry in load_lexicon().entries():
            if name in taken:
                taken[name].update(" ".join(lexical_key(w) for w in f.split()) for f in entry.forms)

    rules: list[dict[str, Any]] = []
    for kind, source, text in texts:
        name = Path(source).name
        if kind == "verbs":
            for vr in parse_verbs(text, name, synsets, counts):
                rule = _verb_rule(vr, table, counts)
                if rule is not None:
                    _keep(rule, taken["triggers"], rules, counts, "verb")
        elif kind in ("actors", "agents"):
            records = parse_actors(text, name) if kind == "actors" else parse_agents(text, name)
            for rec in records:
                counts[f"{kind} read"] += 1
                rule = _actor_rule(rec, kind, counts)
                if rule is not None:
                    _keep(rule, taken["actors"], rules, counts, kind)
    return ImportResult(tuple(rules), counts)


def _keep(rule: dict[str, Any], taken: set[str], rules: list[dict[str, Any]], counts: Counter, what: str) -> None:
    """Add ``rule`` with the forms nobody has yet; count what was dropped."""
    fresh = []
    for f in rule["forms"]:
        key = " ".join(lexical_key(w) for w in f.split())
        if key not in taken:
            taken.add(key)
            fresh.append(f)
    if not fresh:
        counts[f"{what}: form already known (bundled or imported)"] += 1
        return
    rule["forms"] = fresh
    try:
        rules_from_dicts([rule], source="<petrarch>")
    except LexiconError as exc:  # pragma: no cover - the importer builds valid rules
        counts[f"{what}: invalid ({exc})"] += 1
        return
    counts[f"{what}: usable rules"] += 1
    rules.append(rule)


def _verb_rule(vr: VerbRule, table: dict[str, PloverCode], counts: Counter) -> dict[str, Any] | None:
    row = plover_for(vr.cameo, table)
    if row is None:
        counts["verb: CAMEO code without a PLOVER type"] += 1
        return None
    verb = _form(vr.lemma, min_len=2)
    obj = _form(" ".join(vr.words)) if vr.words else ""
    if verb is None or obj is None:
        counts["verb: not plain Arabic words"] += 1
        return None
    forms = [f"{v} {obj}".strip() for v in _inflections(verb)]
    mode = row.mode if row.mode in PLOVER_MODES.get(row.type, frozenset()) else None
    if row.mode and mode is None:
        counts["verb: PLOVER mode outside the lexicon's modes (dropped)"] += 1
    cameo = vr.cameo if re.match(r"^\d{2,4}$", vr.cameo) else None
    label = verb + (f" {obj}" if obj else "")
    return {
        "lexicon": "triggers",
        "id": _rule_id("verb", label, vr.cameo),
        "forms": list(dict.fromkeys(forms)),
        "type": row.type,
        "mode": mode,
        "cameo": cameo,
        "pos": "verb",
        "voice": "active",
        "note": f"{vr.source}:{vr.line} {vr.lemma} {' '.join(vr.words)} [{vr.cameo}] -> "
        f"{row.type} {row.mode or ''}".strip(),
    }


def _nisba_variants(form: str) -> list[str]:
    """The lemma and, for a phrase ending in a nisba, its feminine ("دفاع اميركي" -> "...يه")."""
    words = form.split()
    out = [form]
    if len(words) >= 2 and words[-1].endswith("ي") and len(words[-1]) >= 4:
        out.append(" ".join(words[:-1] + [words[-1] + "ه"]))
    return out


def _actor_rule(rec: ActorRecord, kind: str, counts: Counter) -> dict[str, Any] | None:
    if not rec.codes:
        counts[f"{kind}: no code"] += 1
        return None
    best = max(rec.codes, key=DatedCode.key)
    coded = split_actor_code(best.code)
    if coded is None or coded == (None, None) or (coded[0] and not re.match(r"^[A-Z]{3}$", coded[0])) \
            or coded[0] == "000":
        counts[f"{kind}: code outside the gold guide's countries and sectors"] += 1
        return None
    country, sector = coded
    form = _form(rec.lemma)
    if form is None:
        counts[f"{kind}: not plain Arabic words"] += 1
        return None
    if kind == "agents":
        actor_kind = "generic"
    elif country is None:
        actor_kind = "generic"
    elif sector is None:
        actor_kind = "nisba" if " " not in form and form.endswith("ي") else "country"
    elif len(rec.codes) > 1 or best.start or best.end:
        actor_kind = "person"
    else:
        actor_kind = "org"
    dated = "; ".join(c.note() for c in rec.codes)
    return {
        "lexicon": "actors",
        "id": _rule_id("actor" if kind == "actors" else "agent", form, best.code),
        "forms": _nisba_variants(form),
        "kind": actor_kind,
        "name": rec.lemma.strip("_").replace("_", " "),
        "country": country,
        "sector": sector,
        "note": f"{rec.source}:{rec.line} codes: {dated}; coded as valid at the latest date",
    }


def write_rules(rules: Iterable[dict[str, Any]], out: Any) -> int:
    """Write rules as JSONL; returns how many."""
    n = 0
    for r in rules:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m conflict_events.importers.petrarch",
        description="Turn PETRARCH / TABARI dictionaries into a conflict_events lexicon file.",
    )
    p.add_argument("dicts", nargs="+", metavar="DICT", help="verb, actor, agent or synset dictionaries")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl")
    p.add_argument("--plover", required=True, metavar="TABLE",
                   help="the CAMEO-to-PLOVER table (CAMEO2PLOVER-2021.txt)")
    p.add_argument("--keep-builtin-duplicates", action="store_true",
                   help="also keep forms the bundled lexicon already has")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the importer; prints the counts to standard error. Exit 2 on bad input."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    try:
        for p in [*args.dicts, args.plover]:
            if not Path(p).is_file():
                raise PetrarchFormatError(f"cannot read {p}: no such file")
        result = import_dictionaries(args.dicts, args.plover, skip_builtin=not args.keep_builtin_duplicates)
        with open(args.output, "w", encoding="utf-8") as out:
            n = write_rules(result.rules, out)
    except (ConflictEventsError, OSError) as exc:
        sys.stderr.write(f"petrarch: error: {' '.join(str(exc).split())}\n")
        return 2
    for k, v in sorted(result.counts.items()):
        sys.stderr.write(f"{v:7d}  {k}\n")
    sys.stderr.write(f"{n:7d}  rules written to {args.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
