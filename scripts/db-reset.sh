#!/usr/bin/env bash
# Deletes the SQLite demo database and recreates it with fresh demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-env.sh
set -a; source .env; set +a
case "$DATABASE_URL" in
  file:*) rm -f "${DATABASE_URL#file:}" "${DATABASE_URL#file:}-wal" "${DATABASE_URL#file:}-shm" ;;
  *) echo "db:reset only resets the SQLite demo database; for Postgres drop and recreate the database yourself." >&2; exit 1 ;;
esac
bash scripts/db-migrate.sh
npx tsx --conditions=react-server prisma/seed.ts
