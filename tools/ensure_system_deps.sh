#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need when they are missing (only as root, only with apt-get).
# Qt offscreen needs EGL/GL/fontconfig/xkbcommon; documents need DejaVu fonts; tests render PDFs with pdftoppm.
set -u
want_libs="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3"
missing=""
for pair in $want_libs; do
  lib=${pair%%:*}; pkg=${pair##*:}
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $pkg"
done
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing fonts-dejavu-core"
if [ -n "${WITH_X11:-}" ]; then
  for pkg in xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-shape0 libxkbcommon-x11-0; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Missing system packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
  exit 1
fi
