"""Databases as an earlier Candor left them, for the tests of the upgrades: built by the production migrations
(not a copy of their SQL), and the schemas those migrations make pinned by digest, so a later edit of a released
migration fails a test instead of silently changing what existing files hold.

Each released schema is pinned as the SHA-256 of its ``sqlite_master`` (type, name, table and SQL of every table
and index, sorted, white space collapsed). When a pinned test fails, :func:`schema_lines` of the file says what
the migration now makes: a released migration must not change; add a new one instead.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any


def schema_lines(conn: sqlite3.Connection) -> list[str]:
    """The file's tables and indexes as SQLite keeps them, one line each, sorted, white space collapsed."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return sorted(f"{kind} {name} on {table}: {_collapsed(sql or '')}" for kind, name, table, sql in rows)


def _collapsed(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def schema_digest(conn: sqlite3.Connection) -> str:
    """The SHA-256 (hex) of :func:`schema_lines`."""
    return hashlib.sha256("\n".join(schema_lines(conn)).encode("utf-8")).hexdigest()


def migrate_to(target: Any, conn: sqlite3.Connection, migrations: Sequence[Callable[..., None]], version: int) -> None:
    """Run the production ``migrations`` up to schema ``version`` on ``target`` (what a migration takes: the
    connection, or a sqlite-utils Database over it), as that release did, and record the version."""
    for step in migrations[:version]:
        step(target)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
