#!/usr/bin/env bash
# Installs what the tests need: Debian's Chromium (npm tools cannot download browsers here) and the pinned packages.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The tests launch CHROME_PATH, or Debian's /usr/bin/chromium.
if [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  if [ -n "${CHROME_PATH:-}" ]; then
    echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
    exit 1
  fi
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root, or install chromium yourself (apt-get install chromium)." >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

# npm run i18n:check checks the XLIFF files with xmllint (Debian's libxml2-utils).
if ! command -v xmllint >/dev/null 2>&1; then
  echo "Installing Debian's libxml2-utils (xmllint) for the translation check…"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root, or install libxml2-utils yourself (apt-get install libxml2-utils)." >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libxml2-utils >/dev/null
fi

npm ci --no-audit --no-fund
