#!/usr/bin/env bash
# Prints a Postgres URL for a fresh, empty test database. Uses
# TEST_POSTGRES_URL when set (it must point at a database that may be wiped);
# otherwise starts this machine's PostgreSQL 15 cluster (needs root) and
# recreates steward_test. Exits non-zero when no Postgres can be had.
set -euo pipefail
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  psql "$TEST_POSTGRES_URL" -qc 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
  echo "$TEST_POSTGRES_URL"
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "no TEST_POSTGRES_URL and no local PostgreSQL cluster" >&2
  exit 1
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h /var/run/postgresql && break
  sleep 1
done
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='root'\"" | grep -q 1 || su postgres -c "createuser -s root" >&2
dropdb --if-exists -h /var/run/postgresql steward_test >&2
createdb -h /var/run/postgresql steward_test >&2
echo "postgresql://root@localhost/steward_test?host=/var/run/postgresql"
