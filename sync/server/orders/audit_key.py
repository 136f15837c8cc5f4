"""The audit key and checkpoints: kept OUTSIDE the database, so whoever can write the database cannot forge them.

The key file (0600, `data_dir/audit.key` or BLANGKON_SERVER_AUDIT_KEY_FILE) holds a random secret and the first
event sequence number that was linked with it; events before that are from before the key existed and are only
hash-checked. Every worker (and every machine serving one PostgreSQL) must use the same file.

Checkpoints (`data_dir/audit-checkpoints.jsonl`, appended by `audit checkpoint` and after each clean `audit
verify`) record each OPD chain's length and head, signed with the key: a later deletion of events, even with
the heads in the database put back, no longer matches them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from sync.server.storage import models as m
from sync.server.storage.db import now_iso

KEY_ENV = "BLANGKON_SERVER_AUDIT_KEY_FILE"
OPTION = "audit_key"  # engine execution option through which `append` receives the key


@dataclass(frozen=True)
class AuditKey:
    secret: bytes
    keyed_from_seq: int  # events with a smaller seq were written before the key existed

    def mac(self, text: str) -> str:
        return hmac.new(self.secret, text.encode("ascii"), hashlib.sha256).hexdigest()


def key_path(data_dir: Path) -> Path:
    return Path(os.environ.get(KEY_ENV) or data_dir / "audit.key")


def checkpoint_path(data_dir: Path) -> Path:
    return data_dir / "audit-checkpoints.jsonl"


def load_key(data_dir: Path) -> AuditKey | None:
    path = key_path(data_dir)
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return AuditKey(bytes.fromhex(raw["secret"]), int(raw["keyed_from_seq"]))


def ensure_key(engine: Engine, data_dir: Path) -> AuditKey:
    """Create the key file once (atomically, 0600); later calls read it."""
    found = load_key(data_dir)
    if found is not None:
        return found
    with engine.connect() as conn:
        last = conn.execute(select(func.max(m.order_event.c.seq))).scalar() or 0
    path = key_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"secret": secrets.token_hex(32), "keyed_from_seq": int(last) + 1, "created_at": now_iso()}
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh)
    try:
        os.link(tmp, path)  # never replaces a key another worker wrote first
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    key = load_key(data_dir)
    assert key is not None
    return key


def keyed(engine: Engine, data_dir: Path) -> Engine:
    """The engine whose connections hand the key to `audit.append`."""
    return engine.execution_options(**{OPTION: ensure_key(engine, data_dir)})


def _checkpoint_mac(key: AuditKey, entry: dict[str, Any]) -> str:
    return key.mac(json.dumps([entry["at"], entry["heads"]], sort_keys=True, separators=(",", ":")))


def write_checkpoint(data_dir: Path, key: AuditKey, heads: dict[str, tuple[int, str]]) -> None:
    entry: dict[str, Any] = {"at": now_iso(), "heads": {opd: [n, h] for opd, (n, h) in sorted(heads.items())}}
    entry["mac"] = _checkpoint_mac(key, entry)
    with checkpoint_path(data_dir).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def read_checkpoints(data_dir: Path, key: AuditKey) -> tuple[list[dict[str, Any]], list[str]]:
    """(valid checkpoints, problems with forged or damaged lines)."""
    path = checkpoint_path(data_dir)
    good: list[dict[str, Any]] = []
    problems: list[str] = []
    if not path.exists():
        return good, problems
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            entry = json.loads(line)
            ok = hmac.compare_digest(entry["mac"], _checkpoint_mac(key, entry))
        except (ValueError, KeyError, TypeError):
            ok = False
        if ok:
            good.append(entry)
        else:
            problems.append(f"checkpoint line {n} is not signed by this server's audit key")
    return good, problems
