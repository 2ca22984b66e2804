"""Realistic demo data for the collector: made-up employees answering the real questionnaire.

``parameters`` holds the survey figures and weights, ``draws`` the weighted draws over the loaded
questionnaire's codes, ``tool_use`` an employee's tools and their answers about each, ``population``
one whole employee at a time (Qt-free, deterministic for a seeded ``random.Random``) and
``truth`` the true shares the collector should recover. The command ``candor demo-summaries``
(``desktop/commands/demo.py``) sends them through the real summary builder and envelope. Nothing here
is used by the employee app.
"""
