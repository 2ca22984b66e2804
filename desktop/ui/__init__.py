"""PySide6 views. Holds no SQL, crypto or scoring: services are handed in."""
