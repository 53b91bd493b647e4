#!/usr/bin/env bash
# Creates .env with a random AUTH_SECRET on first run; never overwrites it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .env ]; then
  secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64url"))')
  printf 'AUTH_SECRET=%s\nDATABASE_URL=file:./data/steward.db\nAPP_URL=http://localhost:3000\n' "$secret" > .env
  echo "created .env with a new AUTH_SECRET"
fi
mkdir -p data
