"""The compliance analyst's window: import summaries, then a privacy-safe dashboard and reports."""
