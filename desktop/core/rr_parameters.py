"""Randomized response's parameters: how often each mechanism keeps the true answer, for a given epsilon.

Both sides use these numbers, so that the formulas of one always match the other: the employee's
app randomizes with them (``randomized_response``) and the collector's estimators invert them
(``rr_estimate``). Here too are the checks of epsilon and of the list of possible answers, with
the messages that say what to fix.

Sources:

* Warner, S. L. (1965). "Randomized Response: A Survey Technique for Eliminating Evasive
  Answer Bias." Journal of the American Statistical Association 60(309), 63-69.
  Binary mechanism.
* Wang, T., Blocki, J., Li, N., Jha, S. (2017). "Locally Differentially Private Protocols for
  Frequency Estimation." USENIX Security 2017. Generalized (k-ary) randomized response,
  called Direct Encoding there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["check_domain", "check_epsilon", "check_value", "keep_probability_binary", "keep_probability_kary"]


def check_epsilon(epsilon: float) -> float:
    """``epsilon`` as a float, if it is a positive finite number; else ValueError saying what sets it."""
    if isinstance(epsilon, bool) or not isinstance(epsilon, int | float):
        raise ValueError(f"The privacy parameter epsilon must be a number, not {epsilon!r}.")
    if not math.isfinite(epsilon) or epsilon <= 0:
        raise ValueError(
            f"The privacy parameter epsilon must be a positive finite number (got {epsilon!r}); "
            "the policy's privacy.epsilon sets it, ln 3 (about 1.0986) by default."
        )
    return float(epsilon)


def check_domain(domain: Sequence[str]) -> list[str]:
    """The possible answers as a list, if they are two or more different text codes; else ValueError."""
    if isinstance(domain, str):
        raise ValueError(f"The list of possible answers must be a list of codes, not the single text {domain!r}.")
    values = list(domain)
    for item in values:
        if not isinstance(item, str):
            raise ValueError(f"Every possible answer must be a text code; {item!r} is not.")
    if len(values) < 2:
        raise ValueError(
            f"Randomized response needs at least two possible answers to choose from; got {len(values)} ({values})."
        )
    duplicates = sorted({v for v in values if values.count(v) > 1})
    if duplicates:
        raise ValueError(f"The list of possible answers names {', '.join(duplicates)} more than once; list each once.")
    return values


def check_value(value: str, domain: Sequence[str]) -> None:
    """ValueError unless ``value`` is one of the possible answers."""
    if value not in domain:
        raise ValueError(f"The answer {value!r} is not one of the possible answers ({', '.join(domain)}).")


def keep_probability_binary(epsilon: float) -> float:
    """Probability that the binary mechanism reports the true answer.

    Warner (1965): report the truth with probability ``p``, the opposite otherwise. This is
    epsilon-locally differentially private for ``epsilon = ln(p / (1 - p))``, hence
    ``p = e^eps / (1 + e^eps)`` (computed as ``1 / (1 + e^-eps)``, which cannot overflow).
    At ``epsilon = ln 3``, ``p = 0.75``.
    """
    eps = check_epsilon(epsilon)
    return 1.0 / (1.0 + math.exp(-eps))


def keep_probability_kary(epsilon: float, k: int) -> float:
    """Probability that k-ary randomized response reports the true category.

    Wang et al. (2017), generalized randomized response over ``k`` categories:
    ``p = e^eps / (e^eps + k - 1)``; every other category is reported with probability
    ``q = 1 / (e^eps + k - 1)``, and ``p / q = e^eps``. For ``k = 2`` this equals
    :func:`keep_probability_binary`. At ``epsilon = ln 3`` and ``k = 4``, ``p = 0.5``.
    """
    eps = check_epsilon(epsilon)
    if isinstance(k, bool) or not isinstance(k, int):
        raise ValueError(f"The number of possible answers must be a whole number, not {k!r}.")
    if k < 2:
        raise ValueError(f"Randomized response needs at least two possible answers to choose from; got {k}.")
    return 1.0 / (1.0 + (k - 1) * math.exp(-eps))
