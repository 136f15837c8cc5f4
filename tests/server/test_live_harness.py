"""The live-server harness (tests/server/live.py) serves each test its own server: a port that another server
already answers on is not taken for ours (free_port only reserves a number; two pytest workers, or a test that
brings a server back on a 'dead' port, can meet on one)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.server import live


class _Foreign(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


def test_a_port_someone_else_answers_on_is_never_taken_for_our_server(tmp_path, monkeypatch):
    foreign = ThreadingHTTPServer(("127.0.0.1", 0), _Foreign)
    threading.Thread(target=foreign.serve_forever, daemon=True).start()
    try:
        port = foreign.server_address[1]
        monkeypatch.setattr(live, "free_port", lambda: port)  # the race, made certain
        with pytest.raises(RuntimeError, match="exited"):  # ours cannot bind: said, not hidden behind theirs
            srv = live.start_server(tmp_path, products=20)
            srv.stop()
    finally:
        foreign.shutdown()
        foreign.server_close()


def test_our_own_server_is_found_listening(tmp_path):
    srv = live.start_server(tmp_path, products=20)
    try:
        assert live.listens(srv.proc.pid, srv.port) in (True, None)
    finally:
        srv.stop()
