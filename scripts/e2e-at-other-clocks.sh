#!/usr/bin/env bash
# Runs the reminder end-to-end test again with the machine's clock faked (faketime: the server,
# the browser and the sweep all see it) at instants where hour-dependent code used to break:
# - 02:30 in Oslo, before the 09:00 reminder hour (the suite once failed every night);
# - 01:30 in Oslo on 28 March 2027, the night clocks jump from 02:00 to 03:00.
# Each run gets its own database and mail folder (same ports: the build is made for that origin);
# --no-deps: the public-page specs the app project waits for in a full run are not needed here.
set -euo pipefail
cd "$(dirname "$0")/.."
for instant in "2026-11-26 01:30:00" "2027-03-28 00:30:00"; do
  echo "Reminder e2e with the clock at $instant UTC"
  dir="tmp/e2e-clock"
  rm -rf "$dir"
  E2E_DIR="$dir" faketime -f "@$instant" node_modules/.bin/playwright test --no-deps e2e/reminders.spec.ts
done
