"""The Windows and macOS installer definitions, checked on Linux (they are built only on hosted runners).

The workflow parses and has the steps that build, install and self-test; the Inno Setup script parses
into sections and every file it takes exists in the repository or in the layout build.spec makes;
the productbuild distribution parses and names the component package the workflow builds.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
ISS = ROOT / "packaging" / "windows" / "candor.iss"
DISTRIBUTION = ROOT / "packaging" / "macos" / "distribution.xml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def job_text(name: str) -> str:
    return "\n".join(step.get("run", "") + step.get("uses", "") for step in workflow()["jobs"][name]["steps"])


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections[current] = []
        else:
            assert current is not None, f"candor.iss: {line!r} comes before any [Section]"
            sections[current].append(line)
    return sections


def iss_entry(line: str) -> dict[str, str]:
    """One ``Name: "value"; Other: value`` line of a [Files]/[Icons]/[Run] section."""
    return {key: value.strip('"') for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)}


def test_the_workflow_builds_installs_and_self_tests_on_windows_and_macos():
    flow = workflow()
    assert flow["name"] == "installers"
    assert {"windows", "macos"} <= set(flow["jobs"])
    assert flow["jobs"]["windows"]["runs-on"] == "windows-latest"
    assert flow["jobs"]["macos"]["runs-on"] == "macos-latest"
    for name in ("windows", "macos"):
        job = flow["jobs"][name]
        for step in job["steps"]:
            assert ("run" in step) != ("uses" in step), f"{name}: a step needs exactly one of run/uses: {step}"
        text = job_text(name)
        assert "pyinstaller --noconfirm --clean build.spec" in text
        assert "self-test" in text
    assert "candor.iss" in job_text("windows") and "/VERYSILENT" in job_text("windows")
    mac = job_text("macos")
    assert "pkgbuild --component dist/Candor.app --install-location /Applications" in mac
    assert "productbuild --distribution packaging/macos/distribution.xml" in mac
    assert "/Applications/Candor.app/Contents/MacOS/candor self-test" in mac


def test_the_inno_setup_script_installs_per_machine_with_a_start_menu_entry_and_a_locked_policy_folder():
    sections = iss_sections()
    assert {"Setup", "Files", "Dirs", "Icons", "Run"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"] == r"{autopf}\Candor"
    icons = [iss_entry(line) for line in sections["Icons"]]
    assert any(icon["Name"] == r"{autoprograms}\Candor" and icon["Filename"] == r"{app}\candor-gui.exe"
               for icon in icons)
    dirs = [iss_entry(line) for line in sections["Dirs"]]
    assert any(entry["Name"] == r"{commonappdata}\Candor" for entry in dirs)  # %ProgramData%\Candor
    icacls = next(iss_entry(line) for line in sections["Run"] if "icacls" in line)
    # Users (S-1-5-32-545) only read; inherited entries that let them write are removed.
    assert "/inheritance:r" in icacls["Parameters"] and "*S-1-5-32-545:(OI)(CI)RX" in icacls["Parameters"]


def test_every_file_the_inno_setup_script_takes_exists_in_the_repository_or_the_bundle_layout():
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for line in sections["Files"]:
        source = iss_entry(line)["Source"].replace("\\", "/")
        if source.startswith("../../dist/Candor/"):
            # The PyInstaller folder build.spec makes (COLLECT name "Candor"), on Linux dist/Candor too.
            assert 'name="Candor"' in spec
            continue
        assert (ISS.parent / source).is_file(), f"candor.iss takes {source}, which does not exist"
    # The executables it starts are the ones build.spec makes on Windows (candor.exe, candor-gui.exe).
    for line in sections["Icons"] + sections["Run"]:
        target = iss_entry(line)["Filename"]
        if target.startswith("{app}"):
            exe = target.removeprefix("{app}\\").removesuffix(".exe")
            assert f'executable("{exe}"' in spec, f"build.spec makes no {exe}.exe"


def test_the_distribution_names_the_component_the_workflow_builds():
    tree = ET.parse(DISTRIBUTION).getroot()
    assert tree.tag == "installer-gui-script"
    refs = {ref.get("id"): (ref.text or "").strip() for ref in tree.iter("pkg-ref")}
    assert refs.get("org.candor.Candor") == "CandorApp.pkg"
    mac = job_text("macos")
    assert "--identifier org.candor.Candor" in mac and "build/pkg/CandorApp.pkg" in mac
    assert 'bundle_identifier="org.candor.Candor"' in (ROOT / "build.spec").read_text(encoding="utf-8")
