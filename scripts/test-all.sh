#!/usr/bin/env bash
# `npm test`: every test the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp

bash scripts/ensure-chromium.sh
if ! bash scripts/ensure-postgres.sh; then
  if [ -n "${CI:-}" ]; then exit 1; fi
  echo "!! PostgreSQL unavailable: data-layer tests run on PGlite only." >&2
  export TEST_SKIP_POSTGRES=1
fi

echo "== Types (tsc)"
npx tsc --noEmit -p .

rm -f tmp/vitest-results.json tmp/playwright-results.json
echo "== Engine, data-layer and API tests (Vitest, PGlite and PostgreSQL)"
unit=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/vitest-results.json || unit=$?

echo "== Production build"
NEXT_TELEMETRY_DISABLED=1 npx next build

echo "== End-to-end tests (Playwright, Chromium)"
e2e=0
PLAYWRIGHT_JSON_OUTPUT_NAME=tmp/playwright-results.json npx playwright test --reporter=list,json || e2e=$?

node scripts/test-summary.mjs tmp/vitest-results.json tmp/playwright-results.json "$unit" "$e2e"
[ "$unit" = 0 ] && [ "$e2e" = 0 ]
