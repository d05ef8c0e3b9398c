#!/usr/bin/env bash
# The ack-path benchmark in one command: installs the Bolt baseline's packages when missing, then runs ODP, bare
# Kestrel and Bolt under the same load and prints the figures. Extra arguments pass through, e.g.
#   tests/Odp.Benchmarks/run.sh --seconds 10 --warmup 10 --concurrency 32
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -d "$here/bolt/node_modules/@slack/bolt" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$here/bolt" && npm ci --no-audit --no-fund) || echo "npm ci failed: bolt will be reported as not measured" >&2
  else
    echo "npm is not installed: bolt will be reported as not measured" >&2
  fi
fi
exec dotnet run -c Release --project "$here" -- ack "$@"
