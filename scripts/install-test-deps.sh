#!/bin/sh
# Installs everything the tests need on a fresh Debian machine: the npm packages from the
# lockfile and Debian's Chromium (playwright-core downloads no browser of its own).
set -eu
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
if ! command -v chromium >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/nonexistent}" ]; then
  echo "installing Debian's chromium for the browser tests..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
