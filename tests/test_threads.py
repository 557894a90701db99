"""Thread safety: one Extractor used from several threads gives the events of serial use.

The texts are the seed gold sentences (when ../shared/data is present) and sentences written
for these tests; each is extracted serially first, then by 4 threads in a shuffled order, many
times over, and every result must equal the serial one.
"""

from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import conflict_events as ce

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

OWN = [
    ("قصفت طائرات حربية روسية مدينة حلب أمس، وقتل 5 مدنيين", "2016-08-30"),
    ("اعتقلت الشرطة العراقية عشرة متظاهرين في بغداد يوم الجمعة الماضي", "2019-10-06"),
    ("دعا وزير الخارجية التركي إلى هدنة في إدلب منتصف الشهر المقبل", "2020-02-10"),
    ("انسحبت القوات الأمريكية من قاعدة في شمال سوريا قبل ثلاثة أيام", "2019-10-20"),
    ("نفى الجيش قيامه بقصف المستشفى في مدينة تعز", "2017-05-01"),
    ("تظاهر آلاف السودانيين في الخرطوم للمطالبة بحكم مدني", None),
]


def _texts():
    texts = list(OWN)
    seed = SHARED / "seed.jsonl"
    if seed.is_file():
        for line in seed.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts.append((d["text"], d.get("article_date")))
    return texts


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


def _run(ex, item):
    text, date = item
    return [e.to_dict() for e in ex.extract(text, article_date=date)], [
        t.to_dict() for t in ex.find_dates(text, article_date=date)
    ]


@pytest.mark.parametrize("workers, rounds", [(4, 8), (2, 4)])
def test_threads_shared_extractor_matches_serial(ex, workers, rounds):
    texts = _texts()
    serial = [_run(ex, t) for t in texts]
    assert any(events for events, _ in serial), "the texts have events"
    order = [i for _ in range(rounds) for i in range(len(texts))]
    random.Random(7).shuffle(order)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda i: (i, _run(ex, texts[i])), order))
    for i, got in results:
        assert got == serial[i], texts[i][0]


def test_threads_fresh_words_from_threads_match_serial():
    # words never seen before go through the token cache and the string store concurrently
    ex = ce.Extractor()
    texts = [(f"قصفت الطائرات قرية {'ب' * (k % 5 + 2)}ل{'ت' * (k % 3 + 1)}ي{k} أمس", "2016-08-30")
             for k in range(200)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: _run(ex, t), texts))
    other = ce.Extractor()
    serial = [_run(other, t) for t in texts]
    assert threaded == serial
