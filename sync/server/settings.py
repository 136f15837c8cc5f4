"""Server settings. Everything that several workers must agree on lives in the database, not here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

SERVER_VERSION = "0.1.0"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("blangkon-server", appauthor=False))


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str
    data_dir: Path
    min_client_version: str = "0.1.0"
    access_ttl_s: int = 15 * 60
    refresh_ttl_s: int = 60 * 24 * 3600  # longer than the longest expected offline period (SYNC.md §7)
    idempotency_retention_days: int = 90
    idempotency_lease_s: int = 30  # an in-flight key older than this belongs to a worker that died
    max_body_bytes: int = 1_000_000
    # a USB export relayed by a connected PC (#18): weeks of one office's work (~1 KB a command) in one file
    max_usb_file_bytes: int = 32_000_000
    login_window_s: int = 15 * 60
    login_max_failures_user: int = 5  # free failures per account before the delay starts
    login_max_failures_address: int = 30  # the same per address
    login_delay_base_s: int = 2  # first delay; each further failure doubles it …
    login_delay_max_s: int = 60  # … up to this cap (never a lock: see accounts/throttle.py)
    trusted_proxies: tuple[str, ...] = ()  # only these may set X-Forwarded-For (serve --trusted-proxy)
    page_limit_max: int = 5_000
    # Behind nginx (docs/DEPLOY.md): snapshot chunks are answered with `X-Accel-Redirect: <prefix><sha256>/<id>/<n>
    # .ndjson.gz` after the auth check, and nginx sends the file itself (Range, sendfile); empty: the app sends it.
    accel_redirect: str = ""
    expire_interval_s: float = 600  # the PPK-deadline expiry pass in each serving process (0: off; #17)
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        """Used by `serve` worker processes: the parent passes its choices through the environment."""
        data_dir = Path(os.environ.get("BLANGKON_SERVER_DATA_DIR") or default_data_dir())
        db_url = os.environ.get("BLANGKON_SERVER_DB") or default_db_url(data_dir)
        kwargs: dict[str, object] = {}
        if os.environ.get("BLANGKON_SERVER_MIN_CLIENT"):
            kwargs["min_client_version"] = os.environ["BLANGKON_SERVER_MIN_CLIENT"]
        for env, name in (("BLANGKON_SERVER_ACCESS_TTL", "access_ttl_s"),
                          ("BLANGKON_SERVER_LOGIN_MAX_USER", "login_max_failures_user"),
                          ("BLANGKON_SERVER_LOGIN_MAX_ADDRESS", "login_max_failures_address"),
                          ("BLANGKON_SERVER_LOGIN_DELAY_BASE", "login_delay_base_s"),
                          ("BLANGKON_SERVER_LOGIN_DELAY_MAX", "login_delay_max_s")):
            if os.environ.get(env):
                kwargs[name] = int(os.environ[env])
        if os.environ.get("BLANGKON_SERVER_EXPIRE_INTERVAL"):
            kwargs["expire_interval_s"] = float(os.environ["BLANGKON_SERVER_EXPIRE_INTERVAL"])
        if os.environ.get("BLANGKON_SERVER_TRUSTED_PROXIES"):
            kwargs["trusted_proxies"] = tuple(
                p.strip() for p in os.environ["BLANGKON_SERVER_TRUSTED_PROXIES"].split(",") if p.strip())
        if os.environ.get("BLANGKON_SERVER_ACCEL_REDIRECT"):
            kwargs["accel_redirect"] = os.environ["BLANGKON_SERVER_ACCEL_REDIRECT"]
        return cls(db_url=db_url, data_dir=data_dir, **kwargs)  # type: ignore[arg-type]

    @property
    def snapshot_dir(self) -> Path:
        return self.data_dir / "snapshots"
