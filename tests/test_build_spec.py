"""Static checks of the packaging files (build.spec and friends). Nothing is built here: .ci/build-bundle does that."""

from __future__ import annotations

import ast
import configparser
import pkgutil
import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def test_spec_is_valid_python(spec_text: str) -> None:
    ast.parse(spec_text, filename=str(SPEC))


def test_spec_checks_the_build_policy_before_analysis(spec_text: str) -> None:
    check = spec_text.index("check_policy_file(")
    assert spec_text.index("CANDOR_BUILD_POLICY") < check < spec_text.index("Analysis(")
    assert "load_catalog()" in spec_text[:check + 200]
    assert '"resources/policy/default.toml"' in spec_text


def run_build_policy_step(spec_text: str, work: Path, policy: Path, monkeypatch) -> dict:
    """Section 1 of build.spec (the build-time policy) as PyInstaller would run it, nothing after it."""
    head = spec_text[: spec_text.index("# --- 2.")]
    monkeypatch.setenv("CANDOR_BUILD_POLICY", str(policy))
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the source tree first
    namespace = {"SPECPATH": str(ROOT), "workpath": str(work), "__name__": "build_spec"}
    exec(compile(head, str(SPEC), "exec"), namespace)  # noqa: S102 - our own build recipe
    return namespace


def test_a_build_policy_is_baked_in_as_the_control(spec_text: str, tmp_path: Path, monkeypatch) -> None:
    from pyrage import x25519

    from desktop.core.policy_effective import BAKED
    from desktop.core.policy_locations import PolicyLocations, baked_marker_path
    from desktop.core.policy_sources import resolve_policy
    from tests.policy_accounts import BYSTANDER

    recipient = str(x25519.Identity.generate().to_public())
    policy = tmp_path / "org.toml"
    policy.write_text(f'[organization]\nname = "Acme"\n[submission]\nrecipient = "{recipient}"\n', encoding="utf-8")
    built = run_build_policy_step(spec_text, tmp_path / "work", policy, monkeypatch)
    shipped, record = built["BAKED_POLICY"], built["BAKED_POLICY_RECORD"]
    assert shipped.read_bytes() == policy.read_bytes() and record == baked_marker_path(shipped)
    assert '(BUNDLED_POLICY, str(BAKED_POLICY), "DATA")' in spec_text
    assert '(BAKED_RECORD, str(BAKED_POLICY_RECORD), "DATA")' in spec_text
    assert 'BAKED_RECORD = BUNDLED_POLICY + ".baked"' in spec_text and record.name == "default.toml.baked"
    user = tmp_path / "user.toml"
    other = str(x25519.Identity.generate().to_public())
    user.write_text(f'[submission]\nrecipient = "{other}"\nallow_plaintext = true\n', encoding="utf-8")
    effective = resolve_policy(None, {}, None, PolicyLocations(None, user, shipped, BYSTANDER))
    assert effective.ok and effective.control.label == BAKED
    assert effective.policy.submission.recipient == recipient and not effective.policy.submission.allow_plaintext
    assert {override.field for override in effective.refused} == {"submission.recipient", "submission.allow_plaintext"}


def test_a_stray_build_record_in_the_source_tree_is_never_shipped(spec_text: str) -> None:
    wanted = spec_text[spec_text.index("def wanted("):spec_text.index("def prune_orphan_libraries")]
    assert 'dest.replace("\\\\", "/") == BAKED_RECORD:' in wanted


def spec_keyring_backends(spec_text: str) -> list[str]:
    """The backend names build.spec lists in KEYRING_BACKENDS (a comprehension over a tuple of names)."""
    for node in ast.parse(spec_text).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["KEYRING_BACKENDS"]:
            assert isinstance(node.value, ast.ListComp), "KEYRING_BACKENDS is no longer a comprehension"
            return list(ast.literal_eval(node.value.generators[0].iter))
    raise AssertionError("build.spec no longer defines KEYRING_BACKENDS")


def test_spec_bundles_resources_keyring_backends_and_names_the_outputs(spec_text: str) -> None:
    assert '(str(RESOURCES), "resources")' in spec_text
    backends = spec_keyring_backends(spec_text)
    # Every backend keyring ships (the Secret Service, KWallet, libsecret, macOS, Windows, chainer, fail,
    # null): keyring finds backends by import, so one left out is missing on its platform in the bundle.
    import keyring.backends

    shipped = {m.name for m in pkgutil.iter_modules(keyring.backends.__path__) if not m.name.startswith("_")}
    assert set(backends) == shipped
    assert {"SecretService", "macOS", "Windows"} <= set(backends)
    assert "hiddenimports=[] if FLOOR else KEYRING_BACKENDS" in spec_text  # the floor build (bare PySide6) has none
    assert 'name="Candor"' in spec_text and 'executable("candor"' in spec_text
    assert 'os.environ.get("CANDOR_ONEFILE", "") == "1"' in spec_text
    assert 'bundle_identifier="org.candor.Candor"' in spec_text
    assert '"NSHighResolutionCapable": True' in spec_text and '"NSRequiresAquaSystemAppearance": False' in spec_text


def test_keyring_backends_named_in_the_spec_exist(spec_text: str) -> None:
    import importlib.util

    backends = spec_keyring_backends(spec_text)
    assert backends
    for backend in backends:
        assert importlib.util.find_spec(f"keyring.backends.{backend}") is not None, backend


def test_spec_keeps_the_qt_modules_candor_imports(spec_text: str) -> None:
    excluded = set(re.findall(r'"(Qt\w+)"', spec_text))
    used = set()
    for file in (ROOT / "desktop").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", file.read_text(encoding="utf-8")))
    assert used, "the app imports no Qt module: the scan is broken"
    assert not used & excluded, f"build.spec excludes Qt modules the app imports: {sorted(used & excluded)}"
    assert {"QtNetwork", "QtWebEngineCore", "QtQml", "QtQuick", "QtPdf", "QtSql"} <= excluded


def test_spec_reads_the_package_version(spec_text: str) -> None:
    from desktop import __version__

    assert 'ROOT / "desktop" / "__init__.py"' in spec_text
    pattern = re.search(r'r"""(\^__version__.*?)"""', spec_text)
    assert pattern, "the version pattern was not found in build.spec"
    match = re.search(pattern.group(1), (ROOT / "desktop" / "__init__.py").read_text(), re.MULTILINE)
    assert match and match.group(1) == __version__


def test_windows_version_template_has_the_placeholders() -> None:
    text = (ROOT / "packaging" / "win-version-info.txt.in").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert body.count("@VERSION_TUPLE@") == 2 and "'ProductVersion', '@VERSION@'" in body
    # PyInstaller evaluates the filled template as a Python expression.
    ast.parse(body.replace("@VERSION_TUPLE@", "0, 1, 0, 0").replace("@VERSION@", "0.1.0"))


def test_windows_icon_is_a_multi_size_ico() -> None:
    data = (ROOT / "resources" / "icons" / "candor.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    widths = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths


def test_linux_desktop_entry_starts_candor_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "resources" / "linux" / "candor.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Candor"
    assert entry["Exec"].split()[0] == "candor" and entry["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Categories"].endswith(";")


def test_spec_excludes_nothing_the_spreadsheet_writer_imports(spec_text: str) -> None:
    """XlsxWriter (the .xlsx report) is found by PyInstaller through its plain imports; no exclude may drop it
    or a standard module it needs."""
    import xlsxwriter

    excluded = set(re.findall(r'"([\w.]+)"', spec_text[spec_text.index("OTHER_EXCLUDES ="):]
                              .split("\n", 1)[0])) | set(re.findall(r'"(Qt\w+)"', spec_text))
    package = Path(xlsxwriter.__file__).parent
    imported = {"xlsxwriter"}
    for file in package.glob("*.py"):
        imported.update(re.findall(r"^(?:import|from) (\w+)", file.read_text(encoding="utf-8"), re.MULTILINE))
    assert not imported & excluded, sorted(imported & excluded)
