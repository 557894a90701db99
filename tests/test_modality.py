"""ConText-style cue scopes on token positions."""

import attrs
import pytest

from conflict_events.modality import FUTURE_RULE, modality_for


@attrs.frozen
class Entry:
    id: str
    modality: str
    direction: str = "forward"
    scope: int = 5


@attrs.frozen
class Cue:
    start: int
    end: int
    entry: Entry


NEG = Entry("neg", "negated", scope=3)
REQ = Entry("req", "requested", scope=10)
POSS_BACK = Entry("poss", "possible", direction="backward", scope=4)
STOP = Entry("stop", "asserted", direction="terminate", scope=0)


@pytest.mark.parametrize(
    "cues, future, trigger, expected",
    [
        ([], [], (5, 6), ("asserted", None)),
        ([Cue(2, 3, NEG)], [], (5, 6), ("negated", "neg")),  # within scope
        ([Cue(0, 1, NEG)], [], (5, 6), ("asserted", None)),  # out of scope
        ([Cue(6, 7, NEG)], [], (5, 6), ("asserted", None)),  # forward cue after the trigger
        ([Cue(7, 8, POSS_BACK)], [], (5, 6), ("possible", "poss")),  # backward cue
        ([Cue(0, 1, REQ), Cue(2, 3, STOP)], [], (5, 6), ("asserted", None)),  # terminated
        ([Cue(0, 1, REQ), Cue(3, 4, NEG)], [], (5, 6), ("negated", "neg")),  # negation wins
        ([], [4], (5, 6), ("planned", FUTURE_RULE)),  # future prefix
        ([Cue(0, 1, NEG)], [], (20, 21), ("asserted", None)),
    ],
)
def test_modality_cue_scopes(cues, future, trigger, expected):
    m, rule = modality_for(trigger[0], trigger[1], cues, future, sentence_start=0, sentence_end=30)
    assert (m.value, rule) == expected
