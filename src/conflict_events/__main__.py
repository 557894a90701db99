"""``python -m conflict_events``: the ``conflict-events`` command (see :mod:`conflict_events.cli`)."""

from .cli import main

raise SystemExit(main())
