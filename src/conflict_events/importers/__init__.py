"""Importers of other projects' dictionaries into conflict_events lexicon files.

In: third-party dictionary files (paths given at run time; none is shipped). Out: lexicon
rules (dicts in the lexicon JSONL format) for ``Extractor(lexicons=[...])``.

* :mod:`.petrarch`: PETRARCH / TABARI verb, actor and agent dictionaries, with CAMEO codes
  mapped to PLOVER by the CAMEO-to-PLOVER table::

      python -m conflict_events.importers.petrarch CAMEO.ar.0.5.txt actor_dict_ar_v4.txt \\
          --plover CAMEO2PLOVER-2021.txt -o petrarch.jsonl

The submodules are imported on demand (``from conflict_events.importers import petrarch``),
so that ``python -m`` runs them without importing them twice.
"""

__all__ = ["petrarch"]
