#!/bin/bash
# (b) The gateway's JVM and the embedded PostgreSQL killed together, 10 times under load: a machine losing
# power. SIGKILL to the JVM, the postmaster (pid from <data>/postgres/postmaster.pid) and all its children
# in one kill; then the gateway is started again on the same data directory (PostgreSQL crash recovery,
# Artemis journal recovery). A SIGKILL keeps what the page cache holds, so the checker also asserts the
# durability settings (fsync, synchronous_commit, broker journal sync) that a real power loss depends on.
# Exit 0 = nothing lost. Takes about 8-12 minutes on 2 cores. docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init power-loss
ROUNDS=${CSX_FAULTS_ROUNDS:-10}
build
write_partners
ARGS=$(default_profile_args)
start_gateway "$ARGS"
start_load
for round in $(seq 1 "$ROUNDS"); do
  pause_between "${CSX_FAULTS_MIN_SECONDS:-6}" "${CSX_FAULTS_MAX_SECONDS:-14}"
  PM=$(postmaster_pid "$DATA/postgres") || die "no embedded postmaster found in $DATA/postgres/postmaster.pid"
  PIDS="$GATEWAY_PID $PM $(children_of "$PM" | tr '\n' ' ')"
  event fault "round $round: SIGKILL gateway $GATEWAY_PID + postmaster $PM and children"
  # shellcheck disable=SC2086
  kill -KILL $PIDS
  # shellcheck disable=SC2086
  wait_gone 30 $PIDS || die "processes survived SIGKILL: $PIDS"
  log "round $round: killed together: gateway $GATEWAY_PID, postmaster $PM and its children ($(echo $PIDS | wc -w) processes)"
  start_gateway "$ARGS"
done
sleep "${CSX_FAULTS_TAIL_SECONDS:-10}"
stop_load
check "(b) gateway JVM + embedded PostgreSQL killed together $ROUNDS times under load" \
    --broker-url "tcp://127.0.0.1:$BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user postgres --db-password "$(cat "$DATA/keys/postgres.password" 2>/dev/null)"
log_figures
finish
