#!/usr/bin/env bash
# Two builds measured side by side: CsenetIngestBenchmark against each at the same time, each pinned to a core of
# its own (taskset; its PostgreSQL and broker run in or under its JVM and inherit the core), both waiting after
# their warm-up until the other is warm too (the benchmark's start gate), so both measured files see the same minutes
# of the machine. This machine's speed drifts by ±20 % within the hour (docs/performance.md); runs in turn compare
# different minutes, runs side by side the same ones. Per build: its core's busy time over its measured file, per
# transaction, and the benchmark's own figures. The second round swaps the cores. E.g.
#
#   (cd /path/wt && mvn -B -q -o package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
#   ROUNDS=2 src/test/scripts/benchmarks/csenet-pair.sh old=/path/wt-old new=/path/wt-new
#
# N (20000) transactions after WARM (60000) of warm-up; LOGDIR (target/csenet-pair) keeps each run's log. Needs
# two cores or more.
set -euo pipefail
N=${N:-20000}; WARM=${WARM:-60000}; ROUNDS=${ROUNDS:-2}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
LOGDIR=${LOGDIR:-$ROOT/target/csenet-pair}; mkdir -p "$LOGDIR"
[ $# -eq 2 ] || { echo "usage: $0 name=worktree name=worktree" >&2; exit 2; }
busy() { awk -v c="cpu$1" '$1 == c {print $2+$3+$4+$7+$8}' /proc/stat; }
for r in $(seq 1 "$ROUNDS"); do
  gate=$LOGDIR/gate-$r; rm -f "$gate"
  names=(); logs=(); pids=(); cores=()
  i=0
  for v in "$@"; do
    name=${v%%=*}; wt=${v#*=}; core=$(( (i + r - 1) % 2 )); log=$LOGDIR/$name-$r.log
    rm -rf "$wt/target/benchmark"
    (cd "$wt" && exec taskset -c "$core" java -Xms1g -Xmx1g -XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0 -Dcsx.benchmark.start-gate="$gate" \
        -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.csenet.CsenetIngestBenchmark \
        "$N" 16 2000 vm://0 "$WARM" 5) >"$log" 2>&1 &
    names+=("$name"); logs+=("$log"); pids+=($!); cores+=("$core"); i=$((i + 1))
  done
  for k in 0 1; do
    until grep -q "Waiting for the start gate" "${logs[$k]}" 2>/dev/null || ! kill -0 "${pids[$k]}" 2>/dev/null; do sleep 0.5; done
  done
  b0=(); b1=(); t0=$(date +%s)
  for k in 0 1; do b0+=("$(busy "${cores[$k]}")"); done
  touch "$gate"
  done0=""; done1=""
  while [ -z "$done0" ] || [ -z "$done1" ]; do
    for k in 0 1; do
      var="done$k"
      if [ -z "${!var}" ] && { grep -q "^Raw broker" "${logs[$k]}" || ! kill -0 "${pids[$k]}" 2>/dev/null; }; then
        printf -v "$var" '%s' "$(busy "${cores[$k]}")"
      fi
    done
    sleep 0.2
  done
  b1=("$done0" "$done1")
  for k in 0 1; do wait "${pids[$k]}" || true; done
  for k in 0 1; do
    printf '%s round %d %s core %d, busy per transaction of the file: %.2f ms | %s\n' "${names[$k]}" "$r" \
      "$(date -u +%H:%M)" "${cores[$k]}" "$(echo "10*(${b1[$k]}-${b0[$k]})/$N" | bc -l)" \
      "$(grep -h 'time to the last forward\|forwards per second\|JVM CPU per transaction\|raw broker rate' "${logs[$k]}" \
          | sed 's/|//g; s/(pg_stat.*run)//' | tr -s ' ' | cut -c1-80 | tr '\n' ';')"
  done
done
