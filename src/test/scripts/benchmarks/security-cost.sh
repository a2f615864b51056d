#!/usr/bin/env bash
# The cost of security (issue 10, "Limits"): the SOAP load benchmark against gateway jars built before and after,
# run in turn (A B A B ...) on the same machine with the same client, each on a fresh data directory.
#
#   src/test/scripts/benchmarks/security-cost.sh before=/path/before.jar after=target/csx-gateway.jar
#   src/test/scripts/benchmarks/security-cost.sh off=class:org.csx.gateway.benchmark.SecurityOffGateway \
#       on=class:org.csx.gateway.CsxGatewayApplication
#   (class:org.csx.gateway.benchmark.SecurityOffGateway@cipher takes out only the cipher; parts: http, broker, cipher)
#
# A variant is a jar, or (class:<main class>) a main class run from this worktree's compiled classes and their
# dependencies: the second form measures security on one build, with SecurityOffGateway (test code) as the gateway
# with issue 10's security taken out, against the gateway itself (docs/performance.md, "Cost of security").
#
# Per run: start the jar (default profile, a fixed 1 GiB heap, ports PORT..PORT+2), wait for health, a warm-up run of the
# benchmark (WARMUP transmittals), then the measured run (COUNT transmittals, CONCURRENCY clients, closed loop;
# it returns when every transmittal is on its district queue). Around the measured run the script reads the CPU
# time (utime+stime, /proc/<pid>/stat) of the gateway JVM and of its embedded PostgreSQL (postmaster, its
# children, and the children it reaped), so the figures are CPU milliseconds per transmittal received and
# forwarded: robust on a shared machine, where receipts per second move with whatever else runs.
# Writes target/security-cost/results.tsv (one row per run) and target/security-cost/summary.md (median, min, max).
#
# Settings (environment): ROUNDS (3), WARMUP (12000), COUNT (10000), CONCURRENCY (32), PORT (18480),
# JAVA_OPTS (-Xms1g -Xmx1g -XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0), OPTS_<label> (JVM options of one variant, added to JAVA_OPTS), RAW_SECONDS (0: when above 0,
# each run then measures the raw broker rate on the same broker for that long, after the CPU was read: RawBrokerRate,
# 2+2 clients, async persistent 4 KiB, with a gateway broker login made for the run; speed-ab.sh does), OUT and
# TITLE (where the results go and the summary's title: speed-ab.sh sets them); SUMMARY_ONLY=1 summarises the last results.tsv again without running anything. The benchmark client is this worktree's SoapLoadBenchmark (mvn test-compile first).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-12000}
COUNT=${COUNT:-10000}
CONCURRENCY=${CONCURRENCY:-32}
PORT=${PORT:-18480}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0}
OUT=${OUT:-$ROOT/target/security-cost}
TITLE=${TITLE:-Security cost}
RAW_SECONDS=${RAW_SECONDS:-0}
RAW_LOGIN=()
if [ "$RAW_SECONDS" -gt 0 ]; then
    RAW_SECRET=$(openssl rand -hex 16)
    RAW_LOGIN=(--csx.broker.user=gateway --csx.broker.password="$RAW_SECRET")
fi
TICKS=$(getconf CLK_TCK)

if [ $# -lt 2 ]; then
    echo "usage: $0 label=gateway.jar label=gateway.jar [...]" >&2
    exit 2
fi
labels=(); jars=()
for arg in "$@"; do
    labels+=("${arg%%=*}")
    if [[ "${arg#*=}" == class:* ]]; then
        jars+=("${arg#*=}")
        continue
    fi
    jar=$(cd "$(dirname "${arg#*=}")" && pwd)/$(basename "${arg#*=}")
    [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
    jars+=("$jar")
done

mkdir -p "$OUT/runs"
CLASSPATH_FILE=$OUT/client.classpath
if [ ! -s "$CLASSPATH_FILE" ] || [ ! -f "$ROOT/target/test-classes/org/csx/gateway/benchmark/SoapLoadBenchmark.class" ]; then
    (cd "$ROOT" && mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$CLASSPATH_FILE")
fi
# a copy of the client's classes, so a build in this worktree meanwhile does not pull them away
rm -rf "$OUT/client"; mkdir -p "$OUT/client"
cp -r "$ROOT/target/test-classes" "$OUT/client/test-classes"; cp -r "$ROOT/target/classes" "$OUT/client/classes"
CLIENT_CP="$OUT/client/test-classes:$OUT/client/classes:$(cat "$CLASSPATH_FILE")"
# a class:<main> variant runs from the same copy, the application's classes first
SERVER_CP="$OUT/client/classes:$OUT/client/test-classes:$(cat "$CLASSPATH_FILE")"

# utime+stime (+ cutime+cstime with a second argument) of one process, in clock ticks; 0 when it is gone
ticks_of() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    # fields after "(comm) ": state is $1, utime $12, stime $13, cutime $14, cstime $15
    echo "${stat##*) }" | awk -v children="${2:-}" '{ print $12 + $13 + (children ? $14 + $15 : 0) }'
}

# the gateway JVM without its JIT compiler threads: what the JIT still compiles after the warm-up differs from one
# JVM to the next and is not the cost of anything the gateway did (GC threads stay in: allocation is a cost)
jvm_ticks() {
    local total=0 task
    for task in /proc/"$1"/task/*; do
        case "$(cat "$task/comm" 2>/dev/null)" in
            C1\ CompilerThre*|C2\ CompilerThre*) continue ;;
        esac
        total=$((total + $(ticks_of "${task#/proc/}")))
    done
    echo "$total"
}

postgres_ticks() {
    local pm total child
    pm=$(head -1 "$1/data/postgres/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    total=$(ticks_of "$pm" children)
    for child in $(ps -o pid= --ppid "$pm"); do
        total=$((total + $(ticks_of "$child")))
    done
    echo "$total"
}

client() {
    java -cp "$CLIENT_CP" org.csx.gateway.benchmark.SoapLoadBenchmark --url "http://127.0.0.1:$PORT" \
        --broker "tcp://127.0.0.1:$((PORT + 2))" --mode throughput --concurrency "$CONCURRENCY" --warmup 0 "$@"
}

field() { # the first number after a label in the benchmark's output
    grep -m1 "$1" "$2" | sed -E "s/^[^:]*:[^0-9]*([0-9.]+).*/\1/"
}

gateway_pid=
stop_gateway() {
    if [ -n "$gateway_pid" ] && kill -0 "$gateway_pid" 2>/dev/null; then
        kill "$gateway_pid"
        wait "$gateway_pid" 2>/dev/null || true
    fi
    gateway_pid=
}
trap stop_gateway EXIT

run_one() {
    local label=$1 jar=$2 round=$3
    local dir=$OUT/runs/$label-$round
    rm -rf "$dir"; mkdir -p "$dir"
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        echo "port $PORT is taken: stop what listens there first" >&2
        exit 1
    fi
    cd "$dir"
    local launch=(-jar "$jar")
    # class:<main>[@<parts>]: parts for SecurityOffGateway (http, broker, cipher; all when not given)
    if [[ "$jar" == class:* ]]; then
        local main=${jar#class:}
        launch=(-cp "$SERVER_CP" "${main%%@*}")
        [[ "$main" == *@* ]] && launch=("-Dcsx.benchmark.security-off=${main#*@}" "${launch[@]}")
    fi
    local opts_var="OPTS_$label"
    # shellcheck disable=SC2086
    java $JAVA_OPTS ${!opts_var:-} "${launch[@]}" --server.port="$PORT" --csx.embedded.postgres.port=$((PORT + 1)) \
        --csx.embedded.broker.acceptor-port=$((PORT + 2)) "${RAW_LOGIN[@]}" >gateway.log 2>&1 &
    gateway_pid=$!
    local waited=0
    until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
        waited=$((waited + 1))
        if [ $waited -gt 300 ] || ! kill -0 "$gateway_pid" 2>/dev/null; then
            echo "$label round $round: the gateway did not start (see $dir/gateway.log)" >&2
            exit 1
        fi
        sleep 1
    done
    client --count "$WARMUP" >warmup.log 2>&1
    local jvm0 pg0 t0 jvm1 pg1 t1 load
    jvm0=$(jvm_ticks "$gateway_pid"); pg0=$(postgres_ticks "$dir"); t0=$(date +%s.%N)
    client --count "$COUNT" >measured.log 2>&1
    jvm1=$(jvm_ticks "$gateway_pid"); pg1=$(postgres_ticks "$dir"); t1=$(date +%s.%N)
    load=$(cut -d' ' -f1 /proc/loadavg)
    local raw=
    if [ "$RAW_SECONDS" -gt 0 ]; then
        client --mode raw --raw-user gateway --raw-password "$RAW_SECRET" --raw-seconds "$RAW_SECONDS" >raw.log 2>&1 || true
        raw=$(grep -m1 "raw broker rate" raw.log | sed -E 's/^[^0-9]*([0-9][0-9,.]*).*/\1/' | tr -d ',')
    fi
    stop_gateway
    cd "$ROOT"
    local receipts forwarded e2e p50 p99 faults
    # SoapLoadBenchmark's table (| what | figure |)
    cell() { grep -m1 "^| $1 |" "$dir/measured.log" | sed -E 's/^\| [^|]+ \| ([^|]+) \|$/\1/' | tr -d ','; }
    receipts=$(cell "receipts per second" | sed -E 's/^([0-9.]+).*/\1/')
    forwarded=$(cell "receipted and consumed from a district queue")
    e2e=$(cell "end to end (district queue) per second" | sed -E 's/^([0-9.]+).*/\1/')
    p50=$(cell "receipt latency" | sed -E 's/.*p50 ([0-9.]+) ms.*/\1/')
    p99=$(cell "receipt latency" | sed -E 's/.*p99 ([0-9.]+) ms.*/\1/')
    faults=$(cell "receipts (HTTP 200 with a tracking id) / faults" | sed -E 's/.*\/ ([0-9]+)$/\1/')
    if [ "$forwarded" != "$COUNT" ] || [ "$faults" != "0" ]; then
        echo "$label round $round: $faults faults, $forwarded of $COUNT forwarded (see $dir/measured.log)" >&2
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.1f\t%s\t%s\t%s\t%s\n' "$label" "$round" "$receipts" "$e2e" "$p50" "$p99" \
        "$(echo "($jvm1 - $jvm0) * 1000 / $TICKS / $COUNT" | bc -l)" \
        "$(echo "($pg1 - $pg0) * 1000 / $TICKS / $COUNT" | bc -l)" \
        "$(echo "($jvm1 - $jvm0 + $pg1 - $pg0) * 1000 / $TICKS / $COUNT" | bc -l)" \
        "$(echo "$t1 - $t0" | bc -l)" "$load" "$forwarded" "$faults" "$raw" | tee -a "$OUT/results.tsv"
}

if [ -z "${SUMMARY_ONLY:-}" ]; then
    [ -s "$OUT/results.tsv" ] && mv "$OUT/results.tsv" "$OUT/results-$(date +%s).tsv"
    printf 'variant\tround\treceipts_per_s\tforwarded_per_s\treceipt_p50_ms\treceipt_p99_ms\tgateway_cpu_ms\tpostgres_cpu_ms\ttotal_cpu_ms\tseconds\tload1\tforwarded\tfaults\traw_broker_per_s\n' >"$OUT/results.tsv"
    echo "$(date -u +%FT%TZ) $(nproc) cores; warm-up $WARMUP, measured $COUNT, $CONCURRENCY clients; CPU in ms per transmittal" >&2
    for round in $(seq 1 "$ROUNDS"); do
        for i in "${!labels[@]}"; do
            run_one "${labels[$i]}" "${jars[$i]}" "$round"
        done
    done
fi

# median, min and max per variant and column
awk -F'\t' -v title="$TITLE" -v date="$(date -u +%F)" -v cores="$(nproc)" -v warmup="$WARMUP" -v count="$COUNT" -v conc="$CONCURRENCY" '
    function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    { if (!($1 in n)) order[++variants] = $1; k = ++n[$1]; for (c = 3; c <= 9; c++) v[$1, c, k] = $c }
    END {
        split("receipts/s,forwarded/s,receipt p50 ms,receipt p99 ms,gateway CPU ms/transmittal,PostgreSQL CPU ms/transmittal,total CPU ms/transmittal", name, ",")
        printf "%s, %s, %d cores, warm-up %d, %d measured transmittals, %d clients: median (min-max) of %d runs each\n\n", title, date, cores, warmup, count, conc, n[order[1]]
        printf "| Variant |"; for (c = 3; c <= 9; c++) printf " %s |", name[c - 2]; printf "\n|---|"; for (c = 3; c <= 9; c++) printf "---|"; printf "\n"
        for (i = 1; i <= variants; i++) {
            l = order[i]; printf "| %s |", l
            for (c = 3; c <= 9; c++) {
                m = n[l]; lo = 1e18; hi = -1e18
                for (k = 1; k <= m; k++) { a[k] = v[l, c, k] + 0; if (a[k] < lo) lo = a[k]; if (a[k] > hi) hi = a[k] }
                med[l, c] = median(a, m)
                printf (c <= 6 ? " %.0f (%.0f-%.0f) |" : " %.2f (%.2f-%.2f) |"), med[l, c], lo, hi
            }
            printf "\n"
        }
        if (variants >= 2) {
            b = order[1]; printf "\nAgainst %s (medians):", b
            for (i = 2; i <= variants; i++) {
                l = order[i]
                printf " %s receipts/s %+.1f %%, gateway CPU/transmittal %+.1f %%, total CPU/transmittal %+.1f %%;", l,
                    100 * (med[l, 3] / med[b, 3] - 1), 100 * (med[l, 7] / med[b, 7] - 1), 100 * (med[l, 9] / med[b, 9] - 1)
            }
            printf "\n"
            # the variants of one round ran one after the other, so the ratio within a round sees the same machine: the median
            # of these ratios is the robust figure when other work comes and goes
            printf "\nRound by round against %s (same round), gateway CPU per transmittal:", b
            for (i = 2; i <= variants; i++) {
                l = order[i]; m = (n[l] < n[b] ? n[l] : n[b])
                for (k = 1; k <= m; k++) r[k] = 100 * (v[l, 7, k] / v[b, 7, k] - 1)
                printf " %s median %+.1f %% (", l, median(r, m)
                for (k = 1; k <= m; k++) printf "%s%+.1f", (k > 1 ? ", " : ""), 100 * (v[l, 7, k] / v[b, 7, k] - 1)
                printf ");"
            }
            printf "\n"
        }
    }' "$OUT/results.tsv" | tee "$OUT/summary.md"

if [ "$RAW_SECONDS" -gt 0 ]; then
    # the raw broker rate and end to end / raw, per run
    awk -F'\t' 'NR == 1 { next } { printf "%s %s: forwarded %s/s, raw broker %s msg/s, end to end / raw %s, total CPU %s ms, load %s\n", $1, $2, $4, $14, ($14 > 0 ? sprintf("%.1f %%", 100 * $4 / $14) : "-"), $9, $11 }' \
        "$OUT/results.tsv" | tee -a "$OUT/summary.md"
fi
