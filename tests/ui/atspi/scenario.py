"""Walk the real app through AT-SPI and print what a screen reader finds, as one JSON line.

Run by Debian's /usr/bin/python3 (python3-pyatspi is not in the virtualenv) inside a private D-Bus
session (``dbus-run-session``), which starts the accessibility bus on demand. Arguments: the Python
that runs Candor, and a fresh data folder. Starts a virtual X screen, the app, then on each screen
lists the interactive objects without a name and the headings, presses buttons by name, and records
the announcements the app made.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "entry", "password text",
               "toggle button", "spin button", "slider", "list", "table", "tree", "tree table",
               "page tab", "menu item", "scroll pane", "link", "list box"}
announcements: list[str] = []


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def find_app(name: str, timeout: float = 60) -> Atspi.Accessible:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name and app.get_child_count() > 0:
                return app
        pump(0.2)
    raise SystemExit(f"no accessible application called {name!r} appeared")


def walk(node: Atspi.Accessible, out: list[dict], depth: int = 0) -> None:
    if node is None or depth > 60:
        return
    try:
        states = node.get_state_set()
        role = node.get_role_name()
        name = node.get_name() or ""
    except GLib.Error:
        return
    if not states.contains(Atspi.StateType.SHOWING):
        return
    out.append({"role": role, "name": name, "focusable": states.contains(Atspi.StateType.FOCUSABLE),
                "focused": states.contains(Atspi.StateType.FOCUSED), "node": node})
    for i in range(node.get_child_count()):
        walk(node.get_child_at_index(i), out, depth + 1)


def screen(app: Atspi.Accessible) -> dict:
    nodes: list[dict] = []
    walk(app, nodes)
    unnamed = [n["role"] for n in nodes
               if n["focusable"] and n["role"] in INTERACTIVE and not n["name"].strip()]
    return {"headings": [n["name"] for n in nodes if n["role"] == "heading"], "unnamed": unnamed,
            "buttons": [n["name"] for n in nodes if n["role"] == "push button"],
            "combo boxes": [{"name": n["name"], "labelled by": labelled_by(n["node"])}
                            for n in nodes if n["role"] == "combo box"], "_nodes": nodes}


def labelled_by(node: Atspi.Accessible) -> list[str]:
    """The names of the labels a screen reader reads for ``node`` (its "labelled by" relations)."""
    names = []
    for relation in node.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            names += [relation.get_target(i).get_name() for i in range(relation.get_n_targets())]
    return names


def press(found: dict, name: str) -> None:
    for n in found["_nodes"]:
        if n["role"] == "push button" and n["name"] == name:
            n["node"].do_action(0)
            return
    raise SystemExit(f"no button called {name!r}; buttons: {found['buttons']}")


def settle(app: Atspi.Accessible, seconds: float = 1.5) -> dict:
    pump(seconds)
    return screen(app)


def main() -> None:
    python, data = sys.argv[1], sys.argv[2]
    display = f":{90 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listener = Atspi.EventListener.new(lambda event: announcements.append(str(event.any_data or "")))
    listener.register("object:announcement")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1", "PYTHON_KEYRING_BACKEND": "desktop.storage.memory_keyring.MemoryKeyring",
           "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    app_process = subprocess.Popen([python, "-m", "desktop", "--data-dir", data], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    result: dict = {"screens": {}}
    try:
        app = find_app("Candor")
        welcome = settle(app, 3)
        result["screens"]["welcome"] = welcome
        press(welcome, "Settings")
        settings = settle(app)
        result["screens"]["settings"] = settings
        press(settings, "Back")
        welcome = settle(app)
        press(welcome, "Start the assessment")
        first = settle(app, 3)
        result["screens"]["first page"] = first
        result["after_start"] = list(announcements)
        next_name = next(b for b in first["buttons"] if b.startswith("Next"))
        press(first, next_name)
        missing = settle(app)
        result["screens"]["missing answers"] = missing
        result["announcements"] = list(announcements)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        xvfb.terminate()
        xvfb.wait(10)
    for found in result["screens"].values():
        found.pop("_nodes")
    print("ATSPI " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
