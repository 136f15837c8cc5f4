#!/bin/sh
# Blangkon Desktop — pemasang Linux dari tarball (per pengguna, atau untuk semua pengguna dengan --system).
# Jalankan dari folder hasil ekstrak:  ./install.sh [opsi]    (bantuan: ./install.sh --help)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_NAME=blangkon-desktop    # folder data/konfigurasi aplikasi: paths.APP_NAME (desktop/app/paths.py)
PROVISION=blangkon-provision.json
UI_SETTINGS_DIR="Pemprov Jawa Tengah"   # QSettings of desktop/ui/settings.py (ORGANIZATION/APPLICATION.ini)
UI_SETTINGS_FILE="Blangkon Desktop.ini"

mode=user
prefix=""
provision=""
server=""
opd=""
lang=""
run_selftest=1
action=install
purge=0

usage() {
  cat <<'EOF'
Pemakaian: ./install.sh [opsi]

Memasang Blangkon Desktop. Tanpa opsi: hanya untuk pengguna ini, tanpa hak root:
  aplikasi  ~/.local/opt/blangkon      menu  ~/.local/share/applications/blangkon-desktop.desktop
  perintah  ~/.local/bin/blangkon      data  ~/.local/share/blangkon-desktop (tidak disentuh pemasang)

Opsi:
  --system            pasang untuk semua pengguna (/opt/blangkon, /usr/share/applications, /usr/local/bin);
                      harus dijalankan sebagai root (sudo)
  --prefix DIR        folder aplikasi lain (bawaan ~/.local/opt/blangkon atau /opt/blangkon)
  --server URL        alamat server provinsi, mis. https://blangkon.jatengprov.go.id (ditulis ke berkas
                      provisioning di folder aplikasi)
  --opd KODE          kode OPD untuk provisioning (bersama --server)
  --lang id|en        bahasa awal aplikasi (bersama --server)
  --provision FILE    salin berkas provisioning JSON ini (lihat blangkon-provision.example.json); berkas
                      blangkon-ca.pem di folder yang sama ikut disalin
  --no-self-test      jangan jalankan pemeriksaan setelah memasang
                      (variabel DESTDIR: pasang ke bawah folder itu, untuk membuat paket distribusi; tanpa root)
  --uninstall         lepas aplikasi (data pengguna tetap disimpan)
  --purge-data        bersama --uninstall: hapus juga data dan pengaturan pengguna yang menjalankan perintah ini
                      (pesanan yang belum tersinkron ikut hilang!)
  -h, --help          tampilkan bantuan ini

Tanpa --server/--provision, pemasangan ulang (pembaruan) mempertahankan berkas provisioning yang sudah ada.
EOF
}

die() { echo "GAGAL: $*" >&2; exit 1; }

# The installed copy of this script is <app folder>/uninstall.sh: it removes the installation it sits in.
if [ "$(basename "$0")" = uninstall.sh ]; then
  action=uninstall
  prefix=$HERE
  case "$HERE" in "$HOME"/*) ;; *) [ "$(id -u)" = 0 ] && mode=system ;; esac
fi

while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --prefix) [ $# -ge 2 ] || die "--prefix butuh nama folder"; prefix=$2; shift ;;
    --prefix=*) prefix=${1#*=} ;;
    --server) [ $# -ge 2 ] || die "--server butuh alamat"; server=$2; shift ;;
    --server=*) server=${1#*=} ;;
    --opd) [ $# -ge 2 ] || die "--opd butuh kode"; opd=$2; shift ;;
    --opd=*) opd=${1#*=} ;;
    --lang) [ $# -ge 2 ] || die "--lang butuh id atau en"; lang=$2; shift ;;
    --lang=*) lang=${1#*=} ;;
    --provision) [ $# -ge 2 ] || die "--provision butuh nama berkas"; provision=$2; shift ;;
    --provision=*) provision=${1#*=} ;;
    --no-self-test) run_selftest=0 ;;
    --uninstall) action=uninstall ;;
    --purge-data) purge=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Opsi tidak dikenal: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

root=${DESTDIR:-}   # packagers: everything is written below $DESTDIR, paths inside files stay as if installed
if [ "$mode" = system ]; then
  [ -n "$root" ] || [ "$(id -u)" = 0 ] || die "pemasangan untuk semua pengguna (--system) butuh hak root: jalankan 'sudo ./install.sh --system'."
  dest=${prefix:-/opt/blangkon}
  apps=/usr/share/applications
  icons=/usr/share/icons/hicolor
  bindir=/usr/local/bin
else
  if [ "$(id -u)" = 0 ] && [ "$action" = install ]; then
    echo "Catatan: Anda root tanpa --system; aplikasi dipasang hanya untuk akun root." >&2
  fi
  share=${XDG_DATA_HOME:-$HOME/.local/share}
  dest=${prefix:-$HOME/.local/opt/blangkon}
  apps=$share/applications
  icons=$share/icons/hicolor
  bindir=$HOME/.local/bin
fi

# Where files are written (equal to the paths above unless DESTDIR is set).
D=$root$dest
A=$root$apps
I=$root$icons
B=$root$bindir

refresh_menus() {
  [ -z "$root" ] || return 0
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

remove_link() {  # remove a symlink only if it points into our install folder
  if [ -L "$1" ]; then
    case "$(readlink "$1")" in "$dest"/*) rm -f "$1" ;; esac
  fi
}

if [ "$action" = uninstall ]; then
  [ -d "$D" ] || echo "Folder aplikasi $D tidak ada; membersihkan sisa menu dan ikon saja."
  rm -rf "$D"
  rm -f "$A/blangkon-desktop.desktop"
  for icon in "$I"/*/apps/blangkon.png "$I"/scalable/apps/blangkon.svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  remove_link "$B/blangkon"
  remove_link "$B/blangkon-server"
  refresh_menus
  if [ "$purge" = 1 ]; then
    config=${XDG_CONFIG_HOME:-$HOME/.config}
    rm -rf "${XDG_DATA_HOME:-$HOME/.local/share}/$DATA_NAME" "$config/$DATA_NAME" \
           "${XDG_CACHE_HOME:-$HOME/.cache}/$DATA_NAME" "${XDG_STATE_HOME:-$HOME/.local/state}/$DATA_NAME"
    rm -f "$config/$UI_SETTINGS_DIR/$UI_SETTINGS_FILE"
    rmdir "$config/$UI_SETTINGS_DIR" 2>/dev/null || true
    echo "Blangkon Desktop dilepas; data dan pengaturan pengguna $(id -un) dihapus."
  else
    echo "Blangkon Desktop dilepas. Data Anda tetap di ${XDG_DATA_HOME:-$HOME/.local/share}/$DATA_NAME" \
         "(hapus dengan --uninstall --purge-data)."
  fi
  exit 0
fi

# --- install / upgrade --------------------------------------------------------------------------------------
[ -x "$HERE/blangkon/blangkon" ] || die "folder $HERE/blangkon tidak lengkap; ekstrak ulang tarball lalu jalankan ./install.sh dari folder itu."

if [ -n "$server" ]; then
  case "$server" in
    https://*|http://localhost*|http://127.0.0.1*) ;;
    *) die "alamat server harus diawali https:// (http hanya untuk localhost), mis. https://blangkon.jatengprov.go.id" ;;
  esac
  case "$server$opd$lang" in *\"*|*\\*|*" "*) die "alamat server, kode OPD dan bahasa tidak boleh memuat spasi, \" atau \\" ;; esac
fi
[ -z "$lang" ] || [ "$lang" = id ] || [ "$lang" = en ] || die "--lang hanya boleh id atau en"
[ -z "$provision" ] || [ -f "$provision" ] || die "berkas provisioning $provision tidak ada."

new="$D.new.$$"
old="$D.old.$$"
mkdir -p "$(dirname "$D")"
rm -rf "$new"
cp -R "$HERE/blangkon" "$new"

if [ -n "$provision" ]; then
  cp "$provision" "$new/$PROVISION"
  ca="$(dirname "$provision")/blangkon-ca.pem"
  [ -f "$ca" ] && cp "$ca" "$new/blangkon-ca.pem"
elif [ -n "$server" ]; then
  {
    printf '{\n  "format": 1,\n  "server_url": "%s"' "$server"
    [ -z "$opd" ] || printf ',\n  "opd_code": "%s"' "$opd"
    [ -z "$lang" ] || printf ',\n  "language": "%s"' "$lang"
    printf '\n}\n'
  } > "$new/$PROVISION"
elif [ -f "$D/$PROVISION" ]; then
  cp "$D/$PROVISION" "$new/$PROVISION"          # an upgrade keeps IT's preset
  [ -f "$D/blangkon-ca.pem" ] && cp "$D/blangkon-ca.pem" "$new/blangkon-ca.pem"
fi
[ -f "$new/$PROVISION" ] && chmod 0644 "$new/$PROVISION"

if [ -d "$D" ]; then mv "$D" "$old"; fi
mv "$new" "$D"
rm -rf "$old"
cp "$HERE/install.sh" "$D/uninstall.sh" && chmod 0755 "$D/uninstall.sh"

mkdir -p "$A" "$B"
sed -e "s|^Exec=.*|Exec=\"$dest/blangkon\"|" -e "s|^TryExec=.*|TryExec=$dest/blangkon|" \
    "$HERE/blangkon-desktop.desktop" > "$A/blangkon-desktop.desktop"
chmod 0644 "$A/blangkon-desktop.desktop"
for dir in "$HERE"/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$I/$size/apps"
  cp "$dir"/blangkon.* "$I/$size/apps/"
done
ln -sf "$dest/blangkon" "$B/blangkon"
[ -x "$D/blangkon-server" ] && ln -sf "$dest/blangkon-server" "$B/blangkon-server"
refresh_menus

echo "Blangkon Desktop terpasang di $D (menu: $A/blangkon-desktop.desktop, perintah: $B/blangkon)."
[ -f "$D/$PROVISION" ] && echo "Provisioning: $D/$PROVISION"
if [ "$mode" = user ]; then
  case ":$PATH:" in *":$bindir:"*) ;; *) echo "Catatan: tambahkan $bindir ke PATH agar perintah 'blangkon' dikenali." ;; esac
fi

if [ "$run_selftest" = 1 ]; then
  echo "Memeriksa instalasi (blangkon --self-test) ..."
  probe=$(mktemp -d)
  # A real window test only in the user's own desktop session; root (sudo) and headless sessions test offscreen.
  if [ "$mode" = user ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    status=0; "$D/blangkon" --self-test --data-dir "$probe" || status=$?
  else
    status=0; QT_QPA_PLATFORM=offscreen "$D/blangkon" --self-test --data-dir "$probe" || status=$?
  fi
  rm -rf "$probe"
  if [ "$status" != 0 ]; then
    echo "Aplikasi terpasang, tetapi pemeriksaan menemukan masalah (baris GAGAL di atas). Ikuti sarannya, lalu" \
         "ulangi: $D/blangkon --self-test" >&2
    exit 3
  fi
fi
