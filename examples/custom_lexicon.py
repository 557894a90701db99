# %% [markdown]
# # Add a custom lexicon for a local armed group
#
# The bundled lexicons do not know every local group. A user lexicon is a JSONL file named
# after the lexicon it extends (`actors.jsonl`, `triggers.jsonl`, `places.jsonl`, ...), one
# entry a line with a stable id, its normalized forms, its codes and one example. It is layered
# on the bundled lexicons; a duplicate id or a bad line raises `LexiconError` naming the file
# and line. (The group here is made up for the example.)

# %%
import json
import os
import tempfile
from pathlib import Path

import spacy

import conflict_events as ce
from conflict_events.normalize import normalize

OUT = Path(os.environ.get("CE_EXAMPLES_OUT") or tempfile.mkdtemp())
TEXT = "هاجمت جبهة النجم الساطع حاجزا للجيش قرب مدينة حماة فجر اليوم."

# %% before: the group is not coded
before = ce.Extractor().extract(TEXT, article_date="2021-06-01")
print([(a.text, a.code) for e in before for a in e.actors])

# %% the entry: forms are written normalized (ة -> ه, أ -> ا ...), without the article
entry = {
    "id": "user.group.bright-star-front",
    "forms": [normalize("جبهة النجم الساطع")],
    "kind": "group",
    "name": "Bright Star Front",
    "country": "SYR",
    "sector": "REB",
    "example": "هاجمت جبهة النجم الساطع حاجزا للجيش قرب حماة",
}
print(entry["forms"])
lexicon = OUT / "actors.jsonl"
lexicon.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")

# %% after: the group is an actor coded SYR REB; the event records the rule id
ex = ce.Extractor(lexicons=[lexicon])
[event] = ex.extract(TEXT, article_date="2021-06-01")
print(event.type, [(a.text, a.name, a.code) for a in event.actors], event.rules)
assert [a.code for a in event.actors] == ["SYR REB"]

# %% the same in a spaCy pipeline, saved with the lexicon inside
nlp = spacy.blank("ar")
nlp.add_pipe("conflict_events", config={"lexicons": [str(lexicon)]})
nlp.to_disk(OUT / "pipeline")
loaded = spacy.load(OUT / "pipeline")
doc = loaded(TEXT)
print([(a.text, a.code) for a in doc._.events[0].actors])
assert [a.code for a in doc._.events[0].actors] == ["SYR REB"]
