#!/usr/bin/env bash
# Part of `npm test`: fails when db/schema.ts has changed without a committed migration, i.e.
# when `npm run db:generate` would write a new file. Runs drizzle-kit against a copy of
# db/migrations (under tmp/), so db/migrations is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
copy="tmp/migrations-check"
rm -rf "$copy" && mkdir -p "$copy"
trap 'rm -rf "$copy"' EXIT
cp -r db/migrations/. "$copy/"
output=$(node_modules/.bin/drizzle-kit generate --dialect sqlite --schema ./db/schema.ts --out "$copy" 2>&1) || true
if grep -q "No schema changes" <<<"$output"; then
  echo "Migrations cover db/schema.ts ($(find db/migrations -name '*.sql' | wc -l) migrations)."
  exit 0
fi
echo "$output" | tail -20 >&2
echo "db/schema.ts has changes no committed migration covers (or drizzle-kit failed, above). Run: npm run db:generate -- --name <what-changed>, and commit the new file in db/migrations/." >&2
exit 1
