"""Growth of extraction time from 1x to 10x input on pathological texts.

In: nothing (the texts are generated). Out: a table on standard output: per case, the size
in characters and the seconds at each multiple of the base size, the ratio t(kx) / t(1x)
and the exponent log(ratio) / log(k) (1 is linear, 2 quadratic), and the peak memory
(resident set) of the process after the largest run.

Cases (base sizes as in the robustness issue; ``--scale 0.1`` divides them by ten):

* a 5 MB document of ordinary news sentences ("قصفت طائرات حربية مدينة حلب أمس ...");
* 100,000 repeated "،" with no space;
* one sentence of 5,000 words without punctuation;
* 10,000 trigger words in a row ("قصف غارة اشتباكات اعتقال ...");
* deep nesting of brackets and quotes ("(«[" * n ... "]»)" * n).

A run whose predicted time exceeds ``--budget`` seconds is not made: the table then shows
the largest multiple measured and the exponent from it.

    .venv/bin/python benchmarks/bench_growth.py [--scale 0.1] [--budget 120] [--case NAME]
"""

from __future__ import annotations

import argparse
import math
import resource
import time

import conflict_events as ce

SENTENCE = "قصفت طائرات حربية روسية مدينة حلب أمس، وقتل 5 مدنيين في غارات على حي سكني. "
WORDS = ["الطائرات", "قصفت", "حلب", "مدنيين", "أمس", "الجيش", "في", "قرب", "مدينة", "الحدود"]
TRIGGERS = ["قصف", "غارة", "اشتباكات", "اعتقال", "هجوم"]


def document(n: int) -> str:  # n characters of news sentences
    return (SENTENCE * (n // len(SENTENCE) + 1))[:n]


def commas(n: int) -> str:
    return "،" * n


def long_sentence(n: int) -> str:  # n words
    return " ".join(WORDS[i % len(WORDS)] for i in range(n))


def triggers(n: int) -> str:  # n trigger words
    return " ".join(TRIGGERS[i % len(TRIGGERS)] for i in range(n))


def nesting(n: int) -> str:  # n levels of ( « [
    return "(«[" * (n // 3) + "قصفت الطائرات حلب" + "]»)" * (n // 3)


CASES = {
    "5MB document": (document, 5_000_000),
    "100,000 '،'": (commas, 100_000),
    "5,000 words, no punctuation": (long_sentence, 5_000),
    "10,000 triggers in a row": (triggers, 10_000),
    "nested brackets and quotes": (nesting, 30_000),
}
MULTIPLES = (1, 2, 5, 10)


def measure(ex: ce.Extractor, text: str) -> tuple[float, int]:
    """Seconds to extract ``text`` and the process's peak resident memory after it (bytes)."""
    t0 = time.perf_counter()
    ex.extract(text, article_date="2016-08-30")
    seconds = time.perf_counter() - t0
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds allowed for one run")
    ap.add_argument("--case", action="append", help="run only these cases (repeatable)")
    args = ap.parse_args()
    ex = ce.Extractor()
    ex.extract(SENTENCE, article_date="2016-08-30")  # warm up
    print(f"{'case':30s} {'1x chars':>10s} " + " ".join(f"{f't({k}x) s':>10s}" for k in MULTIPLES)
          + f" {'ratio':>8s} {'exponent':>8s} {'peak MB':>8s}", flush=True)
    for name, (make, base) in CASES.items():
        if args.case and name not in args.case:
            continue
        base = max(1, int(base * args.scale))
        times: dict[int, float] = {}
        peak = 0
        for k in MULTIPLES:
            if times:
                last_k = max(times)
                exp = max(1.0, math.log(max(times[last_k], 1e-6) / max(times[1], 1e-6)) / math.log(last_k)) \
                    if last_k > 1 else 2.0
                if times[last_k] * (k / last_k) ** exp > args.budget:
                    break
            seconds, peak = measure(ex, make(base * k))
            times[k] = seconds
        top = max(times)
        ratio = times[top] / times[1] if times[1] > 0 else float("nan")
        exponent = math.log(ratio) / math.log(top) if top > 1 and ratio > 0 else float("nan")
        cells = " ".join(f"{times[k]:10.3f}" if k in times else f"{'-':>10s}" for k in MULTIPLES)
        print(f"{name:30s} {len(make(base)):10d} {cells} {ratio:8.1f} {exponent:8.2f} "
              f"{peak / 1e6:8.1f}  (ratio t({top}x)/t(1x))", flush=True)


if __name__ == "__main__":
    main()
