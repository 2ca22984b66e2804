"""Realistic demo data for the collector: made-up employees answering the real questionnaire.

``population`` invents one employee's answers at a time (Qt-free, deterministic for a seeded
``random.Random``) and tallies the true shares the collector should recover; the command
``candor demo-summaries`` (``desktop/commands/demo.py``) sends them through the real summary builder
and envelope. Nothing here is used by the employee app.
"""
