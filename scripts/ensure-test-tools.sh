#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser
# here), and the clock check runs them under Debian's faketime. Install what is missing when we
# can; otherwise say exactly how, and fail: never skip the tests.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the end-to-end tests: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$browser" ] && command -v faketime >/dev/null 2>&1 && exit 0
fi

cat >&2 <<MSG
The end-to-end tests need Chromium at $browser and faketime, and ${missing[*]} is not there.
Install them, then run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium faketime

(or set CHROMIUM_PATH to another Chromium binary).
MSG
exit 1
