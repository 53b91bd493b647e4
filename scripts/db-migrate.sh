#!/usr/bin/env bash
# Applies the committed migrations to DATABASE_URL (SQLite or Postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data
npx prisma migrate deploy 2>&1 | grep -v "^npm warn" | tail -n 3
