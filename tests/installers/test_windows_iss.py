"""Structural checks of the Inno Setup script (it cannot be compiled on Linux; see docs/INSTALL.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installers" / "windows" / "blangkon.iss").read_text(encoding="utf-8")


def section(name: str) -> str:
    match = re.search(rf"^\[{re.escape(name)}\]\s*$(.*?)(?=^\[[A-Za-z]+\]\s*$|\Z)", ISS, re.M | re.S)
    assert match, f"[{name}] section missing"
    return match.group(1)


def directives() -> dict[str, str]:
    pairs = re.findall(r"^([A-Za-z0-9]+)=(.*)$", section("Setup"), re.M)
    return {k: v.strip() for k, v in pairs}


def test_required_sections_exist():
    for name in ("Setup", "Languages", "CustomMessages", "Tasks", "InstallDelete", "Files", "Icons", "Run",
                 "UninstallDelete", "Code"):
        section(name)


def test_per_user_install_without_admin():
    d = directives()
    assert d["PrivilegesRequired"] == "lowest"
    assert d["PrivilegesRequiredOverridesAllowed"] == "commandline"  # IT may use /ALLUSERS
    assert d["DefaultDirName"].startswith("{autopf}")  # = {localappdata}\Programs in non-admin mode
    assert d["AppId"].startswith("{{")  # a literal brace must be doubled
    assert d["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_indonesian_first_then_english():
    langs = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', section("Languages"), re.M)
    names = [n for n, _ in langs]
    assert names.index("id") < names.index("en")
    assert directives()["LanguageDetectionMethod"] == "none"
    custom = section("CustomMessages")
    ids = set(re.findall(r"^id\.(\w+)=", custom, re.M))
    ens = set(re.findall(r"^en\.(\w+)=", custom, re.M))
    assert ids == ens and {"BadServer", "PurgeDataQuestion", "SelfTestFailed"} <= ids
    used = set(re.findall(r"CustomMessage\('(\w+)'\)", ISS)) | set(re.findall(r"\{cm:(\w+)\}", ISS))
    builtin = {"CreateDesktopIcon", "AdditionalIcons"}
    assert used - builtin <= ids


def test_start_menu_shortcut_and_bundle():
    assert "{autoprograms}" in section("Icons")
    assert "recursesubdirs" in section("Files") and "{#BundleDir}" in section("Files")
    assert "{app}\\_internal" in section("InstallDelete")


def test_switches_and_provisioning_in_code():
    code = section("Code")
    for switch in ("{param:SERVER|}", "{param:OPD|}", "{param:PROVISION|}", "/PURGEDATA", "/NOSELFTEST"):
        assert switch in code
    assert "{src}\\{#ProvisionFile}" in code and "{#CaFile}" in code
    assert '#define ProvisionFile "blangkon-provision.json"' in ISS
    for event in ("function InitializeSetup(): Boolean;", "procedure CurStepChanged(CurStep: TSetupStep);",
                  "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);"):
        assert event in code
    assert "--self-test" in code
    for documented in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR=", "/SERVER=", "/PURGEDATA"):
        assert documented in ISS


def test_uninstall_keeps_data_unless_asked():
    code = section("Code")
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert "UninstallSilent" in code  # silent uninstall never deletes data without /PURGEDATA
    assert '#define DataDirName "blangkon-desktop"' in ISS
    for name in ("{app}\\{#ProvisionFile}", "{app}\\{#CaFile}", "{app}\\selftest-install.log"):
        assert name in section("UninstallDelete")


def test_data_dir_name_matches_the_app():
    from desktop.app import paths

    assert f'#define DataDirName "{paths.APP_NAME}"' in ISS


def test_ui_settings_location_matches_the_app():
    from desktop.ui import settings

    assert f'#define UiSettingsDir "{settings.ORGANIZATION}"' in ISS
    assert f'#define UiSettingsFile "{settings.APPLICATION}.ini"' in ISS
    script = (ROOT / "installers" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f'UI_SETTINGS_DIR="{settings.ORGANIZATION}"' in script


def test_code_section_is_balanced():
    code = section("Code")
    # Pascal brace comments do not nest: a {constant} inside one would end it early. Only // comments are used.
    assert not re.search(r"^\s*\{ ", code, re.M)
    words = re.findall(r"\b(begin|end|try|case)\b", re.sub(r"'[^']*'|//[^\n]*", "", code), re.I)
    opened = sum(w.lower() in ("begin", "try", "case") for w in words)
    assert opened == sum(w.lower() == "end" for w in words)
