"""What happens to an exception nobody caught: one log line naming its type and place, never its values.

Python's own hook prints the whole traceback with the exception's message, and a message may quote what
the person entered (an answer, a note, a passphrase). Installed instead (``install``), the hooks for the
main thread (``sys.excepthook``, which Qt also calls for an exception in a slot) and for other threads
(``threading.excepthook``) write to the support log (``app_log``) only the exception's type and where it
was raised: module, function and line of each frame, innermost first. No message, no argument, no local
variable is ever formatted. Then the person is told, in words, that something went wrong and what to do
(``notify``: a line on stderr for the command line, a dialog in the windows).

The command's entry points install it for the whole process; the windows install their own notice while
they run and put the previous hooks back when they close.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("candor.unexpected")

#: How many frames (innermost first) one log line names at most.
MAX_FRAMES = 12

Notify = Callable[[str], None]


def place(tb: TracebackType | None) -> str:
    """Where an exception was raised and through which calls: ``module.function:line``, innermost first."""
    frames = []
    while tb is not None:  # code locations only: a frame's locals are never looked at
        module = tb.tb_frame.f_globals.get("__name__", "?")
        frames.append(f"{module}.{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    if not frames:
        return "an unknown place"
    shown = frames[::-1][:MAX_FRAMES]
    more = len(frames) - len(shown)
    return " <- ".join(shown) + (f" <- ({more} more)" if more > 0 else "")


def type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The one line the log gets: type and place, and nothing the exception carries."""
    return f"{type_name(exc_type)} at {place(tb)}"


def to_stderr(text: str) -> None:
    print(f"candor: {text}", file=sys.stderr)


def command_line_message(exc_type: type[BaseException]) -> str:
    return (f"an unexpected error ({type_name(exc_type)}) stopped this command; nothing was sent anywhere. "
            "Please report it to your IT team with the Candor version (candor --version).")


def install(notify: Notify | None = None, message: Callable[[type[BaseException]], str] = command_line_message,
            ) -> Callable[[], None]:
    """Route uncaught exceptions of every thread to the log (type and place) and ``notify`` (a sentence).

    Returns a function that puts the previous hooks back. ``notify`` is told once per installation;
    later exceptions are logged only, so a fault that repeats (in a paint event, say) cannot pile up
    dialogs.
    """
    tell = notify or to_stderr
    told: list[bool] = []
    previous_sys, previous_threading = sys.excepthook, threading.excepthook

    def report(exc_type: type[BaseException], tb: TracebackType | None, where: str) -> None:
        log.error("unexpected %s%s", describe(exc_type, tb), where)
        if told:
            return
        told.append(True)
        try:
            tell(message(exc_type))
        except Exception as failure:  # the notice itself failed: the log line above is what remains
            log.error("the notice of it failed too: %s", describe(type(failure), failure.__traceback__))

    def on_main(exc_type: type[BaseException], _exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return  # Ctrl-C: no fault, nothing to report
        report(exc_type, tb, "")

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # as Python's own hook: a thread that calls sys.exit() ends quietly
        report(args.exc_type, args.exc_traceback, " (in a background thread)")

    sys.excepthook, threading.excepthook = on_main, on_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_threading

    return restore
