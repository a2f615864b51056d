#!/bin/bash
# Shared by the fault scripts (docs/fault-scripts.md). Sourced, never run.
# Processes are started here, remembered by pid, and stopped by pid on exit (trap), never by name.
# Traffic: 127.0.0.1 only. Everything lives under target/faults/<script>.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
cd "$ROOT"

HTTP_PORT=${CSX_FAULTS_HTTP_PORT:-48080}
BROKER_PORT=${CSX_FAULTS_BROKER_PORT:-48616}
PG_PORT=${CSX_FAULTS_PG_PORT:-48432}
# The default-profile broker's demo administrator (security branch); ignored by a broker without security.
BROKER_USER=${CSX_FAULTS_BROKER_USER:-broker-admin}
BROKER_PASSWORD=${CSX_FAULTS_BROKER_PASSWORD:-admin-demo-secret}
GATEWAY_HEAP=${CSX_FAULTS_GATEWAY_HEAP:-1g}
# Short recovery settings so the jobs' work is seen within the run; extra gateway options may be added.
RECOVERY_ARGS="--csx.recovery.requeue-after=10s --csx.recovery.interval=5s"
EXTRA_GATEWAY_ARGS=${CSX_FAULTS_GATEWAY_ARGS:-}
STARTUP_TIMEOUT=${CSX_FAULTS_STARTUP_TIMEOUT:-240}

GATEWAY_PID=""
LOAD_PID=""
SCRIPT_STARTED=$(date +%s)
declare -a EXTRA_CLEANUP=()

now_ms() { date +%s%3N; }

log() { echo "$(date -u +%H:%M:%S) $*" | tee -a "$RUN/script.log"; }

die() { log "ERROR: $*"; exit 2; }

# event <kind> <detail>: what the script did and when, for the checker (fault, db-stopped, db-starting, ...)
event() { printf '%s\t%s\t%s\n' "$(now_ms)" "$1" "${2:-}" >> "$RUN/events.tsv"; }

# init <name>: a fresh run directory
init() {
  NAME=$1
  RUN=$ROOT/target/faults/$NAME
  DATA=$RUN/data
  rm -rf "$RUN"; mkdir -p "$RUN" "$DATA"
  : > "$RUN/events.tsv"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  log "$NAME: run directory $RUN"
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# wait_gone <timeout seconds> <pid>...
wait_gone() {
  local timeout=$1; shift
  local deadline=$(( $(date +%s) + timeout )) p any
  while :; do
    any=""
    for p in "$@"; do alive "$p" && any=1; done
    [ -z "$any" ] && return 0
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}

# stop_pid <pid> <what>: SIGTERM, then SIGKILL after 30 s
stop_pid() {
  local pid=$1 what=$2
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null
  if ! wait_gone 30 "$pid"; then
    log "$what (pid $pid) did not stop in 30 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null
    wait_gone 10 "$pid"
  fi
}

children_of() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' '; }

# The PostgreSQL postmaster of a data directory, from its postmaster.pid, if it is alive and is postgres.
postmaster_pid() {
  local dir=$1 pid
  [ -f "$dir/postmaster.pid" ] || return 1
  pid=$(head -1 "$dir/postmaster.pid" 2>/dev/null)
  alive "$pid" || return 1
  case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in
    */postgres) echo "$pid" ;;
    *) return 1 ;;
  esac
}

# PostgreSQL refuses to run as root; like the embedded library, run its tools in a user namespace then.
as_postgres_user() {
  if [ "$(id -u)" = "0" ]; then unshare -U "$@"; else "$@"; fi
}

build() {
  mkdir -p target/faults
  if [ "${CSX_FAULTS_SKIP_BUILD:-0}" = "1" ] && [ -f target/csx-gateway.jar ] && [ -f target/faults/cp.txt ]; then
    log "build skipped (CSX_FAULTS_SKIP_BUILD=1)"
  else
    log "building the gateway jar and the fault tools (mvn package -DskipTests)"
    mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/faults/cp.txt \
        > "$RUN/build.log" 2>&1 || { tail -30 "$RUN/build.log"; die "build failed"; }
  fi
  CP="target/test-classes:target/classes:$(cat target/faults/cp.txt)"
}

tool() {
  local class=$1; shift
  java -Xmx768m -cp "$CP" "org.csx.gateway.faults.$class" "$@"
}

write_partners() {
  tool FaultPartners "$RUN/partners.yml" || die "could not write the partners file"
}

# Default profile: embedded PostgreSQL and Artemis, everything under $DATA, eight test partners.
default_profile_args() {
  echo "--server.address=127.0.0.1 --server.port=$HTTP_PORT \
 --csx.embedded.data-directory=$DATA --csx.embedded.postgres.port=$PG_PORT \
 --csx.embedded.broker.acceptor-host=127.0.0.1 --csx.embedded.broker.acceptor-port=$BROKER_PORT \
 --csx.csenet.inbox=$DATA/csenet/inbox --csx.csenet.outbox=$DATA/csenet/outbox \
 --spring.config.additional-location=file:$RUN/partners.yml $RECOVERY_ARGS $EXTRA_GATEWAY_ARGS"
}

GATEWAY_STARTS=0
# start_gateway <args>: starts the jar in the background; GATEWAY_PID, GATEWAY_LOG
start_gateway() {
  GATEWAY_STARTS=$((GATEWAY_STARTS + 1))
  GATEWAY_LOG=$RUN/gateway-$GATEWAY_STARTS.log
  # shellcheck disable=SC2086
  java -Xms$GATEWAY_HEAP -Xmx$GATEWAY_HEAP -XX:+UseParallelGC -XX:-TieredCompilation -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0 -jar target/csx-gateway.jar $1 > "$GATEWAY_LOG" 2>&1 &
  GATEWAY_PID=$!
  event gateway-start "pid $GATEWAY_PID"
  local started=$(date +%s)
  until grep -q "Started CsxGatewayApplication" "$GATEWAY_LOG"; do
    alive "$GATEWAY_PID" || { tail -40 "$GATEWAY_LOG"; die "the gateway (start $GATEWAY_STARTS) exited during start-up"; }
    [ $(( $(date +%s) - started )) -gt "$STARTUP_TIMEOUT" ] && die "the gateway did not start in $STARTUP_TIMEOUT s"
    sleep 0.5
  done
  event gateway-started "pid $GATEWAY_PID after $(( $(date +%s) - started )) s"
  log "gateway start $GATEWAY_STARTS: pid $GATEWAY_PID, up in $(( $(date +%s) - started )) s"
}

start_load() {
  java -Xmx768m -cp "$CP" org.csx.gateway.faults.FaultLoad --url "http://127.0.0.1:$HTTP_PORT" --out "$RUN" --stop-file "$RUN/stop" \
      --max-seconds "${CSX_FAULTS_LOAD_MAX_SECONDS:-1800}" --max-count "${CSX_FAULTS_MAX_COUNT:-150000}" \
      --clients-per-partner "${CSX_FAULTS_CLIENTS_PER_PARTNER:-2}" --drain-seconds "${CSX_FAULTS_DRAIN_SECONDS:-180}" \
      > "$RUN/load.log" 2>&1 &
  LOAD_PID=$!
  log "load: 8 partners x ${CSX_FAULTS_CLIENTS_PER_PARTNER:-2} clients, pid $LOAD_PID (log $RUN/load.log)"
}

stop_load() {
  touch "$RUN/stop"
  event load-stop ""
  log "load: no new transmittals; waiting for the unreceipted ones and the resends"
  wait "$LOAD_PID"
  LOAD_PID=""
  grep "^load: [0-9]" "$RUN/load.log" | tee -a "$RUN/script.log"
}

# A random pause of <min>..<max> seconds (the moment of a fault is not a fixed point of the load).
pause_between() { sleep $(( $1 + RANDOM % ($2 - $1 + 1) )); }

check() {
  log "check: the gateway is left running; the checker waits for it to finish by itself"
  tool FaultCheck --run "$RUN" --title "$1" "${@:2}" 2>&1 | grep -v " DEBUG \| INFO " | tee "$RUN/check.log"
  CHECK_RC=${PIPESTATUS[0]}
}

# Figures of the gateway logs: what the jobs did, what failed.
log_figures() {
  local requeued failures dlq
  requeued=$(cat "$RUN"/gateway-*.log | grep -c "back on the intake queue" || true)
  failures=$(cat "$RUN"/gateway-*.log | grep -c "Unexpected error occurred in scheduled task" || true)
  dlq=$(cat "$RUN"/gateway-*.log | grep -c "Dead-lettering" || true)
  log "gateway logs: $requeued recovery re-queue runs, $failures scheduled-task failures, $dlq dead-letterings"
}

finish() {
  local rc=$CHECK_RC elapsed=$(( $(date +%s) - SCRIPT_STARTED ))
  {
    echo "script: $NAME"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null) on $(git rev-parse --abbrev-ref HEAD 2>/dev/null)"
    echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " memory, " $7 " available"}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "duration: ${elapsed} s"
    echo "result: $([ "$rc" = 0 ] && echo PASS || echo FAIL) (exit $rc)"
  } | tee "$RUN/summary.txt" | tee -a "$RUN/script.log"
  exit "$rc"
}

cleanup() {
  local rc=$?
  trap - EXIT
  alive "$LOAD_PID" && { kill -TERM "$LOAD_PID" 2>/dev/null; wait_gone 10 "$LOAD_PID"; }
  alive "$GATEWAY_PID" && stop_pid "$GATEWAY_PID" "the gateway"
  local f
  for f in "${EXTRA_CLEANUP[@]}"; do "$f"; done
  # An embedded postmaster left by a killed gateway (SIGKILL leaves it running): stop it by its pid.
  local pm
  if pm=$(postmaster_pid "$DATA/postgres"); then
    log "cleanup: stopping the postmaster left running (pid $pm)"
    kill -INT "$pm" 2>/dev/null; wait_gone 30 "$pm" || kill -KILL "$pm" 2>/dev/null
  fi
  exit "$rc"
}

receipts_so_far() { grep -c $'\tRECEIPT\t' "$RUN/attempts.tsv" 2>/dev/null || echo 0; }
