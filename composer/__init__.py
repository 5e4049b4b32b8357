"""Composer: turn a news article into social threads and an email newsletter, never misquoting."""

__version__ = "0.1.0"
