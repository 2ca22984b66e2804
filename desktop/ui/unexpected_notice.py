"""The windows' notice of an exception nobody caught: a dialog in words, the log line from ``unexpected``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.ui.prompts import Prompts
from desktop.unexpected import install, type_name


def window_message(exc_type: type[BaseException]) -> str:
    return QCoreApplication.translate(
        "Unexpected", "Candor ran into an unexpected error (%1). What was saved is kept, and nothing was sent. "
        "If Candor does not work as it should now, close it and start it again. Its log names the error and "
        "where it happened, without anything you entered; your IT team may ask for it.",
        "%1 is the kind of error, e.g. ValueError").replace("%1", type_name(exc_type))


def install_window_notice(prompts: Prompts) -> Callable[[], None]:
    """While a window runs: an uncaught exception is logged (type and place) and shown once in a dialog.
    Returns the function that puts the previous hooks back."""
    def notify(text: str) -> None:
        prompts.error(QCoreApplication.translate("Unexpected", "Something went wrong"), text)

    return install(notify, window_message)
