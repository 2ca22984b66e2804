"""build.spec leaves out what the bundle does not need: OpenSSL (Python's bindings and the libraries), the Wayland
plugin, and system libraries every target already has; and it can build the bare-PySide6 floor the same way.
Read from build.spec itself (its definitions run, nothing is built; .ci/build-bundle builds and checks the app)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
DEB = ROOT / "packaging" / "linux" / "build-deb"


@pytest.fixture(scope="module")
def spec() -> dict:
    """The spec's constants and its ``wanted`` filter, from its own text (the definitions only)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted_names = {"OTHER_EXCLUDES", "OPENSSL_EXCLUDES", "OPENSSL_FILE", "TARGET_HAS", "WAYLAND_FILE",
                    "UNUSED_QT_FILE", "QT_TRANSLATION", "BUNDLED_POLICY", "BAKED_RECORD"}
    kept = [node for node in tree.body
            if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in wanted_names
                                                    for t in node.targets))
            or (isinstance(node, ast.FunctionDef) and node.name == "wanted")
            or isinstance(node, ast.Import | ast.ImportFrom)]
    namespace: dict = {"BUILD_POLICY": "", "SHIPPED_LANGUAGES": {"de"}}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(SPEC), "exec"), namespace)  # noqa: S102 - our recipe
    return namespace


def test_python_s_openssl_bindings_are_excluded(spec: dict) -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert {"ssl", "_ssl", "_hashlib"} <= set(spec["OPENSSL_EXCLUDES"])
    assert "excludes=QT_EXCLUDES + OTHER_EXCLUDES + OPENSSL_EXCLUDES" in text


@pytest.mark.parametrize("dest", ["libssl.so.3", "libcrypto.so.3", "libcrypto.so.1.1",
                                  "PySide6/Qt/plugins/platforms/libqwayland.so",
                                  "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
                                  "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
                                  "PySide6/Qt/lib/libQt6WaylandClient.so.6",
                                  "PySide6/Qt/lib/libQt6WlShellIntegration.so.6"])
def test_openssl_libraries_and_the_wayland_plugin_stay_out(spec: dict, dest: str) -> None:
    assert not spec["wanted"](dest)


@pytest.mark.parametrize("dest", ["PySide6/Qt/plugins/platforms/libqxcb.so",
                                  "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                                  "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                                  "libsqlite3.so.0", "libxkbcommon.so.0", "libxcb-cursor.so.0", "libglib-2.0.so.0",
                                  "libstdc++.so.6", "cryptography/hazmat/bindings/_rust.abi3.so",
                                  "pyrage/pyrage.abi3.so", "resources/i18n/candor_de.qm"])
def test_what_candor_needs_stays_in(spec: dict, dest: str, monkeypatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    assert spec["wanted"](dest)


def test_system_libraries_left_out_are_brought_by_the_packages_the_deb_depends_on(spec: dict, monkeypatch) -> None:
    """Each library left to the target comes with a package named in the .deb's Depends (or with libc6)."""
    monkeypatch.setattr("sys.platform", "linux")
    depends = re.search(r'DEPENDS="([^"]+)"', DEB.read_text(encoding="utf-8")).group(1)
    # Which Depends entry (Debian 12 / Ubuntu 24.04) brings each library, directly or through its own Depends.
    brought_by = {"libX11.so.6": "libx11-6", "libXau.so.6": "libx11-6", "libXdmcp.so.6": "libx11-6",
                  "libbsd.so.0": "libx11-6", "libmd.so.0": "libx11-6", "libfontconfig.so.1": "fontconfig",
                  "libfreetype.so.6": "fontconfig", "libexpat.so.1": "fontconfig", "libpng16.so.16": "fontconfig",
                  "libz.so.1": "fontconfig", "libbrotlicommon.so.1": "fontconfig", "libbrotlidec.so.1": "fontconfig",
                  "libdbus-1.so.3": "dbus", "libsystemd.so.0": "dbus", "libgcrypt.so.20": "dbus",
                  "libgpg-error.so.0": "dbus", "liblz4.so.1": "dbus", "liblzma.so.5": "dbus", "libzstd.so.1": "dbus",
                  "libcap.so.2": "dbus", "libgcc_s.so.1": "libc6"}
    for library, package in brought_by.items():
        assert not spec["wanted"](library), library
        assert re.search(rf"(?:^|[ ,]){re.escape(package)}\b", depends), (library, package)


def test_both_floor_apps_are_built_by_the_same_recipe() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'FLOOR_KIND = os.environ.get("CANDOR_BUNDLE_FLOOR", "")' in text
    assert 'FLOOR = FLOOR_KIND in ("1", "stack")' in text
    assert 'FLOOR_SCRIPT = "bare_stack_window.py" if FLOOR_KIND == "stack" else "bare_window.py"' in text
    assert 'str(ROOT / "benchmarks" / FLOOR_SCRIPT) if FLOOR' in text
    assert (ROOT / "benchmarks" / "bare_window.py").is_file()
    stack = (ROOT / "benchmarks" / "bare_stack_window.py").read_text(encoding="utf-8")
    for library in ("import keyring.backends.SecretService", "import pyrage", "import sqlite3", "QtCharts"):
        assert library in stack, library
