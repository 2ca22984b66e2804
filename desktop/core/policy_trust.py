"""Whether the person running Candor could have changed a file without administrator rights.

The managed policy is a control only while the employee (and every program running as them)
cannot change it. That is decided from ownership and mode bits, not by trying to write: root can
write anything, and a check that only asks "may I write?" would also miss a file that is safe to
write today but sits in a folder the employee can rename it out of.

A path is *changeable* by an account when any of these holds, for the file and for every folder
and symbolic link on the way to it (the link's own folder, then its target, recursively):

- it belongs to the account (an owner can always give themselves write access), or, for root,
  it belongs to anyone but root;
- every user may write to it (``o+w``);
- a group the account is in may write to it (``g+w``); for root, a group other than root's.

A folder the account can write lets it replace the next entry on the path, unless the folder is
sticky (``/tmp``) and neither the folder nor that entry belongs to the account. Windows keeps
permissions in ACLs that mode bits do not show, so there :meth:`Account.current` is ``None`` and
no check is made (the IT guide says how to lock the folder down).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

#: Linux gives up after 40 links in one lookup; so does this check.
MAX_LINKS = 40


@dataclass(frozen=True)
class Account:
    """Who runs Candor: a user id and the group ids they act with. Tests pass their own."""

    uid: int
    gids: frozenset[int] = frozenset()

    @classmethod
    def current(cls) -> Account | None:
        """This process's account, or ``None`` where ownership is not shown by mode bits (Windows)."""
        if not hasattr(os, "getuid"):
            return None
        return cls(os.getuid(), frozenset({os.getgid(), *os.getgroups()}))

    @property
    def is_root(self) -> bool:
        return self.uid == 0

    def owns(self, owner: int) -> bool:
        """Whether a file with this owner is in this account's hands (for root: in a non-root's hands)."""
        return owner != 0 if self.is_root else owner == self.uid

    def in_group(self, group: int) -> bool:
        return group != 0 if self.is_root else group in self.gids


@dataclass(frozen=True)
class Changeable:
    """Why ``path`` (the file itself, or a folder or link on the way to it) is not safe from the account."""

    path: Path
    why: str

    def __str__(self) -> str:
        return f"{self.path} {self.why}"


def why_changeable(info: os.stat_result, account: Account) -> str | None:
    """Why the account could change this file or folder, in words after its path; ``None`` if it cannot."""
    if account.owns(info.st_uid):
        if account.is_root:
            return f"belongs to user id {info.st_uid}, not to an administrator, so that user can change it"
        return f"belongs to you (user id {info.st_uid}), so you can change it"
    if info.st_mode & stat.S_IWOTH:
        return "can be changed by every user of this computer"
    if info.st_mode & stat.S_IWGRP and account.in_group(info.st_gid):
        who = "a group other than root's" if account.is_root else "a group you are in"
        return f"can be changed by {who} (group id {info.st_gid})"
    return None


def _sticky_keeps(folder: os.stat_result, entry: os.stat_result, account: Account) -> bool:
    """A sticky folder (``/tmp``) lets nobody but the owners rename or remove an entry."""
    return bool(folder.st_mode & stat.S_ISVTX) and not account.owns(folder.st_uid) \
        and not account.owns(entry.st_uid)


def changeable(path: Path, account: Account | None) -> Changeable | None:
    """The first place on the way to ``path`` that the account could change, or ``None`` when none is.

    Follows symbolic links (each link's target is checked the same way), so a link into the
    employee's home folder is found. A path that cannot be looked at is not judged here: reading
    the file reports that. ``account`` ``None`` (Windows) checks nothing.
    """
    if account is None:
        return None
    path = Path(path) if Path(path).is_absolute() else Path.cwd() / path
    return _walk(path, account, links=0)


def _walk(path: Path, account: Account, links: int) -> Changeable | None:
    folder = Path(path.anchor)
    try:
        folder_info = os.stat(folder)
        for part in path.parts[1:]:
            entry = folder / part
            info = os.lstat(entry)
            if part not in (".", ".."):
                why = why_changeable(folder_info, account)
                if why and not _sticky_keeps(folder_info, info, account):
                    return Changeable(folder, why)
            if stat.S_ISLNK(info.st_mode):
                links += 1
                if links > MAX_LINKS:
                    return Changeable(entry, f"leads through more than {MAX_LINKS} symbolic links")
                found = _walk(folder / os.readlink(entry), account, links)
                if found is not None:
                    return Changeable(found.path, f"{found.why} (reached through the link {entry})")
                info = os.stat(entry)
            folder, folder_info = entry, info
    except OSError:
        return None
    why = why_changeable(folder_info, account)
    return Changeable(folder, why) if why else None
