"""ConText-style modality: which cue governs a trigger.

In: the tokens of a sentence (their lexical keys and normalized text), the modality cue
matches (each with a modality, a direction and a scope in tokens) and a trigger position.
Out: a :class:`~conflict_events.records.Modality` and the id of the rule that set it.

A cue governs a trigger when the trigger lies within the cue's scope in the cue's direction
and no terminating cue ("لكن", "بينما") lies between them. A governing negation wins;
otherwise the nearest governing cue, and at equal distance request over possibility and plan. Example: in "نفى الجيش
تنفيذ أي غارة" the cue "نفى" (negated, forward, 8) governs "غارة", so the airstrike is
negated; in "ستتم محاصرتهم" the future prefix of "ستتم" makes the siege planned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .records import Modality

__all__ = ["modality_for", "FUTURE_RULE"]

FUTURE_RULE = "mod.future-prefix"
_PRIORITY = {"negated": 0, "requested": 1, "possible": 2, "planned": 3, "asserted": 4}
_MODALITIES = {m.value: m for m in Modality}  # a dict look-up, cheaper than Modality(value)


def modality_for(
    trigger_start: int,
    trigger_end: int,
    cues: Sequence[Any],
    future_tokens: Sequence[int],
    *,
    sentence_start: int,
    sentence_end: int,
) -> tuple[Modality, str | None]:
    """The modality of the trigger at tokens ``[trigger_start, trigger_end)``.

    ``cues`` are matches (``start``, ``end``, ``entry`` with ``modality``, ``direction``,
    ``scope``) of the sentence; ``future_tokens`` the indices of verbs carrying the future
    prefix سـ (they act as planned cues with a short forward scope).
    """
    terminators = [c.start for c in cues if c.entry.direction == "terminate"]
    best: tuple[int, int, int, str, str | None] | None = None

    def consider(pos_start: int, pos_end: int, modality: str, direction: str, scope: int, rule: str | None) -> None:
        nonlocal best
        if pos_start <= trigger_start < pos_end or trigger_start <= pos_start < trigger_end:
            # the cue is part of the trigger phrase itself ("سيتم الانسحاب" / "عدم الإبقاء")
            dist = 0
        elif pos_end <= trigger_start and direction in ("forward", "both"):
            dist = trigger_start - pos_end
            if any(pos_end <= t < trigger_start for t in terminators):
                return
        elif pos_start >= trigger_end and direction in ("backward", "both"):
            dist = pos_start - trigger_end
            if any(trigger_end <= t < pos_start for t in terminators):
                return
        else:
            return
        if dist > scope:
            return
        # a governing negation wins ("عدم وجود نية في ..." is negated, not planned); otherwise
        # the nearest cue, and at equal distance the stronger one
        cand = (0 if modality == "negated" else 1, dist, _PRIORITY[modality], modality, rule)
        if best is None or cand[:3] < best[:3]:
            best = cand

    for c in cues:
        e = c.entry
        if e.direction == "terminate":
            continue
        if not (sentence_start <= c.start < sentence_end):
            continue
        consider(c.start, c.end, e.modality, e.direction, e.scope, e.id)
    for t in future_tokens:
        if sentence_start <= t < sentence_end:
            consider(t, t + 1, "planned", "forward", 3, FUTURE_RULE)
    if best is None:
        return Modality.ASSERTED, None
    return _MODALITIES[best[3]], best[4]
