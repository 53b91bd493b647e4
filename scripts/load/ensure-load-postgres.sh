#!/usr/bin/env bash
# Prints the URL of a fresh, empty Postgres database for the load test. Same
# approach as scripts/ensure-postgres.sh, but its own database (steward_load)
# so a load run never wipes the test suite's steward_test. LOAD_POSTGRES_URL,
# when set, names a database that may be wiped and is used instead; without a
# local cluster, TEST_POSTGRES_URL (also wipeable) is the fallback.
set -euo pipefail
wipe_and_print() {
  psql "$1" -qc 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
  echo "$1"
}
if [ -n "${LOAD_POSTGRES_URL:-}" ]; then wipe_and_print "$LOAD_POSTGRES_URL"; exit 0; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then wipe_and_print "$TEST_POSTGRES_URL"; exit 0; fi
  echo "no LOAD_POSTGRES_URL, no TEST_POSTGRES_URL and no local PostgreSQL cluster this user can start" >&2
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
dropdb --if-exists -h /var/run/postgresql steward_load >&2
createdb -h /var/run/postgresql steward_load >&2
echo "postgresql://root@localhost/steward_load?host=/var/run/postgresql"
