"""conflict_events: coded conflict events from Arabic news text."""

__version__ = "0.1.0"
