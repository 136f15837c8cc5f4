"""A real nginx (Debian's) in front of a live server, running the site `blangkon-server nginx-site` prints.

Only the frame around the site is test-specific: its own pid, log and temp files under tmp, no daemon, a free
loopback port instead of 443 with TLS.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import requests

from sync.server.nginx_site import site
from tests.server.live import LiveServer, free_port

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


class Nginx:
    def __init__(self, srv: LiveServer, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        folder.mkdir(parents=True, exist_ok=True)
        temps = "\n".join(f"    {k}_temp_path {folder / k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        # Running as root (CI containers): workers stay root so they can read pytest's 0700 folders.
        user = "user root;\n" if os.geteuid() == 0 else ""
        body = site(upstream=f"127.0.0.1:{srv.port}", snapshot_dir=srv.data_dir / "snapshots",
                    listen=f"127.0.0.1:{self.port}")
        (folder / "nginx.conf").write_text(
            f"{user}worker_processes 1;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
            f"events {{ worker_connections 256; }}\nhttp {{\n    access_log off;\n{temps}\n"
            + "\n".join("    " + line if line else "" for line in body.splitlines()) + "\n}\n")
        assert NGINX is not None
        self.proc = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.proc.stderr.read().decode(errors='replace') if self.proc.stderr else ''}")
            try:
                if requests.get(f"{self.url}/v1/sync/meta", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("nginx did not answer")
            time.sleep(0.05)  # polling while the socket comes up, not a timing assumption

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: workers finish, then the master exits
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def error_log(self) -> str:
        path = self.folder / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""
