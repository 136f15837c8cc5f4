"""Settings screen: language, server, data folder, letterhead (kop surat) and signatories."""

from desktop.ui.settings_screen.screen import SettingsScreen

__all__ = ["SettingsScreen"]
