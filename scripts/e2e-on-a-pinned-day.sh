#!/usr/bin/env bash
# The main end-to-end run, with the clock (faketime: the server, the browser, the test code and
# the reminder job they start all see it) moved to 10:00 UTC of today's date, then running on.
# The tracker, letter and reminder specs compute "today" once, when their file loads, and the
# server computes its own at each request: a run that crossed midnight in Oslo (or a test started
# at 23:59) could see two different days. Starting at 11:00 or 12:00 in Oslo leaves more than ten
# hours before the date changes; the hour-dependent code is run at its risky instants by
# e2e-at-other-clocks.sh.
# The clock is shifted by an offset, not started at an instant ("@…"): with an instant every new
# process (the server, a reminder sweep started minutes later) would start at 10:00 again and
# they would disagree about the time. Arguments go to `playwright test`.
set -euo pipefail
cd "$(dirname "$0")/.."
shift_seconds=$(($(date -u -d "$(date -u +%F) 10:00:00" +%s) - $(date -u +%s)))
offset=$([ "$shift_seconds" -ge 0 ] && echo "+${shift_seconds}s" || echo "${shift_seconds}s")
faketime -f "$offset" node_modules/.bin/playwright test "$@"
