#!/bin/bash
# (e) The gateway's JVM killed with SIGKILL while it takes a CSENet file, restarted on the same data directory.
# Intake stores a chunk per database transaction; processing takes batch pointers of 25 transmittals per database
# transaction (docs/durability.md). Asserts (FaultCsenetCheck): every record of the file stored once, every stored
# transaction processed, every forwarded one on its district queue exactly once, nothing left behind, all by the
# gateway itself after the last restart. Exit 0 = nothing lost or doubled. About 6 minutes on 2 cores.
# docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init csenet-kill
ROUNDS=${CSX_FAULTS_ROUNDS:-4}
RECORDS=${CSX_FAULTS_CSENET_RECORDS:-20000}
build
write_partners
# a file claimed by a killed process is taken over after 20 s, not the default 30 minutes
EXTRA_GATEWAY_ARGS="$EXTRA_GATEWAY_ARGS --csx.csenet.inbox-claim-stale-after=20s"
ARGS=$(default_profile_args)
start_gateway "$ARGS"
tool FaultCsenetCheck generate "$RUN/csenet-file.txt" "$RECORDS" || die "could not write the CSENet file"
SHA=$(sha256sum "$RUN/csenet-file.txt" | cut -d' ' -f1)
mkdir -p "$DATA/csenet/inbox"
cp "$RUN/csenet-file.txt" "$DATA/csenet/inbox/fault-file.tmp"
mv "$DATA/csenet/inbox/fault-file.tmp" "$DATA/csenet/inbox/fault-file.txt"
event file "dropped $RECORDS records, sha256 $SHA"
log "dropped a CSENet file of $RECORDS records"
for round in $(seq 1 "$ROUNDS"); do
  pause_between "${CSX_FAULTS_MIN_SECONDS:-8}" "${CSX_FAULTS_MAX_SECONDS:-20}"
  event fault "round $round: SIGKILL the gateway (pid $GATEWAY_PID)"
  kill -KILL "$GATEWAY_PID"
  wait_gone 30 "$GATEWAY_PID" || die "the gateway survived SIGKILL"
  log "round $round: killed the gateway (pid $GATEWAY_PID)"
  start_gateway "$ARGS"
done
log "check: the gateway is left running; the checker waits for it to finish by itself"
tool FaultCsenetCheck --run "$RUN" --title "(e) gateway JVM killed with SIGKILL $ROUNDS times while taking a CSENet file" \
    --records "$RECORDS" --sha256 "$SHA" \
    --broker-url "tcp://127.0.0.1:$BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user postgres \
    --db-password "$(cat "$DATA/keys/postgres.password" 2>/dev/null)" 2>&1 | grep -v " DEBUG \| INFO " | tee "$RUN/check.log"
CHECK_RC=${PIPESTATUS[0]}
log_figures
finish
