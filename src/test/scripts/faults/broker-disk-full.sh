#!/bin/bash
# (f) The embedded broker's disk fills up under load, 3 times. Its journal directory is a small tmpfs of its own, which
# the load fills (the district queues are not read until the check). A full disk ends one of two ways, both asserted:
#   - the broker cannot create its next journal file: it stops itself on the critical IO error (AMQ222010), and the
#     gateway must then stop by itself with exit status 74 (infrastructure.EmbeddedBrokerFailure) within
#     CSX_FAULTS_EXIT_SECONDS, not hang; it is started again once the disk has grown;
#   - the disk passes the broker's max-disk-usage (90 %) first: the broker blocks every producer, the gateway keeps
#     running (receipts on the ledger, slower: the queuer is full) and goes on by itself once the disk has grown.
# The disk is grown in place by CSX_FAULTS_DISK_STEP_MB (the journal stays as the fault left it). At least one round
# must end the first way. Then FaultCheck asserts, as (a): every receipted transmittal ACKNOWLEDGED, exactly one referral
# each, resends answered with the original tracking id. Needs root (mount); elsewhere it says so and exits 3.
# docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init broker-disk-full
if [ "$(id -u)" != "0" ]; then log "needs root to mount a small file system for the journal: not run"; exit 3; fi
ROUNDS=${CSX_FAULTS_ROUNDS:-3}
DISK_MB=${CSX_FAULTS_DISK_MB:-40}
STEP_MB=${CSX_FAULTS_DISK_STEP_MB:-40}
EXIT_SECONDS=${CSX_FAULTS_EXIT_SECONDS:-90}
JOURNAL=$DATA/artemis/journal
mkdir -p "$JOURNAL"
mount -t tmpfs -o size=${DISK_MB}m,mode=0700 csx-faults-journal "$JOURNAL" || { log "cannot mount a tmpfs here"; exit 3; }
unmount_journal() { umount "$JOURNAL" 2>/dev/null || umount -l "$JOURNAL" 2>/dev/null; }
EXTRA_CLEANUP+=(unmount_journal)
build
write_partners
ARGS=$(default_profile_args)
start_gateway "$ARGS"
start_load
EXITS=0
for round in $(seq 1 "$ROUNDS"); do
  event fault "round $round: journal disk of $DISK_MB MB filling"
  log "round $round: waiting for the journal's $DISK_MB MB to fill"
  deadline=$(( $(date +%s) + 600 )); full_since=""
  while alive "$GATEWAY_PID"; do
    [ "$(date +%s)" -ge "$deadline" ] && die "round $round: the journal's disk neither stopped nor blocked the broker in 600 s"
    used=$(df --output=pcent "$JOURNAL" | tail -1 | tr -dc '0-9')
    if [ "$used" -ge 91 ]; then
      full_since=${full_since:-$(date +%s)}
      [ $(( $(date +%s) - full_since )) -ge 20 ] && break
    else
      full_since=""
    fi
    sleep 0.5
  done
  if alive "$GATEWAY_PID"; then
    event broker-blocked "round $round: journal's disk at $used % for 20 s, the gateway running"
    log "round $round: the broker blocks its producers (disk at $used %, above max-disk-usage); the gateway runs on; $(receipts_so_far) receipts so far"
    DISK_MB=$((DISK_MB + STEP_MB))
    mount -o remount,size=${DISK_MB}m "$JOURNAL" || die "cannot grow the journal's disk"
    continue
  fi
  wait "$GATEWAY_PID"; status=$?
  failed_at=$(grep -m1 -o "^[0-9T:.-]*Z.*EmbeddedBrokerFailure" "$GATEWAY_LOG" | cut -c1-24)
  grep -q "AMQ222010" "$GATEWAY_LOG" || die "round $round: the gateway stopped (status $status) without the broker's critical IO error"
  [ "$status" = 74 ] || die "round $round: exit status $status, 74 expected"
  took=$(( $(date +%s) - $(date -d "${failed_at:-now}" +%s) ))
  [ "$took" -le "$EXIT_SECONDS" ] || die "round $round: the gateway took $took s to stop after the IO error"
  EXITS=$((EXITS + 1))
  event gateway-exited "round $round: status $status, $took s after the IO error"
  log "round $round: broker stopped on a full disk at ${failed_at:-?}; the gateway exited with $status after about $took s; $(receipts_so_far) receipts so far"
  DISK_MB=$((DISK_MB + STEP_MB))
  mount -o remount,size=${DISK_MB}m "$JOURNAL" || die "cannot grow the journal's disk"
  start_gateway "$ARGS"
done
[ "$EXITS" -ge 1 ] || die "no round ended with the broker's critical IO error"
# the last disk is grown far enough for the rest of the run
mount -o remount,size=1024m "$JOURNAL" || die "cannot grow the journal's disk"
sleep "${CSX_FAULTS_TAIL_SECONDS:-10}"
stop_load
check "(f) embedded broker's disk full $ROUNDS times under load" \
    --broker-url "tcp://127.0.0.1:$BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user postgres --db-password "$(cat "$DATA/keys/postgres.password" 2>/dev/null)"
log_figures
finish
