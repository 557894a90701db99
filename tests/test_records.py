"""Records: immutability, JSON-ready dicts, ACLED time precision."""

import datetime as dt
import json

import attrs
import pytest

from conflict_events.records import Actor, Event, Mention, Modality, Place, TimeExpression


def _event(**kw):
    return Event(type="ASSAULT", trigger=Mention("قصف", 0, 3), **kw)


def test_records_are_frozen():
    e = _event()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.type = "AID"
    assert attrs.evolve(e, mode="aerial").mode == "aerial"


def test_records_event_type_is_validated():
    with pytest.raises(ValueError):
        Event(type="ATTACK", trigger=Mention("x", 0, 1))


def test_records_event_to_dict_is_json_ready():
    e = _event(
        actors=[Actor("روسيا", 5, 10, name="Russia", country="RUS", sector="GOV")],
        place=Place("حلب", 12, 15, name="Aleppo", country="SYR", lat=36.2, lon=37.16),
        date=TimeExpression("أمس", 16, 19, start=dt.date(2016, 8, 29), end=dt.date(2016, 8, 29)),
        acled=["Explosions/Remote violence", "Air/drone strike"],
        modality="possible",
    )
    d = json.loads(json.dumps(e.to_dict(), ensure_ascii=False))
    assert d["codes"]["acled"] == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    assert d["actors"][0]["span"] == [5, 10] and d["actors"][0]["country"] == "RUS"
    assert d["date"]["start"] == "2016-08-29" and d["date"]["time_precision"] == 1
    assert d["modality"] == "possible" and e.modality is Modality.POSSIBLE
    assert isinstance(e.actors, tuple)


@pytest.mark.parametrize(
    "start, end, precision",
    [((2016, 8, 29), (2016, 8, 29), 1), ((2016, 8, 22), (2016, 8, 28), 2), ((2016, 9, 1), (2016, 9, 30), 3)],
)
def test_records_time_precision(start, end, precision):
    t = TimeExpression("x", 0, 1, start=dt.date(*start), end=dt.date(*end))
    assert t.time_precision == precision


def test_records_unresolved_time_has_no_precision():
    assert TimeExpression("أمس", 0, 3).time_precision is None


def test_records_actor_code():
    assert Actor("x", 0, 1, country=None, sector="REB").code == "--- REB"
