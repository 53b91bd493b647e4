#!/usr/bin/env bash
# Prints the URL of a fresh, empty Postgres database for the load test: its own
# database (steward_load), so a load run never wipes the test suite's. Set
# LOAD_POSTGRES_URL to use another database, which will be wiped.
set -euo pipefail
if [ -n "${LOAD_POSTGRES_URL:-}" ]; then
  psql "$LOAD_POSTGRES_URL" -qc 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
  echo "$LOAD_POSTGRES_URL"
  exit 0
fi
exec bash "$(dirname "$0")/../ensure-postgres.sh" steward_load
