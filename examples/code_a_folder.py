# %% [markdown]
# # Code a folder of articles into a table, and plot it
#
# Each file of `examples/articles/` is one Arabic news article; its name starts with the
# publication date (`2021-03-16_idlib.txt`), which resolves relative dates ("أمس الاثنين").
# The result is a pandas DataFrame with one row per event (ACLED-like columns), then two
# figures. Needs the extras "corpus" and "plot" (pandas, matplotlib).

# %%
import os
import tempfile
from pathlib import Path

import conflict_events as ce
from conflict_events import plot

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples")
ARTICLES = HERE / "articles"
OUT = Path(os.environ.get("CE_EXAMPLES_OUT") or tempfile.mkdtemp())

# %% one document per file: (id, text, article date)
docs = [
    (path.stem, path.read_text(encoding="utf-8"), path.name[:10])
    for path in sorted(ARTICLES.glob("*.txt"))
]
print(len(docs), "articles")

# %% code them (build the Extractor once; n_process=2 spreads big folders over two cores)
ex = ce.Extractor()
frame = ce.to_frame(ex.pipe(docs))
print(frame[["source_id", "event_date", "type", "mode", "actor1", "actor1_country",
             "location", "country", "fatalities"]].to_string())

# %% events per type and country
print(frame.groupby(["type", "country"], dropna=False).size())

# %% figures: over time (per week, stacked by type) and by type (stacked by country)
fig = plot.timeline(frame, freq="W")
fig.savefig(OUT / "timeline.png")
fig = plot.by_type(frame, by="country")
fig.savefig(OUT / "by_type.png")

# %% keep the table (Parquet needs pyarrow; CSV always works)
frame.to_csv(OUT / "events.csv", index=False)
print("written to", OUT)
assert len(frame) > 0 and (OUT / "timeline.png").stat().st_size > 0
