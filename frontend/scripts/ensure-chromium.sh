#!/usr/bin/env bash
# The end-to-end tests drive the system's Chromium (playwright-core never downloads a browser).
# CI runs as root on Debian: install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run as root, or: sudo apt-get install -y chromium" >&2
  exit 1
fi
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
