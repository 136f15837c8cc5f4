"""Where the app keeps its files: platformdirs' per-user data, config, cache and log folders; resources from
source or a frozen build (re-exported from desktop.domain.resources)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop.domain.resources import resource_path, resources_root

APP_NAME = "blangkon-desktop"
DB_FILE = "blangkon.db"
ENV_DATA_DIR = "BLANGKON_DATA_DIR"

__all__ = ["APP_NAME", "DB_FILE", "cache_dir", "config_dir", "data_dir", "log_dir", "resource_path",
           "resources_root", "translations_dir"]


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit override (--data-dir or Settings), then $BLANGKON_DATA_DIR, then the
    per-user default (e.g. ~/.local/share/blangkon-desktop, %LOCALAPPDATA%\\blangkon-desktop)."""
    chosen = override or os.environ.get(ENV_DATA_DIR, "")
    return Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def translations_dir() -> Path:
    return resource_path("translations")
