#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser
# here). Install it when we can; otherwise say exactly how, and fail: never skip the tests.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi

cat >&2 <<MSG
The end-to-end tests need Chromium at $browser and it is not there.
Install it, then run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium

(or set CHROMIUM_PATH to another Chromium binary).
MSG
exit 1
