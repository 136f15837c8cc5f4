"""The deployment of docs/DEPLOY.md, for real: Debian's nginx running `blangkon-server nginx-site` in front of
`serve --workers 2 --accel-redirect` on PostgreSQL (skipped without nginx or BLANGKON_TEST_PG_URL).

Both workers listen on one socket and the kernel hands each new connection to one of them, so concurrent
requests on separate connections land on both processes: what must hold is what the database guarantees, not
what one process remembers — one answer per Idempotency-Key, one owner per document number.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop.domain.numbering import document_number
from sync.server.orders.numbers import legal_today
from tests.conftest import PG_URL
from tests.server.conftest import OPD, Api
from tests.server.flows import body_for, drive
from tests.server.live import LiveServer, start_server
from tests.server.nginx import NGINX, Nginx

pytestmark = [
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx)"),
    pytest.mark.skipif(not PG_URL, reason="BLANGKON_TEST_PG_URL not set (several workers need PostgreSQL)"),
]


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Nginx]]:
    srv = start_server(tmp_path_factory.mktemp("deployed"), db_url=PG_URL, workers=2,
                       serve_args=("--accel-redirect", "--trusted-proxy", "127.0.0.1"))
    proxy = None
    try:
        proxy = Nginx(srv, tmp_path_factory.mktemp("nginx"))
        yield srv, proxy
    finally:
        if proxy is not None:
            proxy.stop()
        srv.stop()


@pytest.fixture(scope="module")
def api(deployed: tuple[LiveServer, Nginx]) -> Api:
    srv, proxy = deployed
    client = Api(srv)
    client.url = proxy.url  # every call goes through nginx
    return client


def _together(n: int, call: Any) -> list[Any]:
    """`call(i)` on n threads released at once, each with its own connection (so both workers take some)."""
    gate = threading.Barrier(n)
    out: list[Any] = [None] * n

    def run(i: int) -> None:
        session = requests.Session()
        gate.wait()
        out[i] = call(i, session)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_one_command_sent_many_times_at_once_is_applied_once(api: Api) -> None:
    oid, key = str(uuid.uuid4()), str(uuid.uuid4())
    body = api.draft(api.products())
    headers = api.h("PP", **{"If-None-Match": "*", "Idempotency-Key": key})
    answers = _together(12, lambda i, s: s.put(f"{api.url}/v1/orders/{oid}", json=body, headers=headers, timeout=60))
    assert {r.status_code for r in answers} == {201}, [r.text for r in answers if r.status_code != 201]
    assert len({r.content for r in answers}) == 1  # the first answer, replayed byte for byte
    events = api.get(oid).json()["events"]
    assert [e["action"] for e in events] == ["create"]


def test_number_blocks_and_approvals_on_both_workers_never_share_a_number(api: Api) -> None:
    year = legal_today().year

    def lease(i: int, s: requests.Session) -> requests.Response:
        return s.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK"), timeout=60,
                      json={"opd_id": OPD, "year": year, "doc_type": "SP", "size": 5, "device_id": f"pc-{i}"})

    blocks = _together(10, lease)
    assert all(r.status_code == 201 for r in blocks), [r.text for r in blocks]
    leased = [n for r in blocks for n in range(r.json()["start"], r.json()["end"] + 1)]
    assert len(leased) == len(set(leased)) == 50

    orders = [drive(api, api.new_order(), "DIAJUKAN") for _ in range(8)]

    def approve(i: int, s: requests.Session) -> requests.Response:
        order = orders[i]
        return s.post(f"{api.url}/v1/orders/{order['id']}/transitions", timeout=60,
                      json={"action": "approve", **body_for("approve", order)},
                      headers=api.h("PPK", **{"Idempotency-Key": str(uuid.uuid4())}))

    approved = _together(len(orders), approve)
    assert all(r.status_code == 200 for r in approved), [r.text for r in approved]
    numbers = [r.json()["number"] for r in approved]
    assert len(set(numbers)) == len(numbers)  # the server's counter, taken on both workers
    leased_texts = {document_number(OPD, "SP", n, legal_today()) for n in leased}
    assert not leased_texts & set(numbers)  # and never a number leased to a device


def _manifest(api: Api) -> dict[str, Any]:
    r = api.http.get(f"{api.url}/v1/catalog/snapshots/latest", headers=api.h("PP"), timeout=30)
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_snapshot_chunks_come_from_nginx_with_range_against_the_sha256(api: Api, deployed: Any) -> None:
    srv, _proxy = deployed
    manifest = _manifest(api)
    chunk = manifest["chunks"][0]
    url = f"{api.url}/v1/catalog/snapshots/{manifest['snapshot_id']}/chunks/{chunk['n']}.ndjson.gz"
    on_disk = (Path(srv.data_dir) / "snapshots" / manifest["snapshot_id"] / f"{chunk['n']}.ndjson.gz").read_bytes()
    etag = f'"{chunk["sha256"]}"'

    whole = api.http.get(url, headers=api.h("PP"), timeout=30)
    assert whole.status_code == 200 and whole.content == on_disk
    assert hashlib.sha256(whole.content).hexdigest() == chunk["sha256"]
    assert whole.headers["etag"] == etag and whole.headers["content-type"] == "application/gzip"
    assert "last-modified" in whole.headers  # nginx's static module sent it (the app never does)

    part = api.http.get(url, headers=api.h("PP", Range="bytes=100-1099", **{"If-Range": etag}), timeout=30)
    assert part.status_code == 206 and part.content == on_disk[100:1100]
    assert part.headers["content-range"] == f"bytes 100-1099/{len(on_disk)}"

    changed = api.http.get(url, headers=api.h("PP", Range="bytes=100-1099", **{"If-Range": '"other"'}), timeout=30)
    assert changed.status_code == 200 and changed.content == on_disk  # the file is not the one resumed: all of it

    assert api.http.get(url, timeout=30).status_code == 401  # the token is still checked, by the app
    internal = f"{api.url}/_blangkon_snapshots/{chunk['sha256']}/{manifest['snapshot_id']}/{chunk['n']}.ndjson.gz"
    assert api.http.get(internal, timeout=30).status_code == 404  # nginx serves that location to the app only


def test_a_first_sync_through_nginx_loads_the_whole_catalog(api: Api, deployed: Any, tmp_path: Path) -> None:
    from desktop.services.credentials import CredentialStore
    from desktop.services.sync_service import SyncService, SyncSettings
    from desktop.store import Store
    from tests.sync.kit import install_keyring

    srv, proxy = deployed
    manifest = _manifest(api)
    _, previous = install_keyring()
    store = Store.open(tmp_path / "blangkon.db")
    try:
        service = SyncService(store, SyncSettings(proxy.url, tmp_path / "data"), CredentialStore())
        account = srv.account("PP", OPD)
        uid = service.login(account["username"], account["password"])
        report = service.sync_now(uid, threading.Event())
        assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
        with store.raw_connection() as conn:
            live = sum(conn.execute(f"SELECT count(*) FROM {t} WHERE status = 'active'").fetchone()[0]
                       for t in ("provider", "product"))
        assert live == manifest["row_count"]
    finally:
        store.close()
        import keyring

        keyring.set_keyring(previous)
