#!/bin/bash
# (a) The gateway's JVM killed with SIGKILL 10 times under load, restarted on the same data directory.
# The embedded PostgreSQL, started by the killed JVM, keeps running (a database server of its own would);
# the restarted gateway uses it. Asserts (FaultCheck): every receipted transmittal ACKNOWLEDGED, exactly one
# referral per transmittal, resends answered with the original tracking id, the jobs finish the rest by
# themselves. Exit 0 = nothing lost. About 7 minutes on an idle 2-core machine, 15 on a busy one.
# docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init jvm-kill
ROUNDS=${CSX_FAULTS_ROUNDS:-10}
build
write_partners
ARGS=$(default_profile_args)
start_gateway "$ARGS"
start_load
for round in $(seq 1 "$ROUNDS"); do
  pause_between "${CSX_FAULTS_MIN_SECONDS:-6}" "${CSX_FAULTS_MAX_SECONDS:-14}"
  event fault "round $round: SIGKILL the gateway (pid $GATEWAY_PID)"
  kill -KILL "$GATEWAY_PID"
  wait_gone 30 "$GATEWAY_PID" || die "the gateway survived SIGKILL"
  log "round $round: killed the gateway (pid $GATEWAY_PID); $(receipts_so_far) receipts so far"
  start_gateway "$ARGS"
done
sleep "${CSX_FAULTS_TAIL_SECONDS:-10}"
stop_load
check "(a) gateway JVM killed with SIGKILL $ROUNDS times under load" \
    --broker-url "tcp://127.0.0.1:$BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user postgres --db-password "$(cat "$DATA/keys/postgres.password" 2>/dev/null)"
log_figures
finish
