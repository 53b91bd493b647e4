#!/usr/bin/env bash
# Derives the Postgres schema from the SQLite one and generates both Prisma
# clients, so the app can open either database without a rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx scripts/derive-postgres-schema.ts
DATABASE_URL="file:./data/steward.db" npx prisma generate --no-hints >/dev/null
DATABASE_URL="postgresql://generate-only@localhost/none" npx prisma generate --no-hints >/dev/null
echo "generated Prisma clients for SQLite and Postgres"
