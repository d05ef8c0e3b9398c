#!/usr/bin/env bash
# The ack-path benchmark in one command: installs wrk (the load generator) and the Bolt peers' packages when
# missing, then runs ODP, bare Kestrel and Bolt under the same load and prints the figures. Extra arguments pass
# through, e.g.
#   tests/Odp.Benchmarks/run.sh --seconds 10 --warmup 10 --concurrency 32
# A first argument `realistic` runs the realistic mode instead (thousands of distinct searches over a 20,000-dataset
# catalog, with the Bolt + MiniSearch peer), and `search-mix` its in-process profiling mode; see docs/performance.md:
#   tests/Odp.Benchmarks/run.sh realistic [--seconds 20] [--warmup 30]
#   tests/Odp.Benchmarks/run.sh search-mix [--category typos] [--repeat 5] [--cache off]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk \
    || echo "could not install wrk: pass --client http for the in-process client" >&2
fi
if [ ! -d "$here/bolt/node_modules/@slack/bolt" ] || [ ! -d "$here/bolt/node_modules/minisearch" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$here/bolt" && npm ci --no-audit --no-fund) || echo "npm ci failed: bolt will be reported as not measured" >&2
  else
    echo "npm is not installed: bolt will be reported as not measured" >&2
  fi
fi
mode=ack
case "${1:-}" in realistic|search-mix) mode="$1"; shift ;; esac
exec dotnet run -c Release --project "$here" -- "$mode" "$@"
