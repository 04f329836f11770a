"""dyadwatch: political events from news articles — who did what to whom, when —
each traceable to the sentence that reports it."""

__version__ = "0.1.0"
