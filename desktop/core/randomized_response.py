"""Randomized response on the employee's side: the answer that is sent instead of the true one.

The mechanisms the employee's app applies before anything leaves the laptop
(:func:`randomize_bit`, :func:`randomize_category`), and :class:`Memo`, which makes a re-export
of an unchanged answer send the same randomized answer. How often each keeps the truth is in
``rr_parameters``; the collector's estimators that undo the noise over many summaries are in
``rr_estimate``.

Sources:

* Warner, S. L. (1965). "Randomized Response: A Survey Technique for Eliminating Evasive
  Answer Bias." Journal of the American Statistical Association 60(309), 63-69.
  Binary mechanism.
* Wang, T., Blocki, J., Li, N., Jha, S. (2017). "Locally Differentially Private Protocols for
  Frequency Estimation." USENIX Security 2017. Generalized (k-ary) randomized response,
  called Direct Encoding there.
* Erlingsson, U., Pihur, V., Korolova, A. (2014). "RAPPOR: Randomized Aggregatable
  Privacy-Preserving Ordinal Response." ACM CCS 2014. Memoization ("permanent randomized
  response"), so that repeated reports cannot be averaged to reveal the truth.

Production randomness comes from the operating system (:class:`secrets.SystemRandom`). Every
randomizing function also takes an ``rng`` with the ``random()`` and ``choice()`` methods of
:class:`random.Random`, so tests can seed it or script it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from desktop.core.rr_parameters import (
    check_domain,
    check_epsilon,
    check_value,
    keep_probability_binary,
    keep_probability_kary,
)

__all__ = ["Memo", "RandomSource", "randomize_bit", "randomize_category"]

_T = TypeVar("_T")


class RandomSource(Protocol):
    """The part of :class:`random.Random` the mechanisms use."""

    def random(self) -> float: ...

    def choice(self, seq: Sequence[_T]) -> _T: ...


_SYSTEM_RNG: RandomSource = secrets.SystemRandom()


def _rng(rng: RandomSource | None) -> RandomSource:
    return _SYSTEM_RNG if rng is None else rng


# --- mechanisms ----------------------------------------------------------------------------------


def randomize_bit(value: bool, epsilon: float, rng: RandomSource | None = None) -> bool:
    """The yes/no answer to send: ``value`` with probability :func:`keep_probability_binary`, else its opposite."""
    if not isinstance(value, bool):
        raise ValueError(f"A yes/no answer must be True or False, not {value!r}.")
    p = keep_probability_binary(epsilon)
    return value if _rng(rng).random() < p else not value


def randomize_category(value: str, domain: Sequence[str], epsilon: float, rng: RandomSource | None = None) -> str:
    """The category to send: ``value`` with probability :func:`keep_probability_kary`, else
    one of the *other* categories of ``domain``, each equally likely (Wang et al. 2017)."""
    values = check_domain(domain)
    check_value(value, values)
    p = keep_probability_kary(epsilon, len(values))
    source = _rng(rng)
    if source.random() < p:
        return value
    return source.choice([v for v in values if v != value])


# --- memoization ---------------------------------------------------------------------------------

_MEMO_VERSION = 2
#: Memos written before answers were kept per true value: one drawn answer per item.
_MEMO_VERSION_ONE_PER_ITEM = 1


def _fingerprint(kind: str, value: bool | str, epsilon: float, domain: Sequence[str] | None) -> str:
    """What a stored randomized answer was drawn for: the kind of item, the true value, epsilon
    and (for categories) the set of possible answers. A short hash keeps the memo compact; it is
    not a secret (a yes/no answer can be guessed from it in two tries), which is fine because the
    memo is kept encrypted in the local store and never leaves the laptop."""
    material = [kind, value, repr(float(epsilon)), sorted(domain) if domain is not None else None]
    digest = hashlib.sha256(json.dumps(material, separators=(",", ":")).encode("utf-8")).hexdigest()
    return digest[:16]


class Memo:
    """Memoized ("permanent") randomized answers for one campaign: per item key *and* per true value.

    For each key the memo keeps, for every true value the item has had (with its epsilon and
    possible answers, hashed into a fingerprint), the randomized answer drawn for it. Asking again
    with the same inputs returns that stored answer, whatever ``rng`` is passed. So exporting the
    same answers twice sends the same summary, and changing an answer and changing it back sends
    exactly what was sent for it the first time: neither repeated exports nor toggling can be
    averaged to reveal the truth (RAPPOR, Erlingsson et al. 2014). Only a true value the item has
    never had before is randomized afresh; the earlier draws are kept beside it.

    :meth:`to_dict` gives plain JSON for the encrypted store; :meth:`from_dict` reads it back (and
    reads the older one-answer-per-item form, keeping each item's one draw).
    """

    def __init__(self) -> None:
        self._items: dict[str, dict[str, bool | str]] = {}

    def bit(self, key: str, true_value: bool, epsilon: float, rng: RandomSource | None = None) -> bool:
        """The randomized yes/no answer for ``key``: the one drawn before for this truth and epsilon, if any."""
        _check_key(key)
        if not isinstance(true_value, bool):
            raise ValueError(f"A yes/no answer must be True or False, not {true_value!r} (item {key!r}).")
        eps = check_epsilon(epsilon)
        draws = self._items.setdefault(key, {})
        fingerprint = _fingerprint("bit", true_value, eps, None)
        stored = draws.get(fingerprint)
        if isinstance(stored, bool):
            return stored
        sent = randomize_bit(true_value, eps, rng)
        draws[fingerprint] = sent
        return sent

    def category(
        self, key: str, value: str, domain: Sequence[str], epsilon: float, rng: RandomSource | None = None
    ) -> str:
        """The randomized category for ``key``: the one drawn before for this answer, possible answers and
        epsilon, if any."""
        _check_key(key)
        values = check_domain(domain)
        check_value(value, values)
        eps = check_epsilon(epsilon)
        draws = self._items.setdefault(key, {})
        fingerprint = _fingerprint("category", value, eps, values)
        stored = draws.get(fingerprint)
        if isinstance(stored, str) and stored in values:
            return stored
        sent = randomize_category(value, values, eps, rng)
        draws[fingerprint] = sent
        return sent

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def keys(self) -> list[str]:
        """The item keys with a stored answer, sorted. (No ``__len__`` on purpose: an empty memo
        must stay truthy, so ``memo or Memo()`` never swaps a caller's memo for a new one.)"""
        return sorted(self._items)

    def draws(self, key: str) -> int:
        """How many true values ``key`` has a stored answer for."""
        return len(self._items.get(key, {}))

    def forget(self, key: str) -> None:
        """Drop every stored answer for ``key`` (nothing happens if there is none)."""
        self._items.pop(key, None)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: ``{"version": 2, "items": {key: {fingerprint: answer, ...}}}``."""
        return {
            "version": _MEMO_VERSION,
            "items": {key: dict(sorted(draws.items())) for key, draws in sorted(self._items.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Memo:
        """Read back what :meth:`to_dict` wrote (or the version 1 form); raise ValueError if it is neither."""
        if not isinstance(data, Mapping):
            raise ValueError("The stored randomized answers are not a JSON object; delete them to start afresh.")
        version = data.get("version")
        if version not in (_MEMO_VERSION, _MEMO_VERSION_ONE_PER_ITEM):
            raise ValueError(
                f"The stored randomized answers have version {version!r}, but this version of Candor reads "
                f"versions {_MEMO_VERSION_ONE_PER_ITEM} and {_MEMO_VERSION}; delete them to start afresh."
            )
        items = data.get("items")
        if not isinstance(items, Mapping):
            raise ValueError("The stored randomized answers have no 'items' object; delete them to start afresh.")
        memo = cls()
        for key, entry in items.items():
            draws = _read_draws(entry, version)
            if not isinstance(key, str) or not key or draws is None:
                raise ValueError(
                    f"The stored randomized answer {key!r} is not in the expected form "
                    "({fingerprint: true/false or a code}); delete the stored answers to start afresh."
                )
            memo._items[key] = draws
        return memo


def _read_draws(entry: Any, version: int) -> dict[str, bool | str] | None:
    """One item's stored draws, or None when ``entry`` is not in the form of its version."""
    if not isinstance(entry, Mapping):
        return None
    if version == _MEMO_VERSION_ONE_PER_ITEM:
        fp, sent = entry.get("fp"), entry.get("sent")
        if set(entry) != {"fp", "sent"} or not isinstance(fp, str) or not isinstance(sent, bool | str):
            return None
        return {fp: sent}
    draws: dict[str, bool | str] = {}
    for fp, sent in entry.items():
        if not isinstance(fp, str) or not fp or not isinstance(sent, bool | str):
            return None
        draws[fp] = sent
    return draws


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError(f"A randomized item needs a non-empty text key, not {key!r}.")
