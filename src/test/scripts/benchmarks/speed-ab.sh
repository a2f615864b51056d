#!/usr/bin/env bash
# Issue 14's speed work, before and after: security-cost.sh's runs in turn (the SOAP load benchmark against each
# variant, each on a fresh data directory, CPU per transmittal read around the measured run), with the raw broker
# rate measured in each run on the same broker. Variants and settings as in security-cost.sh, e.g.
#
#   src/test/scripts/benchmarks/speed-ab.sh before=/path/main.jar after=target/csx-gateway.jar
#   OPTS_c8="-Dcsx.queues.intake-consumers=8" ROUNDS=1 src/test/scripts/benchmarks/speed-ab.sh c8=... c16=...
#
# Writes target/speed-ab/results.tsv and target/speed-ab/summary.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
export OUT=${OUT:-$ROOT/target/speed-ab} TITLE=${TITLE:-Speed (issue 14)} RAW_SECONDS=${RAW_SECONDS:-15}
export ROUNDS=${ROUNDS:-2} WARMUP=${WARMUP:-5000} COUNT=${COUNT:-4000} PORT=${PORT:-19100}
exec "$(dirname "$0")/security-cost.sh" "$@"
