#!/usr/bin/env bash
# `npm test`: every test. Typecheck, lint, unit tests, the database suite on
# SQLite and on Postgres, then the end-to-end suite in Chromium against the
# production build. Under CI an unreachable Postgres fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-env.sh
set -a; source .env; set +a
bash scripts/prisma-generate.sh

step() { printf '\n=== %s ===\n' "$1"; }

step "typecheck"; npx tsc --noEmit -p .
step "lint"; npx eslint --max-warnings=0 .
step "unit tests"; npx vitest run lib

step "database suite on SQLite"
rm -f data/test-suite.db*
export DATABASE_URL="file:./data/test-suite.db" STEWARD_RELAXED_RATE_LIMITS=1
bash scripts/db-migrate.sh
npx vitest run tests

step "database suite on Postgres"
if pg_url=$(bash scripts/ensure-postgres.sh); then
  export DATABASE_URL="$pg_url"
  bash scripts/db-migrate.sh
  npx vitest run tests
elif [ "${CI:-}" = "true" ]; then
  echo "Postgres is unreachable: under CI the Postgres suite must run." >&2
  exit 1
else
  echo "WARNING: no Postgres available (set TEST_POSTGRES_URL); the Postgres suite did NOT run." >&2
fi

step "end-to-end suite (Chromium, production build)"
rm -f data/e2e.db*
export DATABASE_URL="file:./data/e2e.db"
bash scripts/db-migrate.sh
npx tsx --conditions=react-server prisma/seed.ts >/dev/null
npx next build
npx playwright test
