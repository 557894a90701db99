"""conflict_events: coded conflict events (PLOVER, CAMEO, ACLED) from Arabic news text.

    >>> import conflict_events as ce
    >>> ex = ce.Extractor()
    >>> events = ex.extract("قصفت طائرات حربية روسية مدينة حلب أمس", article_date="2016-08-30")
    >>> events[0].type, events[0].date.start.isoformat()
    ('ASSAULT', '2016-08-29')
"""

from .corpus import DocResult, Document, dedupe, run_corpus
from .errors import ArticleDateError, ConflictEventsError, GoldFormatError, LexiconError
from .export import to_frame
from .lexicons import Lexicon, load_lexicon
from .pipeline import Extractor, extract, find_dates
from .render import Result, render
from . import plot, testing  # noqa: E402  (submodules as attributes: ce.plot.timeline)
from .records import (
    EVENT_TYPES,
    Actor,
    Event,
    Mention,
    Modality,
    Place,
    TimeExpression,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Extractor",
    "extract",
    "find_dates",
    "render",
    "Result",
    "plot",
    "testing",
    "Event",
    "Actor",
    "Place",
    "Mention",
    "TimeExpression",
    "Modality",
    "EVENT_TYPES",
    "Lexicon",
    "load_lexicon",
    "ConflictEventsError",
    "LexiconError",
    "ArticleDateError",
    "GoldFormatError",
    "to_frame",
    "dedupe",
    "run_corpus",
    "Document",
    "DocResult",
]
