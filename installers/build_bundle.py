"""Build the bundle with the one PyInstaller spec, on Linux and on Windows: onedir → self-test offscreen → package.

    python installers/build_bundle.py [--clean] [--skip-pyinstaller] [--appimage] [--no-tarball] [--setup]

(`make package` runs it on Linux after installing the `package` extra; `.github/workflows/windows.yml` runs it on a
Windows runner with `--no-tarball --setup`.) Steps, each timed:
1. compile resources/translations/*.ts to build/translations/*.qm with pyside6-lrelease (when there are any);
2. PyInstaller on installers/pyinstaller/blangkon.spec → dist/pyinstaller/blangkon/ (blangkon, blangkon-server);
3. `<bundle>/blangkon --self-test` with QT_QPA_PLATFORM=offscreen, outside the source tree, with no venv on PATH,
   then `<bundle>/blangkon-server serve` on a loopback port until /v1/sync/meta answers: the build fails if either
   fails;
4. the tarball: blangkon/ (the onedir), install.sh, blangkon-desktop.desktop, icons/, a provisioning example, a README;
5. optionally an AppDir, and an AppImage when `appimagetool` is on PATH (or APPIMAGETOOL names it);
On Windows steps 1–3 are the same (blangkon.exe, blangkon-server.exe); step 4 is replaced by `--setup`: Inno Setup's
ISCC compiles installers/windows/blangkon.iss into dist/blangkon-<version>-windows-x64-setup.exe.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "pyinstaller"))
import bundle_plan  # noqa: E402

SPEC = HERE / "pyinstaller" / "blangkon.spec"
LINUX = HERE / "linux"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / "pyinstaller" / "blangkon"
IS_WINDOWS = sys.platform == "win32"
EXE = ".exe" if IS_WINDOWS else ""
APP_EXE = f"blangkon{EXE}"
SERVER_EXE = f"blangkon-server{EXE}"
ISS = HERE / "windows" / "blangkon.iss"
STAGED_QM = BUILD / "translations"
# Variables of the build's own environment that must not leak into the bundle's self-test.
LEAKY_ENV = ("BLANGKON_RESOURCES", "BLANGKON_PROVISION", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_PLUGIN_PATH",
             "LD_LIBRARY_PATH", "PYTHON_KEYRING_BACKEND")


class BuildError(RuntimeError):
    pass


def log(message: str) -> None:
    print(f"[build_bundle] {message}", flush=True)


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:.1f} MB"


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def find_lrelease() -> str | None:
    candidates = [Path(sys.executable).with_name("pyside6-lrelease"), Path(sys.executable).with_name("lrelease")]
    try:
        import PySide6

        candidates += [Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "Qt" / "libexec"
                       / "lrelease"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations() -> int:
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    shutil.rmtree(STAGED_QM, ignore_errors=True)
    if not sources:
        log("terjemahan: tidak ada berkas .ts; aplikasi hanya berbahasa Indonesia")
        return 0
    tool = find_lrelease()
    if tool is None:
        raise BuildError("pyside6-lrelease tidak ditemukan; pasang PySide6-Essentials di venv (make package melakukannya)")
    STAGED_QM.mkdir(parents=True)
    for ts in sources:
        target = STAGED_QM / f"{ts.stem}.qm"
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(target)], capture_output=True, text=True)
        if done.returncode != 0 or not target.is_file():
            raise BuildError(f"lrelease gagal untuk {ts.name}: {done.stderr.strip() or done.stdout.strip()}")
    log(f"terjemahan: {len(sources)} berkas .ts disusun ke {STAGED_QM.relative_to(ROOT)}")
    return len(sources)


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST / "pyinstaller"), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    env = dict(os.environ, BLANGKON_STAGED_QM=str(STAGED_QM))
    done = subprocess.run(command, cwd=ROOT, env=env)
    if done.returncode != 0:
        raise BuildError(f"PyInstaller gagal (kode {done.returncode}); lihat pesan di atas")
    if not (BUNDLE / APP_EXE).is_file():
        raise BuildError(f"PyInstaller selesai tetapi {BUNDLE / APP_EXE} tidak ada")


def self_test(bundle: Path) -> str:
    """Run the frozen self-test the way a fresh machine would: offscreen, empty HOME, outside the source tree."""
    with tempfile.TemporaryDirectory(prefix="blangkon-selftest-") as tmp:
        env = {k: v for k, v in os.environ.items() if k not in LEAKY_ENV}
        venv_bin = str(Path(sys.executable).parent)
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
        env.update(QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_DATA_HOME=f"{tmp}/share", XDG_CONFIG_HOME=f"{tmp}/config")
        command = [str(bundle / APP_EXE), "--self-test", "--data-dir", f"{tmp}/data"]
        done = subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
    output = (done.stdout + done.stderr).rstrip()
    print(output, flush=True)
    if done.returncode != 0:
        raise BuildError(f"self-test bundel gagal (kode {done.returncode}); paket tidak dibuat")
    return output


def server_smoke_test(bundle: Path, timeout: float = 90.0) -> float:
    """Start the bundled `blangkon-server serve` on a loopback port with a throw-away database and wait for
    /v1/sync/meta: proves uvicorn, FastAPI, the migrations and the demo data path made it into the bundle."""
    server = bundle / SERVER_EXE
    if not server.is_file():
        log("server: blangkon-server tidak ada di bundel; uji server dilewati")
        return 0.0
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="blangkon-server-smoke-") as tmp:
        env = {k: v for k, v in os.environ.items() if k not in LEAKY_ENV and not k.startswith("BLANGKON_SERVER")}
        command = [str(server), "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", tmp,
                   "--db", f"sqlite:///{tmp}/server.db"]
        with open(Path(tmp) / "server.log", "wb") as out:
            proc = subprocess.Popen(command, cwd=tmp, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            while time.perf_counter() - started < timeout:
                if proc.poll() is not None:
                    break
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/sync/meta", timeout=2) as reply:
                        meta = json.loads(reply.read())
                    log(f"server: /v1/sync/meta menjawab (protocol {meta.get('protocol_version')}, "
                        f"min_client_version {meta.get('min_client_version')})")
                    return time.perf_counter() - started
                except (OSError, ValueError):
                    time.sleep(0.2)
            output = (Path(tmp) / "server.log").read_text(encoding="utf-8", errors="replace")[-2000:]
            raise BuildError(f"blangkon-server dari bundel tidak menjawab dalam {timeout:.0f} detik:\n{output}")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isfile() and info.name.endswith((".sh", "/blangkon", "/blangkon-server")):
        info.mode = 0o755
    elif info.isfile():
        info.mode = info.mode | 0o644
    return info


def make_tarball(version: str, arch: str) -> Path:
    top = f"blangkon-{version}-linux-{arch}"
    target = DIST / f"{top}.tar.gz"
    extras = {
        "install.sh": LINUX / "install.sh",
        "blangkon-desktop.desktop": LINUX / "blangkon-desktop.desktop",
        "blangkon-provision.example.json": LINUX / "blangkon-provision.example.json",
        "README-INSTALL.txt": LINUX / "README-INSTALL.txt",
        "icons": LINUX / "icons",
    }
    missing = [str(p) for p in extras.values() if not p.exists()]
    if missing:
        raise BuildError(f"berkas paket Linux tidak ada: {', '.join(missing)}")
    tmp = target.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"{top}/blangkon", filter=_tar_filter)
        for name, source in extras.items():
            tar.add(source, arcname=f"{top}/{name}", filter=_tar_filter)
    tmp.replace(target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    target.with_name(target.name + ".sha256").write_text(f"{digest}  {target.name}\n", encoding="ascii")
    return target


def make_appimage(version: str, arch: str) -> Path | None:
    """AppDir per installers/linux/appimage/README.md; packs it when appimagetool is available."""
    appdir = BUILD / "Blangkon.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(BUNDLE, appdir / "usr" / "lib" / "blangkon", symlinks=True)
    shutil.copy2(LINUX / "appimage" / "AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    desktop = (LINUX / "blangkon-desktop.desktop").read_text(encoding="utf-8")
    (appdir / "blangkon-desktop.desktop").write_text(desktop, encoding="utf-8")
    for size_dir in sorted((LINUX / "icons" / "hicolor").iterdir()):
        for icon in (size_dir / "apps").iterdir():
            dest = appdir / "usr" / "share" / "icons" / "hicolor" / size_dir.name / "apps" / icon.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(icon, dest)
    shutil.copy2(LINUX / "icons" / "hicolor" / "256x256" / "apps" / "blangkon.png", appdir / "blangkon.png")
    (appdir / ".DirIcon").symlink_to("blangkon.png")
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if not tool:
        log(f"AppImage: AppDir siap di {appdir.relative_to(ROOT)}, tetapi appimagetool tidak ada di PATH "
            "(tidak tersedia di apt Debian maupun PyPI); lihat installers/linux/appimage/README.md")
        return None
    target = DIST / f"Blangkon-{version}-{arch}.AppImage"
    done = subprocess.run([tool, "--no-appstream", str(appdir), str(target)], env=dict(os.environ, ARCH=arch))
    if done.returncode != 0:
        raise BuildError(f"appimagetool gagal (kode {done.returncode})")
    return target


def find_iscc() -> str | None:
    """Inno Setup 6's command-line compiler: ISCC on PATH, $ISCC, or its default install folders."""
    candidates = [os.environ.get("ISCC", ""), shutil.which("iscc") or "", shutil.which("ISCC.exe") or ""]
    for base in (os.environ.get("PROGRAMFILES(X86)", ""), os.environ.get("PROGRAMFILES", ""),
                 os.environ.get("LOCALAPPDATA", "") + "\\Programs"):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    return next((c for c in candidates if c and Path(c).is_file()), None)


def iscc_command(iscc: str, version: str, bundle: Path = BUNDLE) -> list[str]:
    """The one ISCC invocation (also what docs/INSTALL.md tells IT staff to type)."""
    return [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", "/Qp", str(ISS)]


def compile_setup(version: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildError("ISCC (Inno Setup 6) tidak ditemukan; pasang Inno Setup 6.4.3 atau set ISCC=…\\ISCC.exe")
    if not (ISS.parent / "Indonesian.isl").is_file():
        log("Indonesian.isl tidak ada di installers/windows: unduh dulu (docs/INSTALL.md, langkah Windows)")
    done = subprocess.run(iscc_command(iscc, version), cwd=ISS.parent)
    target = DIST / f"blangkon-{version}-windows-x64-setup.exe"
    if done.returncode != 0 or not target.is_file():
        raise BuildError(f"ISCC gagal (kode {done.returncode}) atau {target.name} tidak dibuat")
    return target


def required_glibc(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for: the oldest Linux the bundle runs on."""
    newest = (0, 0)
    pattern = re.compile(rb"GLIBC_(\d+)\.(\d+)")
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
            data = fh.read()
        for major, minor in pattern.findall(data):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}" if newest != (0, 0) else "?"


def largest_parts(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    internal = bundle / "_internal"
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(internal).parts
            key = "/".join(rel[:3] if rel[0] == "PySide6" and len(rel) > 3 else rel[:1])
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda kv: kv[1], reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="buang cache PyInstaller dulu (lebih lambat)")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="pakai dist/pyinstaller/blangkon yang ada")
    parser.add_argument("--appimage", action="store_true", help="buat juga AppDir/AppImage")
    parser.add_argument("--no-tarball", action="store_true", help="hanya bundel dan self-test")
    parser.add_argument("--setup", action="store_true", help="Windows: kompilasi setup Inno Setup (ISCC)")
    args = parser.parse_args(argv)
    if not (sys.platform.startswith("linux") or IS_WINDOWS):
        print("build_bundle.py membangun untuk Linux dan Windows saja.", file=sys.stderr)
        return 2
    if IS_WINDOWS and (args.appimage or not args.no_tarball):
        args.appimage, args.no_tarball = False, True  # tarball and AppImage are Linux packages
    version = bundle_plan.project_version(ROOT)
    arch = platform.machine() or "x86_64"
    timings: dict[str, float] = {}
    started = time.perf_counter()
    try:
        mark = time.perf_counter()
        compile_translations()
        timings["terjemahan"] = time.perf_counter() - mark
        if not args.skip_pyinstaller:
            mark = time.perf_counter()
            log("PyInstaller: membangun bundel onedir …")
            run_pyinstaller(args.clean)
            timings["pyinstaller"] = time.perf_counter() - mark
        mark = time.perf_counter()
        log("self-test bundel (offscreen) …")
        self_test(BUNDLE)
        timings["self-test"] = time.perf_counter() - mark
        timings["server"] = server_smoke_test(BUNDLE)
        tarball = None
        if not args.no_tarball:
            mark = time.perf_counter()
            tarball = make_tarball(version, arch)
            timings["tarball"] = time.perf_counter() - mark
        appimage = None
        if args.appimage:
            mark = time.perf_counter()
            appimage = make_appimage(version, arch)
            timings["appimage"] = time.perf_counter() - mark
        setup = None
        if args.setup:
            mark = time.perf_counter()
            setup = compile_setup(version)
            timings["setup"] = time.perf_counter() - mark
    except BuildError as exc:
        print(f"[build_bundle] GAGAL: {exc}", file=sys.stderr)
        return 1
    size, files = tree_size(BUNDLE)
    needs = "" if IS_WINDOWS else (f"; butuh glibc >= {required_glibc(BUNDLE)} (Linux yang lebih lama: bangun paket "
                                   "di distribusi tertua yang didukung, lihat docs/INSTALL.md)")
    log(f"bundel: {BUNDLE.relative_to(ROOT)} — {mb(size)}, {files} berkas{needs}")
    for part, part_size in largest_parts(BUNDLE):
        log(f"  {mb(part_size):>9}  {part}")
    if tarball:
        log(f"tarball: {tarball.relative_to(ROOT)} — {mb(tarball.stat().st_size)} (+ .sha256)")
    if appimage:
        log(f"AppImage: {appimage.relative_to(ROOT)} — {mb(appimage.stat().st_size)}")
    if setup:
        log(f"setup: {setup.relative_to(ROOT)} — {mb(setup.stat().st_size)}")
    log("waktu: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
        + f"; total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
