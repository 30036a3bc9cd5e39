#!/usr/bin/env bash
# Playwright may not download its own browser here: use Debian's chromium,
# installing it when it is missing and we are allowed to (root with apt-get).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $browser: install Debian's chromium or set CHROMIUM_PATH." >&2
exit 1
