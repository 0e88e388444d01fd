#!/usr/bin/env bash
# Installs what the tests need: Debian's Chromium (npm tools cannot download browsers here), xmllint, pdftotext and the pinned packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package with apt-get, as root or through sudo.
apt_install() {
  local package="$1" why="$2"
  echo "Installing Debian's $package $why…"
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root, or install $package yourself (apt-get install $package)." >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$package" >/dev/null
}

# The tests launch CHROME_PATH, or Debian's /usr/bin/chromium.
if [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  if [ -n "${CHROME_PATH:-}" ]; then
    echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
    exit 1
  fi
  apt_install chromium "for the browser tests"
fi

# npm run i18n:check checks the XLIFF files with xmllint (Debian's libxml2-utils).
if ! command -v xmllint >/dev/null 2>&1; then
  apt_install libxml2-utils "(xmllint) for the translation check"
fi

# The print test reads each printed page back with pdftotext (Debian's poppler-utils).
if ! command -v pdftotext >/dev/null 2>&1; then
  apt_install poppler-utils "(pdftotext) for the print test"
fi

npm ci --no-audit --no-fund
