#!/usr/bin/env bash
# Installs what the tests need: Debian's Chromium (npm tools cannot download browsers here) and the pinned packages.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund
