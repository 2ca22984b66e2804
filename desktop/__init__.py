"""Candor: a private self-assessment of AI use at work."""

__version__ = "0.1.0"
