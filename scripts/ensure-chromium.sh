#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests: installs it when running as
# root with apt-get, otherwise stops with one line saying how. Playwright's own browser download
# cannot work here (only the npm registry and Debian's archive are reachable).
set -euo pipefail
CHROMIUM="${PDP_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Chromium not found at $CHROMIUM: installing Debian's chromium package (one-off)…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
	[ -x "$CHROMIUM" ] && { echo "Installed $("$CHROMIUM" --version)"; exit 0; }
fi
echo "Browser tests need Chromium: run 'sudo apt-get install -y chromium' (or set PDP_CHROMIUM to a Chromium binary), then npm test again." >&2
exit 1
