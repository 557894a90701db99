"""Tests of the PETRARCH dictionary importer (conflict_events.importers.petrarch).

Small dictionaries in PETRARCH's formats are written here with our own entries; the real
UD-PETRARCH Arabic dictionaries and the CAMEO-to-PLOVER table are read from
../shared/reference when present (they are third-party data, not part of the repository).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import conflict_events as ce
from conflict_events.importers import petrarch

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
UD = REFERENCE / "ud-petrarch-arabic"
TABLE = REFERENCE / "plover" / "CAMEO2PLOVER-2021.txt"

OWN_TABLE = """# a few rows in the format of the CAMEO-to-PLOVER table
17: COERCE
173: COERCE, arrest, legal            # Arrest, detain
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
195: ASSAULT, heavy-weapons, military # Employ aerial weapons
186: ASSAULT, assassinate,    # Assassinate
"""

OWN_VERBS = """####### SYNONYM SETS #######
&AIRCRAFT
+مروحية_
+طائرة_

####### VERB PATTERNS #######
--- دكّ [190] ---
دكّ
كبّل                  [173]     # handcuff
- * &AIRCRAFT   [195]  # دك
- &MILITARY * موقع [190] # needs a parse
--- اغتال [---] ---
سمّم                  [186]
سرق
"""

OWN_ACTORS = """نوري_المالكي_
\t[IRQGOV 20101221-20140908]
\t[IRQELI 20140908-20161010]
قوة_خاص_
\t[MIL 20090331-18000101]
جامعة_عربي_  [IGO]
حرس_حدود_أردني_  [JORCOP]
رجل_مجهول_  [000]
"""

OWN_AGENTS = """# agents
حطاب [~CVL]
مربي_نحل [~AGR]
"""


@pytest.fixture
def own_files(tmp_path):
    paths = {}
    for name, text in [("table.txt", OWN_TABLE), ("verbs.txt", OWN_VERBS),
                       ("actors.txt", OWN_ACTORS), ("agents.txt", OWN_AGENTS)]:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths[name] = p
    return paths


@pytest.mark.parametrize(
    "cameo, expected",
    [("173", ("COERCE", "arrest")), ("1731", ("COERCE", "arrest")), ("195", ("ASSAULT", "heavy-weapons")),
     ("19", ("ASSAULT", None)), ("010", None)],
)
def test_importers_plover_table_maps_the_longest_known_prefix(own_files, cameo, expected):
    table = petrarch.read_plover_table(own_files["table.txt"])
    row = petrarch.plover_for(cameo, table)
    assert (row.type, row.mode) == expected if expected else row is None


@pytest.mark.parametrize(
    "code, expected",
    [("IRQGOV", ("IRQ", "GOV")), ("MIL", (None, "MIL")), ("IGO", ("IGO", "IGO")),
     ("PSECVLELI", ("PSE", "CVL")), ("LBNGOVELI", ("LBN", "GOV")), ("SYR", ("SYR", None)),
     ("~REF", (None, "REF")), ("AGR", None), ("IRQG", None)],
)
def test_importers_actor_codes_split_into_country_and_sector(code, expected):
    assert petrarch.split_actor_code(code) == expected


def _rules(own_files, *names):
    result = petrarch.import_dictionaries([own_files[n] for n in names], own_files["table.txt"])
    return {r["id"]: r for r in result.rules}, result.counts


def test_importers_verb_blocks_become_inflected_triggers(own_files):
    rules, counts = _rules(own_files, "verbs.txt")
    dakk = rules["petrarch.verb.190.دك"]
    assert dakk["type"] == "ASSAULT" and dakk["cameo"] == "190" and dakk["pos"] == "verb"
    assert {"دك", "دكت", "دكوا", "يدك", "تدك", "يدكون"} <= set(dakk["forms"])
    cuff = rules["petrarch.verb.173.كبل"]
    assert (cuff["type"], cuff["mode"]) == ("COERCE", "arrest")
    assert "كبلت" in cuff["forms"] and "يكبل" in cuff["forms"]
    # a pattern after the verb with a synonym set: one rule per member
    assert rules["petrarch.verb.195.دك_مروحيه"]["forms"][0] == "دك مروحيه"
    assert rules["petrarch.verb.195.دك_طايره"]["mode"] == "heavy-weapons"
    # the table's "assassinate" is not a mode of the lexicon: kept as a type without mode
    assert rules["petrarch.verb.186.سمم"]["mode"] is None
    assert counts["verb patterns needing a parse (words before the verb)"] == 1
    assert counts["verb lemmas without a code (patterns only)"] == 1  # سرق


def test_importers_actor_takes_the_code_valid_at_the_latest_date(own_files):
    rules, counts = _rules(own_files, "actors.txt", "agents.txt")
    maliki = rules["petrarch.actor.IRQELI.نوري_المالكي"]
    assert (maliki["country"], maliki["sector"], maliki["kind"]) == ("IRQ", "ELI", "person")
    assert "IRQGOV 20101221-20140908" in maliki["note"] and "IRQELI 20140908-20161010" in maliki["note"]
    league = rules["petrarch.actor.IGO.جامعه_عربي"]
    assert (league["country"], league["sector"], league["kind"]) == ("IGO", "IGO", "org")
    border = rules["petrarch.actor.JORCOP.حرس_حدود_اردني"]
    assert border["forms"] == ["حرس حدود اردني", "حرس حدود اردنيه"]  # the nisba's feminine too
    assert (border["country"], border["sector"], border["kind"]) == ("JOR", "COP", "org")
    settler = rules["petrarch.agent.CVL.حطاب"]
    assert (settler["country"], settler["sector"], settler["kind"]) == (None, "CVL", "generic")
    assert counts["actors: code outside the gold guide's countries and sectors"] == 1  # [000]
    assert counts["agents: code outside the gold guide's countries and sectors"] == 1  # AGR


def test_importers_output_is_a_lexicon_the_extractor_accepts(own_files, tmp_path):
    out = tmp_path / "petrarch.jsonl"
    code = petrarch.main([str(own_files[n]) for n in ("verbs.txt", "actors.txt", "agents.txt")]
                         + ["--plover", str(own_files["table.txt"]), "-o", str(out)])
    assert code == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(x["lexicon"] in ("triggers", "actors") for x in lines)
    ex = ce.Extractor(lexicons=[out])
    events = ex.extract("دكت مروحية حربية مواقع المسلحين في مدينة حلب أمس", article_date="2016-08-30")
    assert [(e.type, e.cameo) for e in events] == [("ASSAULT", "195")]


@pytest.mark.parametrize("argv", [["/nonexistent/dict.txt", "--plover", "{table}", "-o", "{out}"],
                                  ["{verbs}", "--plover", "/nonexistent/table.txt", "-o", "{out}"]])
def test_importers_missing_file_is_one_line_and_exit_2(own_files, tmp_path, capsys, argv):
    argv = [a.format(table=own_files["table.txt"], verbs=own_files["verbs.txt"], out=tmp_path / "o.jsonl")
            for a in argv]
    assert petrarch.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


@pytest.mark.slow
@pytest.mark.skipif(not (UD.is_dir() and TABLE.is_file()), reason="../shared/reference is absent")
def test_importers_ud_petrarch_arabic_dictionaries(tmp_path):
    paths = [UD / n for n in ("CAMEO.ar.0.5.txt", "actor_dict_ar_v4.txt", "agents.all.ar_v3.txt",
                              "synsets.ar.txt")]
    result = petrarch.import_dictionaries(paths, TABLE)
    counts = result.counts
    assert counts["actors read"] > 5000 and counts["agents read"] > 1500
    assert counts["actors: usable rules"] > 3000
    assert counts["agents: usable rules"] > 1000
    assert counts["verb: usable rules"] > 10000
    ids = [r["id"] for r in result.rules]
    assert len(ids) == len(set(ids))
    by_id = {r["id"]: r for r in result.rules}
    # (a person with dated roles takes the latest; one the package already knows is left out)
    amiri = next(r for r in result.rules if r["forms"][0] == "هادي العامري")
    assert (amiri["country"], amiri["sector"]) == ("IRQ", "ELI") and "IRQGOV 20101221" in amiri["note"]
    assert not any(r["forms"][0] == "نوري المالكي" for r in result.rules)
    assert all(r["type"] in ce.EVENT_TYPES for r in by_id.values() if r["lexicon"] == "triggers")
    out = tmp_path / "ud.jsonl"
    with out.open("w", encoding="utf-8") as f:
        petrarch.write_rules(result.rules, f)
    lex = ce.load_lexicon([out])
    assert lex.sizes()["actors"] >= counts["actors: usable rules"] + counts["agents: usable rules"]
