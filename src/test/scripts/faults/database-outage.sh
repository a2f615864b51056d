#!/bin/bash
# (c) PostgreSQL stopped for 60 s under load (default profile), then started again on the same data directory
# and port. The embedded postmaster is stopped with the pg_ctl of the binaries the embedded library extracted
# (found through /proc/<postmaster pid>/exe) and started again with the command line it had (from
# /proc/<pid>/cmdline): a real stop, not SIGSTOP. The down window (from "stopped" to "starting again") goes to
# events.tsv; the checker asserts no receipt was given inside it, and that everything receipted is
# ACKNOWLEDGED once the database is back, without any action. Exit 0 = nothing lost.
# About 4 minutes on 2 cores. docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init database-outage
ROUNDS=${CSX_FAULTS_ROUNDS:-1}
DOWN_SECONDS=${CSX_FAULTS_DB_DOWN_SECONDS:-60}
build
write_partners
ARGS=$(default_profile_args)
start_gateway "$ARGS"
start_load
PGDATA_DIR=$DATA/postgres
for round in $(seq 1 "$ROUNDS"); do
  pause_between "${CSX_FAULTS_MIN_SECONDS:-15}" "${CSX_FAULTS_MAX_SECONDS:-25}"
  PM=$(postmaster_pid "$PGDATA_DIR") || die "no embedded postmaster found in $PGDATA_DIR/postmaster.pid"
  PGBIN=$(dirname "$(readlink "/proc/$PM/exe")")
  # The postmaster's own arguments, minus -D (pg_ctl gives it): port, fsync, synchronous_commit...
  mapfile -d '' CMDLINE < "/proc/$PM/cmdline"
  OPTS=""; skip=""
  for arg in "${CMDLINE[@]:1}"; do
    if [ -n "$skip" ]; then skip=""; continue; fi
    if [ "$arg" = "-D" ]; then skip=1; continue; fi
    OPTS="$OPTS $arg"
  done
  log "round $round: stopping PostgreSQL (postmaster $PM, $PGBIN/pg_ctl stop -m fast), options:$OPTS"
  event fault "round $round: pg_ctl stop -m fast (postmaster $PM)"
  as_postgres_user "$PGBIN/pg_ctl" -D "$PGDATA_DIR" stop -m fast -w -t 60 >> "$RUN/pg_ctl.log" 2>&1 \
      || die "pg_ctl stop failed (see $RUN/pg_ctl.log)"
  wait_gone 30 "$PM" || die "the postmaster $PM is still running"
  event db-stopped "postmaster $PM gone"
  log "round $round: PostgreSQL is down; $DOWN_SECONDS s under load"
  sleep "$DOWN_SECONDS"
  event db-starting "pg_ctl start"
  as_postgres_user "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -o "$OPTS" -l "$RUN/postgres-$round.log" -w -t 60 start >> "$RUN/pg_ctl.log" 2>&1 \
      || die "pg_ctl start failed (see $RUN/pg_ctl.log and $RUN/postgres-$round.log)"
  event db-started "postmaster $(postmaster_pid "$PGDATA_DIR")"
  log "round $round: PostgreSQL is up again (postmaster $(postmaster_pid "$PGDATA_DIR"))"
done
sleep "${CSX_FAULTS_TAIL_SECONDS:-30}"
stop_load
check "(c) PostgreSQL stopped for $DOWN_SECONDS s under load ($ROUNDS time(s))" \
    --broker-url "tcp://127.0.0.1:$BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user postgres --db-password "$(cat "$DATA/keys/postgres.password" 2>/dev/null)"
log_figures
finish
