"""Hostile-input probe (issue 15): every request class an attacker or bad luck sends, counted per class.

Classes: `surrogate` (a lone surrogate in every JSON text field and key), `huge_int` (≥ 2^63 and < -2^63 in
every integer field, query parameter and cursor), `deep_nesting` (arrays/objects nested up to 100,000 deep in
every field), `big_body` (10 MB bodies, declared and chunked), `bad_date` (impossible calendar dates in every
date field). Each request must be answered below 500.

    python -m tests.server.hostile                 # SQLite demo server, prints the table
    python -m tests.server.hostile --pg URL        # the same on PostgreSQL
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import requests

from sync.protocol.catalog import encode_cursor

CLASSES = ("surrogate", "huge_int", "deep_nesting", "big_body", "bad_date")
SURROGATES = ("\ud800", "\udfff", "ok\udc80ok")
HUGE = (2**63, 2**64, -(2**63) - 1, 10**30)
DEPTHS = (64, 5_000, 100_000)
BAD_DATES = ("2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29")
TEN_MB = 10 * 1024 * 1024
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MARK = "__HOSTILE__"


@dataclass
class Tally:
    sent: Counter[str] = field(default_factory=Counter)
    server_errors: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)  # connection closed without an answer
    accepted: Counter[str] = field(default_factory=Counter)  # 2xx (207 for a batch: see its results)
    examples: list[str] = field(default_factory=list)

    def record(self, cls: str, what: str, status: int | None) -> None:
        self.sent[cls] += 1
        if status is None:
            self.dropped[cls] += 1
            if len(self.examples) < 40:
                self.examples.append(f"{cls}: {what} -> dropped")
        elif status < 300:
            self.accepted[cls] += 1
            if cls == "bad_date" and len(self.examples) < 40:
                self.examples.append(f"{cls}: {what} -> accepted {status}")
        elif status >= 500:
            self.server_errors[cls] += 1
            if len(self.examples) < 30:
                self.examples.append(f"{cls}: {what} -> {status}")

    def table(self) -> str:
        rows = [f"{'class':<14}{'sent':>7}{'5xx':>6}{'dropped':>9}{'2xx':>6}"]
        for cls in CLASSES:
            rows.append(f"{cls:<14}{self.sent[cls]:>7}{self.server_errors[cls]:>6}{self.dropped[cls]:>9}"
                        f"{self.accepted[cls]:>6}")
        rows.append(f"{'total':<14}{sum(self.sent.values()):>7}{sum(self.server_errors.values()):>6}"
                    f"{sum(self.dropped.values()):>9}{sum(self.accepted.values()):>6}")
        return "\n".join(rows)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every leaf (and every container) of a JSON value with its path."""
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, (*path, i))


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: replaced(value[head], rest, new)}
    out = list(value)
    out[head] = replaced(value[head], rest, new)
    return out


def nested_json(body: Any, path: tuple[Any, ...], depth: int) -> str:
    """The body as JSON text with the value at `path` replaced by `depth` nested arrays (built as text: no
    recursion on this side)."""
    text = json.dumps(replaced(body, path, _MARK))
    return text.replace(json.dumps(_MARK), "[" * depth + "]" * depth, 1)


@dataclass
class Target:
    method: str
    path: str
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    fresh_path: bool = False  # a new order id per request (PUT create)

    def url_path(self) -> str:
        return self.path.replace("{new}", str(uuid.uuid4())) if self.fresh_path else self.path


def batch_status(r: requests.Response) -> int:
    """A 207 batch answer counts as its worst command: any 5xx, else 2xx when a command was accepted."""
    statuses = [x["status"] for x in r.json()["results"]]
    worst = max(statuses, default=422)
    return worst if worst >= 500 else (200 if any(st < 300 for st in statuses) else 422)


class Probe:
    def __init__(self, api: Any) -> None:
        self.api = api
        self.tally = Tally()
        self.http = requests.Session()

    # ---- sending --------------------------------------------------------------------------------------------
    def send(self, cls: str, target: Target, data: bytes | Any, what: str) -> None:
        headers = {**self.api.h("PP"), "Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4()),
                   **target.headers}
        if target.path == "/v1/auth/token":
            headers.pop("Authorization")
        try:
            r = self.http.request(target.method, self.api.url + target.url_path(), data=data, headers=headers,
                                  timeout=60)
            status: int | None = batch_status(r) if r.status_code == 207 else r.status_code
        except requests.ConnectionError:
            status = None
            self.http = requests.Session()
        self.tally.record(cls, f"{target.method} {target.path} {what}", status)

    def get(self, cls: str, path: str, params: dict[str, str], what: str) -> None:
        try:
            # surrogates travel as the bytes a hostile client would send (ED A0 80: not UTF-8)
            query = "&".join(f"{k}={quote(v.encode('utf-8', 'surrogatepass'))}" for k, v in params.items())
            r = self.http.get(f"{self.api.url}{path}?{query}", headers=self.api.h("PP"), timeout=60)
            status: int | None = r.status_code
        except requests.ConnectionError:
            status = None
            self.http = requests.Session()
        self.tally.record(cls, f"GET {path} {what}", status)

    # ---- targets ---------------------------------------------------------------------------------------------
    def targets(self) -> list[Target]:
        api = self.api
        draft = api.draft(api.products())
        order = api.new_order()
        oid = order["id"]
        return [
            Target("PUT", "/v1/orders/{new}", draft, {"If-None-Match": "*"}, fresh_path=True),
            Target("PUT", f"/v1/orders/{oid}", draft, {"If-Match": '"v1"'}),
            Target("POST", f"/v1/orders/{oid}/transitions",
                   {"action": "submit", "base_version": 1, "content_hash": "0" * 64,
                    "client_recorded_at": "2026-11-23T10:00:00+07:00"}),
            Target("POST", f"/v1/orders/{oid}/transitions",
                   {"action": "cancel", "base_version": 1, "payload": {"reason": "Alasan uji pembatalan"}}),
            Target("POST", f"/v1/orders/{oid}/transitions",
                   {"action": "receive", "base_version": 1,
                    "payload": {"date": "2026-11-23", "checklist": {"fungsi": True}}}),
            Target("POST", "/v1/auth/token", {"grant_type": "password", "username": "probe.tidak.ada",
                                              "password": "salah-sekali", "device_id": "pc-uji"}),
            Target("POST", "/v1/auth/token", {"grant_type": "refresh_token", "refresh_token": "x" * 40}),
            Target("POST", "/v1/numbers/blocks", {"opd_id": "33.00-DINKES", "year": 2026, "doc_type": "SP",
                                                  "size": 1, "device_id": "pc-uji"}),
            Target("POST", "/v1/numbers/void", {"opd_id": "33.00-DINKES", "year": 2026, "doc_type": "SP",
                                                "number": 10**6, "reason": "uji"}),
            Target("POST", "/v1/devices/certificate", {"device_id": "pc-uji", "public_key": "A" * 43}),
            Target("POST", "/v1/commands:batch", {"commands": [
                {"id": str(uuid.uuid4()), "method": "PUT", "path": f"/v1/orders/{uuid.uuid4()}",
                 "headers": {"If-None-Match": "*"}, "body": draft}]}),  # one command: its result is the answer
        ]

    # ---- classes ---------------------------------------------------------------------------------------------
    def body_classes(self, target: Target) -> None:
        for path, value in leaves(target.body):
            where = ".".join(map(str, path)) or "(root)"
            if isinstance(value, str):
                for s in SURROGATES:
                    self.send("surrogate", target, json.dumps(replaced(target.body, path, s)), where)
                if _DATE.match(value):
                    for d in BAD_DATES:
                        self.send("bad_date", target, json.dumps(replaced(target.body, path, d)), where)
            elif isinstance(value, dict):
                self.send("surrogate", target, json.dumps(replaced(target.body, path, {**value, "\udc00": 1})),
                          f"{where} key")
            elif isinstance(value, int) and not isinstance(value, bool):
                for n in HUGE:
                    self.send("huge_int", target, json.dumps(replaced(target.body, path, n)), where)
            if len(path) <= 1:  # the root and each top-level field
                for depth in DEPTHS:
                    self.send("deep_nesting", target, nested_json(target.body, path, depth), f"{where} d={depth}")
        first_text = next((p for p, v in leaves(target.body) if isinstance(v, str)), None)
        if first_text is not None:
            big = json.dumps(replaced(target.body, first_text, "x" * TEN_MB)).encode()
            self.send("big_body", target, big, "declared")
            self.send("big_body", target, (big[i:i + 65536] for i in range(0, len(big), 65536)), "chunked")

    def query_classes(self) -> None:
        for path in ("/v1/catalog/changes", "/v1/orders/changes"):
            for epoch, seq in ((0, 2**63), (1, 2**63), (2**63, 0), (1, 2**64), (0, 10**30)):
                self.get("huge_int", path, {"since": encode_cursor(epoch, seq)}, f"cursor {epoch}:{seq}")
            for n in HUGE:
                self.get("huge_int", path, {"limit": str(n)}, f"limit {n}")
            self.get("surrogate", path, {"since": "\ud800"}, "since")
        for name in ("orders", "never-sold"):
            for n in HUGE:
                for param in ("offset", "limit"):
                    self.get("huge_int", f"/v1/stats/{name}", {param: str(n)}, f"{param} {n}")
        for d in BAD_DATES:
            for param in ("date_from", "date_to"):
                self.get("bad_date", "/v1/stats/summary", {param: d}, param)
        for month in ("2026-13", "2026-00", "2026-1"):
            self.get("bad_date", "/v1/stats/orders", {"month": month}, "month")
        self.get("surrogate", "/v1/documents/verify", {"qr": "BLK1.\ud800"}, "qr")
        self.get("surrogate", "/v1/stats/summary", {"opd_id": "\ud800"}, "opd_id")

    def run(self) -> Tally:
        for target in self.targets():
            self.body_classes(target)
        self.query_classes()
        return self.tally


def main(argv: list[str] | None = None) -> int:
    import tempfile
    from pathlib import Path

    from tests.server.conftest import Api
    from tests.server.live import start_server

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", help="PostgreSQL URL (a fresh schema is made and dropped)")
    args = ap.parse_args(argv)
    srv = start_server(Path(tempfile.mkdtemp()), db_url=args.pg, products=200,
                       env={"BLANGKON_SERVER_LOGIN_MAX_ADDRESS": "100000"})
    try:
        tally = Probe(Api(srv)).run()
        print(tally.table())
        for line in tally.examples:
            print("  " + line)
        alive = requests.get(f"{srv.url}/v1/sync/meta", timeout=5).status_code
        print(f"server still answering: {alive == 200}")
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
