"""Tests of the figures (conflict_events.plot) on hand-made frames with to_frame's columns."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

from conflict_events import plot  # noqa: E402


def _frame(rows):
    columns = ["event_date", "type", "country", "modality", "fatalities"]
    return pd.DataFrame.from_records(rows, columns=columns)


FRAME = _frame([
    ("2016-08-29", "ASSAULT", "SYR", "asserted", 3),
    ("2016-08-30", "ASSAULT", "SYR", "asserted", None),
    ("2016-09-02", "CONSULT", "CHE", "asserted", None),
    (None, "ASSAULT", None, "planned", None),
    ("2016-10-11", "AID", "SYR", "planned", None),
    ("2016-10-12", "ASSAULT", "YEM", "asserted", 12),
])


@pytest.mark.parametrize(
    ("freq", "by", "periods", "totals"),
    [
        ("M", "type", 3, {"ASSAULT": 3, "CONSULT": 1, "AID": 1}),
        ("W", "type", 7, {"ASSAULT": 3, "CONSULT": 1, "AID": 1}),
        ("D", None, 45, {"events": 5}),
        ("Y", "country", 1, {"SYR": 3, "CHE": 1, "YEM": 1}),
        ("Q", "modality", 2, {"asserted": 4, "planned": 1}),
    ],
)
def test_plot_timeline_counts_dated_events(freq, by, periods, totals):
    fig = plot.timeline(FRAME, freq=freq, by=by)
    [ax] = fig.axes
    assert {c.get_label(): int(sum(p.get_height() for p in c)) for c in ax.containers} == totals
    assert {len(c) for c in ax.containers} == {periods}
    assert "(5 of 6 events dated)" in ax.get_title()


def test_plot_timeline_groups_rare_values_as_other():
    fig = plot.timeline(FRAME, by="country", top=1)
    labels = [c.get_label() for c in fig.axes[0].containers]
    assert labels == ["SYR", "other"]


def test_plot_timeline_colours_types_consistently():
    fig = plot.timeline(FRAME, by="type")
    for c in fig.axes[0].containers:
        rgba = c.patches[0].get_facecolor()
        want = plot.TYPE_COLORS[c.get_label()]
        assert "#%02x%02x%02x" % tuple(round(v * 255) for v in rgba[:3]) == want


@pytest.mark.parametrize(
    ("by", "totals"),
    [
        ("country", {"SYR": 3, "CHE": 1, "YEM": 1, "unknown": 1}),
        ("modality", {"asserted": 4, "planned": 2}),
        (None, {"events": 6}),
    ],
)
def test_plot_by_type_counts_every_event(by, totals):
    fig = plot.by_type(FRAME, by=by)
    [ax] = fig.axes
    assert {c.get_label(): int(sum(p.get_width() for p in c)) for c in ax.containers} == totals
    # PLOVER order from top to bottom: AID before ASSAULT, CONSULT first
    assert [t.get_text() for t in ax.get_yticklabels()] == ["ASSAULT", "AID", "CONSULT"]


def test_plot_draws_into_given_axes():
    from matplotlib.figure import Figure

    fig = Figure()
    left, right = fig.subplots(1, 2)
    assert plot.timeline(FRAME, ax=left) is fig
    assert plot.by_type(FRAME, ax=right) is fig
    assert left.containers and right.containers


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: plot.timeline(FRAME, freq="H"), ValueError),
        (lambda: plot.timeline(FRAME.drop(columns=["event_date"])), KeyError),
        (lambda: plot.by_type(FRAME, by="actor1_country"), KeyError),
    ],
    ids=["bad-freq", "no-event_date", "no-column"],
)
def test_plot_rejects_bad_input(call, error):
    with pytest.raises(error):
        call()


def test_plot_empty_frame_gives_empty_figures(tmp_path):
    empty = FRAME.iloc[0:0]
    for fig in (plot.timeline(empty), plot.by_type(empty)):
        fig.savefig(tmp_path / "empty.png")
    assert (tmp_path / "empty.png").stat().st_size > 0


def test_plot_accepts_to_frame_output():
    import conflict_events as ce

    frame = ce.to_frame(ce.extract("قصفت طائرات حربية روسية المسلحين في مدينة حلب أمس",
                                   article_date="2016-08-30"))
    fig = plot.timeline(frame, freq="D")
    assert "(1 of 1 events dated)" in fig.axes[0].get_title()
