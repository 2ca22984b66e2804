"""The plaintext the envelope tests seal: a small summary-like document."""

from __future__ import annotations

SUMMARY = b'{"format": 1, "campaign": "2025-q3", "tools": {"chatgpt": {"status": "tolerated"}}}'
