#!/usr/bin/env bash
# One SOAP run of the seventeenth and eighteenth speed sessions (docs/performance.md): a gateway jar from a built
# worktree on a fresh data directory, everything embedded; SoapLoadBenchmark closed loop (32 clients) $WARM for
# warm-up, $COUNT measured, then $RATE/s for 40 s; the gateway's and PostgreSQL's CPU read from /proc around each
# part. Run builds in turn, e.g. for two worktrees built with
#   mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   RATE=500 src/test/scripts/benchmarks/soap-ab.sh new /work/wt-new; RATE=500 src/test/scripts/benchmarks/soap-ab.sh old /work/wt-old
# JVM_OPTS replaces the gateway's JVM options (an older build with its own); HOOK=script runs `script <gateway pid>`
# after the warm-up (e.g. a renice). CLIENT=plain (default) or jdk: the load client's HTTP (SoapLoadBenchmark --client;
# a build before the nineteenth session ignores it: the JDK's); ANSWERS=true (default) or false: the partner's answers
# read from its queue or left there (--read-answers). Output: target/soap-ab/<label>/ of this checkout
# (closed.log, rate.log, cpu.txt, timeline.csv: each rate-mode receipt's scheduled time and latency).
set -euo pipefail
label=$1; GW=$(cd "$2" && pwd)
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
D=$ROOT/target/soap-ab/$label; rm -rf "$D"; mkdir -p "$D"
RATE=${RATE:-300} CLIENT=${CLIENT:-plain} ANSWERS=${ANSWERS:-true} WARM=${WARM:-22000} COUNT=${COUNT:-20000} PORT=${PORT:-18580}
JVM_OPTS=${JVM_OPTS:--XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0}

# "gateway_ms postgres_ms" of CPU so far; PostgreSQL's processes with the children they reaped (ended backends)
cpu_ms() {
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v g="$1" -v hz="$(getconf CLK_TCK)" '
    { o = index($0, "("); r = o; for (i = length($0); i > o; i--) if (substr($0, i, 1) == ")") { r = i; break }
      name = substr($0, o + 1, r - o - 1); split(substr($0, r + 2), f, " ")
      if ($1 == g) gw = f[12] + f[13]; else if (name == "postgres") pg += f[12] + f[13] + f[14] + f[15] }
    END { printf "%d %d\n", gw * 1000 / hz, pg * 1000 / hz }'
}

cd "$GW"
# shellcheck disable=SC2086
java -Xms1g -Xmx1g $JVM_OPTS -jar target/csx-gateway.jar --server.port=$PORT --csx.embedded.data-directory="$D/data" \
  --csx.embedded.postgres.port=$((PORT + 1)) --csx.embedded.broker.acceptor-port=$((PORT + 2)) > "$D/gateway.log" 2>&1 &
G=$!
trap 'kill $G 2>/dev/null || true; wait $G 2>/dev/null || true; rm -rf "$D/data"' EXIT  # wait: its embedded PostgreSQL stops with it, and the next run takes the same ports
until grep -q "Started CsxGatewayApplication" "$D/gateway.log"; do sleep 1; kill -0 $G; done
C="java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.csx.gateway.benchmark.SoapLoadBenchmark"
C="$C --url http://127.0.0.1:$PORT --broker tcp://127.0.0.1:$((PORT + 2)) --gateway-pid $G --client $CLIENT --read-answers $ANSWERS"
$C --mode throughput --count 2000 --concurrency 32 --warmup "$WARM" > "$D/warm.log" 2>&1
if [ -n "${HOOK:-}" ]; then bash "$HOOK" $G > "$D/hook.log" 2>&1; fi
read -r g0 p0 < <(cpu_ms $G)
$C --mode throughput --count "$COUNT" --concurrency 32 --warmup 0 > "$D/closed.log" 2>&1
read -r g1 p1 < <(cpu_ms $G)
$C --mode rate --rate "$RATE" --seconds 40 --warmup 0 --timeline "$D/timeline.csv" > "$D/rate.log" 2>&1
read -r g2 p2 < <(cpu_ms $G)
{
  echo "== $label $(date -u '+%Y-%m-%d %H:%M') UTC, $(git -C "$GW" rev-parse --short HEAD), client $CLIENT, answers read $ANSWERS"
  awk -v a="$g0" -v b="$g1" -v c="$p0" -v d="$p1" -v n="$COUNT" 'BEGIN { printf "closed loop CPU per transmittal (drain to the district queues included): gateway %.2f ms, postgres %.2f ms\n", (b - a) / n, (d - c) / n }'
  awk -v a="$g1" -v b="$g2" -v c="$p1" -v d="$p2" -v n="$((RATE * 40))" -v r="$RATE" 'BEGIN { printf "%d/s CPU per transmittal of the 40 s (the 10 s at the rate before them and the drain included): gateway %.2f ms, postgres %.2f ms\n", r, (b - a) / n, (d - c) / n }'
  grep -h "receipts per second\|end to end (district queue) per second\|receipt latency\|allocation\|CPU per\|per statement" "$D/closed.log" | sed 's/^/closed: /'
  grep -h "receipt latency\|intake to district\|end to end\|CPU per\|per statement\|JIT" "$D/rate.log" | sed 's/^/rate: /'
} | tee "$D/cpu.txt"
