#!/usr/bin/env bash
# The main end-to-end run, with the clock (faketime: the server, the browser and the test code
# all see it) started at 10:00 UTC of today's date, then running on. The tracker, letter and
# reminder specs compute "today" once, when their file loads, and the server computes its own
# at each request: a run that crossed midnight in Oslo (or a test started at 23:59) could see
# two different days. Starting at 11:00 or 12:00 in Oslo leaves more than ten hours before the
# date changes; the hour-dependent code is run at its risky instants by e2e-at-other-clocks.sh.
# Arguments go to `playwright test`.
set -euo pipefail
cd "$(dirname "$0")/.."
faketime -f "@$(date -u +%F) 10:00:00" node_modules/.bin/playwright test "$@"
