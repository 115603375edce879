#!/bin/sh
# Installs the system libraries Qt needs on Debian/Ubuntu when they are missing.
# `run`  : what the app needs to open a window.
# `test` : also Xvfb, a tray host and a screenshot tool for the tests that look at the screen,
#          and PostgreSQL (the tests start a server of their own from its binaries: initdb
#          into a temporary folder, pg_ctl on a free loopback port; no system cluster used).
# Elsewhere (macOS, Windows, other Linux) it does nothing: the wheels carry Qt.
set -eu
mode=${1:-run}

command -v dpkg-query >/dev/null 2>&1 || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0

pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
libfontconfig1 libdbus-1-3 fonts-noto-cjk"
if [ "$mode" = test ]; then
  pkgs="$pkgs xvfb xauth trayer imagemagick postgresql"
fi

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "Qt needs these system packages, which are not installed:$missing"
  echo "Install them with:  sudo apt-get install -y$missing"
  [ "$mode" = test ] && exit 0 || exit 0
fi

echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  $sudo apt-get install -y --no-install-recommends $missing
}
