#!/usr/bin/env bash
# Makes sure the Debian packages the browser tests need are present: Chromium (Playwright's own
# browser download cannot work here: only the npm registry and Debian's archive are reachable)
# and nginx (the tests serve the built site as production does). Installs them when running as
# root with apt-get; otherwise stops with one line saying how.
set -euo pipefail
CHROMIUM="${PDP_CHROMIUM:-/usr/bin/chromium}"
NGINX="${PDP_NGINX:-/usr/sbin/nginx}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium fonts-dejavu-core)
[ -x "$NGINX" ] || missing+=(nginx-light)
if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian packages for the browser tests (one-off): ${missing[*]}…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	# Debian starts the packaged nginx service on install; the tests run their own.
	if command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
	[ -x "$CHROMIUM" ] && [ -x "$NGINX" ] && exit 0
fi
echo "Browser tests need Chromium and nginx: run 'sudo apt-get install -y chromium nginx-light' (or set PDP_CHROMIUM / PDP_NGINX), then npm test again." >&2
exit 1
