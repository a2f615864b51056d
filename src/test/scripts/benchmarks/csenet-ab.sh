#!/usr/bin/env bash
# CSENet file benchmark, variants in turn: CsenetIngestBenchmark against each build (a worktree with
# target/classes, target/test-classes and target/cp.txt), each on a fresh data directory, and the CPU of the
# benchmark's JVM and of every PostgreSQL process over the measured file alone (from "Warm-up done" to the raw broker
# run), per transaction of the file. E.g.
#
#   (cd /path/wt && mvn -B -q -o package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
#   ROUNDS=3 src/test/scripts/benchmarks/csenet-ab.sh main=/path/wt-main change=/path/wt-change
#
# N (20000) transactions after WARM (15000) of warm-up; OPTS_<name>: JVM options of one variant; CONSUMERS_<name>
# (default CONSUMERS, 16): its intake consumers (the same worktree may run under two names). A line per run
# on stdout; each run's log in LOGDIR (target/csenet-ab).
set -euo pipefail
N=${N:-20000}; WARM=${WARM:-15000}; ROUNDS=${ROUNDS:-2}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
LOGDIR=${LOGDIR:-$ROOT/target/csenet-ab}; mkdir -p "$LOGDIR"
jiffies() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
snap() {
  local p=0 pid v
  for pid in $(pgrep -x postgres || true); do v=$(jiffies "$pid"); p=$((p + v)); done
  echo "$(jiffies "$1") $p $(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat)"
}
for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    name=${v%%=*}; wt=${v#*=}; opts_var="OPTS_$name"; consumers_var="CONSUMERS_$name"; log=$LOGDIR/$name-$r.log
    rm -rf "$wt/target/benchmark"
    (cd "$wt" && exec java -Xms1g -Xmx1g -XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0 ${!opts_var:-} \
        -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.csenet.CsenetIngestBenchmark \
        "$N" "${!consumers_var:-${CONSUMERS:-16}}" 2000 vm://0 "$WARM" 5) >"$log" 2>&1 &
    jpid=$!
    until grep -q "Warm-up done" "$log" || ! kill -0 $jpid 2>/dev/null; do sleep 0.2; done
    read -r j0 p0 t0 < <(snap $jpid)
    until grep -q "^Raw broker" "$log" || ! kill -0 $jpid 2>/dev/null; do sleep 0.2; done
    read -r j1 p1 t1 < <(snap $jpid)
    wait $jpid || true
    printf '%s round %d %s, per transaction of the file: JVM %.2f ms, PostgreSQL %.2f ms, machine busy %.2f ms | %s\n' \
      "$name" "$r" "$(date -u +%H:%M)" "$(echo "10*($j1-$j0)/$N" | bc -l)" "$(echo "10*($p1-$p0)/$N" | bc -l)" \
      "$(echo "10*($t1-$t0)/$N" | bc -l)" \
      "$(grep -h 'time to the last forward\|forwards per second\|raw broker rate\|PostgreSQL per transaction' "$log" \
          | sed 's/|//g; s/(pg_stat.*run)//' | tr -s ' ' | cut -c1-90 | tr '\n' ';')"
  done
done
