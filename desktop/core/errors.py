"""Error types that carry enough context for a person to act on them."""

from __future__ import annotations

from dataclasses import dataclass


class CandorError(Exception):
    """Base class for every error Candor reports to a person."""


@dataclass(frozen=True)
class Problem:
    """One problem found in a content or policy file.

    ``location`` is a dotted path such as ``tools[2].status``; ``line`` is
    1-based when the source format lets us know it.
    """

    file: str
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.location:
            where += f", {self.location}"
        return f"{where}: {self.message}"


class ContentError(CandorError):
    """A content or policy file could not be used; holds every problem found."""

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("ContentError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, file: str, message: str, location: str = "", line: int | None = None) -> ContentError:
        return cls([Problem(file=file, location=location, message=message, line=line)])
