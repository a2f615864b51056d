#!/bin/bash
# Two gateway instances on shared engines, on one machine (issue 14 part 3; docs/scaling.md):
#   * a standalone Artemis (the distribution from Maven Central) with the repository's src/main/broker/ configuration
#     (its TLS acceptor replaced by a plain one on 127.0.0.1, as fault script (d) does);
#   * PostgreSQL 17 as a process of its own (the embedded library's binaries: initdb + pg_ctl);
#   * two gateway jars in the production profile (secrets and data keys generated per run under target/, never in
#     the repository), sharing the database, the broker and the data directory (document store, CSENet inbox).
# Phases, all with the fault scripts' load (8 partners x CSX_SCALEOUT_CLIENTS clients, each sending one serial number
# until receipted):
#   1. one instance: warm-up, then a measured window (receipts/s and referrals/s);
#   2. two instances, the load spread across both: warm-up, then a measured window;
#   3. two instances under load, one SIGKILLed; the load fails over to the other, then every receipted transmittal
#      is sent again; the fault checker (src/test/java/org/csx/gateway/faults/FaultCheck) asserts nothing receipted is
#      lost and nothing is on a district queue or a partner queue twice, over EVERY transmittal of all three phases.
# Exit 0 = nothing lost or doubled. About 12-15 minutes on 2 cores. Ports: CSX_SCALEOUT_* (defaults 185xx).
source "$(dirname "$0")/../faults/lib.sh"
HTTP_PORT=${CSX_SCALEOUT_HTTP_PORT_A:-18580}
HTTP_PORT_B=${CSX_SCALEOUT_HTTP_PORT_B:-18581}
PROD_PG_PORT=${CSX_SCALEOUT_PG_PORT:-18532}
PROD_BROKER_PORT=${CSX_SCALEOUT_BROKER_PORT:-18516}
CLIENTS=${CSX_SCALEOUT_CLIENTS:-4}
WARMUP_SECONDS=${CSX_SCALEOUT_WARMUP_SECONDS:-45}
MEASURE_SECONDS=${CSX_SCALEOUT_MEASURE_SECONDS:-60}
init two-instances
ARTEMIS_VERSION=2.56.0
ARTEMIS_HOME=$ROOT/target/tools/apache-artemis-$ARTEMIS_VERSION
DB_PASSWORD="db-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
MQ_PASSWORD="mq-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
BROKER_PID=""
GW_A=""
GW_B=""
build
write_partners

# --- PostgreSQL, a process of its own -------------------------------------------------------------------
PGBIN=$(tool PostgresBinaries "$ROOT/target/faults/pgbin" 2>/dev/null | tail -1)/bin
[ -x "$PGBIN/pg_ctl" ] || die "no PostgreSQL binaries in $PGBIN"
PG=$RUN/postgres
mkdir -p "$RUN/pg-socket"
printf '%s\n' "$DB_PASSWORD" > "$RUN/pg-password"
chmod 600 "$RUN/pg-password"
as_postgres_user "$PGBIN/initdb" -D "$PG" -U csx --pwfile="$RUN/pg-password" -A scram-sha-256 -E UTF-8 \
    > "$RUN/initdb.log" 2>&1 || { cat "$RUN/initdb.log"; die "initdb failed"; }
stop_postgres() {
  local pm
  if pm=$(postmaster_pid "$PG"); then
    as_postgres_user "$PGBIN/pg_ctl" -D "$PG" stop -m fast -w -t 30 >> "$RUN/pg_ctl.log" 2>&1 \
        || { kill -INT "$pm" 2>/dev/null; wait_gone 20 "$pm" || kill -KILL "$pm" 2>/dev/null; }
  fi
}
stop_broker() { alive "$BROKER_PID" && stop_pid "$BROKER_PID" "the broker"; return 0; }
stop_gateways() {
  alive "$GW_A" && stop_pid "$GW_A" "gateway A"
  alive "$GW_B" && stop_pid "$GW_B" "gateway B"
  return 0
}
EXTRA_CLEANUP+=(stop_gateways stop_broker stop_postgres)
# Two instances with 16 processing consumers and a Hikari pool each: more connections than the default 100 allow.
as_postgres_user "$PGBIN/pg_ctl" -D "$PG" -o "-p $PROD_PG_PORT -c listen_addresses=127.0.0.1 -k $RUN/pg-socket -c max_connections=200" \
    -l "$RUN/postgres.log" -w -t 60 start >> "$RUN/pg_ctl.log" 2>&1 || { cat "$RUN/postgres.log"; die "PostgreSQL did not start"; }
log "PostgreSQL 17 (standalone, postmaster $(postmaster_pid "$PG")) on 127.0.0.1:$PROD_PG_PORT, data $PG"

# --- Artemis, standalone, the repository's configuration -----------------------------------------------------
if [ ! -x "$ARTEMIS_HOME/bin/artemis" ]; then
  log "Artemis $ARTEMIS_VERSION from Maven Central (org.apache.artemis:apache-artemis:$ARTEMIS_VERSION:bin:tar.gz)"
  mvn -B -q dependency:unpack -Dartifact=org.apache.artemis:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin \
      -DoutputDirectory="$ROOT/target/tools" > "$RUN/artemis-download.log" 2>&1 || die "could not download Artemis"
fi
BROKER=$RUN/broker
"$ARTEMIS_HOME/bin/artemis" create "$BROKER" --silent --user csx --password "$MQ_PASSWORD" --require-login \
    --host 127.0.0.1 --default-port "$PROD_BROKER_PORT" --no-web --no-amqp-acceptor --no-hornetq-acceptor \
    --no-mqtt-acceptor --no-stomp-acceptor --nio --no-autotune > "$RUN/artemis-create.log" 2>&1 \
    || { cat "$RUN/artemis-create.log"; die "artemis create failed"; }
[ -f "$ROOT/src/main/broker/broker.xml" ] || die "no src/main/broker/broker.xml"
cp "$ROOT/src/main/broker/broker.xml" "$BROKER/etc/broker.xml"
perl -pi -e "s#<acceptor name=\"csx-tls\">[^<]*</acceptor>#<acceptor name=\"csx\">tcp://127.0.0.1:$PROD_BROKER_PORT?protocols=CORE,AMQP,STOMP;amqpDuplicateDetection=true</acceptor>#" "$BROKER/etc/broker.xml"
perl -pi -e "s#tcp://[^:<\"\\s]+:[0-9]+#tcp://127.0.0.1:$PROD_BROKER_PORT#g" "$BROKER/etc/broker.xml"
cp "$ROOT/src/main/broker/login.config" "$ROOT/src/main/broker/artemis-roles.properties" \
   "$ROOT/src/main/broker/artemis-cert-users.properties" "$BROKER/etc/"
# The two identities this run needs, with this run's passwords (a test instance only; production: ENC(...) hashes).
printf 'gateway = %s\n%s = %s\n' "$MQ_PASSWORD" "$BROKER_USER" "$BROKER_PASSWORD" > "$BROKER/etc/artemis-users.properties"
chmod 600 "$BROKER/etc/artemis-users.properties"
perl -pi -e 's/-Xmx2G/-Xmx1G/' "$BROKER/etc/artemis.profile"
"$BROKER/bin/artemis" run > "$RUN/broker.log" 2>&1 &
BROKER_PID=$!
started=$(date +%s)
until grep -q "AMQ221007" "$RUN/broker.log"; do
  alive "$BROKER_PID" || { tail -30 "$RUN/broker.log"; die "the broker exited during start-up"; }
  [ $(( $(date +%s) - started )) -gt 120 ] && die "the broker did not start in 120 s"
  sleep 0.3
done
log "Artemis $ARTEMIS_VERSION (standalone, pid $BROKER_PID) on 127.0.0.1:$PROD_BROKER_PORT, src/main/broker/ configuration"

# --- the gateways, production profile ------------------------------------------------------------------------------
export SPRING_PROFILES_ACTIVE=production
JDBC_URL="jdbc:postgresql://127.0.0.1:$PROD_PG_PORT/postgres"
export CSX_DB_URL="$JDBC_URL" CSX_DB_USER=csx CSX_DB_PASSWORD="$DB_PASSWORD"
export CSX_BROKER_URL="tcp://127.0.0.1:$PROD_BROKER_PORT" CSX_BROKER_USER=gateway CSX_BROKER_PASSWORD="$MQ_PASSWORD"
export CSX_PARTNERS_FILE="$RUN/partners.yml"
# production never generates data keys: this run's own, owner-only, shared by both instances (docs/personal-data.md)
printf 'active=scaleout\nkey.scaleout=%s\n' "$(head -c 32 /dev/urandom | base64)" > "$RUN/data-keys.properties"
chmod 600 "$RUN/data-keys.properties"
export CSX_DATA_KEY_FILE="$RUN/data-keys.properties"
# One data directory for both: the document store and the CSENet inbox/outbox are shared, as on a shared volume.
gateway_args() {
  echo "--server.address=127.0.0.1 --server.port=$1 --csx.embedded.data-directory=$DATA \
 --csx.csenet.inbox=$DATA/csenet/inbox --csx.csenet.outbox=$DATA/csenet/outbox $RECOVERY_ARGS $EXTRA_GATEWAY_ARGS"
}
URL_A="http://127.0.0.1:$HTTP_PORT"
URL_B="http://127.0.0.1:$HTTP_PORT_B"

# run_load <dir> <urls> <serial offset> <resend fraction>: the fault scripts' load, in the background (LOAD_PID)
run_load() {
  mkdir -p "$1"
  java -Xmx768m -cp "$CP" org.csx.gateway.faults.FaultLoad --url "$2" --out "$1" --stop-file "$1/stop" \
      --serial-offset "$3" --resend-fraction "$4" --max-seconds 1800 --max-count 1000000 \
      --clients-per-partner "$CLIENTS" --drain-seconds 180 > "$1/load.log" 2>&1 &
  LOAD_PID=$!
}

# measure <name> <urls> <serial offset>: warm-up, then a measured window: receipts/s (the load's records) and
# referrals/s (outbox rows to district queues marked DELIVERED, i.e. after the broker commit, in the window)
measure() {
  local name=$1 dir=$RUN/$1 t1 t2 receipts forwards rps fps
  mkdir -p "$dir"
  run_load "$dir" "$2" "$3" 0
  log "$name: load on $2 (8 partners x $CLIENTS clients); warm-up $WARMUP_SECONDS s"
  sleep "$WARMUP_SECONDS"
  t1=$(now_ms)
  sleep "$MEASURE_SECONDS"
  t2=$(now_ms)
  touch "$dir/stop"
  wait "$LOAD_PID"; LOAD_PID=""
  receipts=$(awk -F'\t' -v a="$t1" -v b="$t2" '$5 == "RECEIPT" && $4 >= a && $4 < b' "$dir/attempts.tsv" | wc -l)
  forwards=$(java -Xmx128m -cp "$CP" org.csx.gateway.scaleout.DistrictForwards --jdbc-url "$JDBC_URL" --db-user csx \
      --db-password "$DB_PASSWORD" --from "$t1" --to "$t2")
  rps=$(awk -v n="$receipts" -v a="$t1" -v b="$t2" 'BEGIN { printf "%.0f", n * 1000 / (b - a) }')
  fps=$(awk -v n="$forwards" -v a="$t1" -v b="$t2" 'BEGIN { printf "%.0f", n * 1000 / (b - a) }')
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$fps" "$(grep -c $'\tRECEIPT\t' "$dir/attempts.tsv")" \
      "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RUN/throughput.tsv"
  log "$name: $rps receipts/s, $fps referrals/s to the district queues (window of $MEASURE_SECONDS s after $WARMUP_SECONDS s warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

start_gateway "$(gateway_args "$HTTP_PORT")"
GW_A=$GATEWAY_PID; GATEWAY_PID=""
log "gateway A: pid $GW_A on $URL_A"
printf 'phase\treceipts_per_s\treferrals_per_s\treceipts_total\tload_average\n' > "$RUN/throughput.tsv"
measure one-instance "$URL_A" 100000000

start_gateway "$(gateway_args "$HTTP_PORT_B")"
GW_B=$GATEWAY_PID; GATEWAY_PID=""
log "gateway B: pid $GW_B on $URL_B"
measure two-instances "$URL_A,$URL_B" 200000000

# --- a shared CSENet inbox: each file taken by one instance only (cluster-safe read lock, CsenetInboxClaims) ----------
INBOX=$DATA/csenet/inbox
CSENET_FILES=${CSX_SCALEOUT_CSENET_FILES:-20}
for i in $(seq 1 "$CSENET_FILES"); do
  # not CSENet records: each is refused (GW01) and the file still goes to done/; the contents differ (SHA-256)
  printf 'NOT A CSENET RECORD, FILE %s OF THE SCALE-OUT RUN %s\n' "$i" "$(date +%s%N)" > "$INBOX/.scaleout-$i.tmp"
  mv "$INBOX/.scaleout-$i.tmp" "$INBOX/scaleout-$i.txt"
done
started=$(date +%s)
while ls "$INBOX"/scaleout-*.txt > /dev/null 2>&1 && [ $(( $(date +%s) - started )) -lt 180 ]; do sleep 1; done
CSENET_DONE=$(ls "$INBOX/done" | grep -c 'scaleout-' || true)
CSENET_FAILED=$(ls "$INBOX/failed" | grep -c 'scaleout-' || true)
csenet_taken() { grep -o 'CsenetFileIntake .*CSENet file scaleout-[0-9]*\.txt:' "$1" | grep -o 'scaleout-[0-9]*' | sort -u; }
CSENET_BY=""
for g in "$RUN"/gateway-*.log; do CSENET_BY="$CSENET_BY $(basename "$g" .log) $(csenet_taken "$g" | wc -l)"; done
CSENET_TWICE=$(for g in "$RUN"/gateway-*.log; do csenet_taken "$g"; done | sort | uniq -d | wc -l)
log "CSENet: $CSENET_FILES files dropped into the shared inbox while both instances poll it: $CSENET_DONE in done/, $CSENET_FAILED in failed/, taken by:$CSENET_BY; by both: $CSENET_TWICE"

# --- one instance killed under load --------------------------------------------------------------------------------
run_load "$RUN" "$URL_A,$URL_B" 300000000 1.0
log "kill phase: load on both instances (8 partners x $CLIENTS clients), pid $LOAD_PID"
pause_between "${CSX_SCALEOUT_KILL_MIN_SECONDS:-15}" "${CSX_SCALEOUT_KILL_MAX_SECONDS:-25}"
event fault "SIGKILL gateway B (pid $GW_B) under load"
kill -KILL "$GW_B"
wait_gone 30 "$GW_B"
log "gateway B (pid $GW_B) killed with SIGKILL; $(receipts_so_far) receipts so far in this phase; A goes on alone"
sleep "${CSX_SCALEOUT_TAIL_SECONDS:-30}"
stop_load
check "two instances on shared engines, one SIGKILLed under load (production profile)" \
    --broker-url "tcp://127.0.0.1:$PROD_BROKER_PORT" --broker-user "$BROKER_USER" --broker-password "$BROKER_PASSWORD" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PROD_PG_PORT/postgres" --db-user csx --db-password "$DB_PASSWORD"
log_figures
if [ "$CSENET_DONE" != "$CSENET_FILES" ] || [ "$CSENET_FAILED" != 0 ] || [ "$CSENET_TWICE" != 0 ]; then
  log "FAIL: the shared CSENet inbox: $CSENET_DONE of $CSENET_FILES files done, $CSENET_FAILED failed, $CSENET_TWICE taken by both"
  CHECK_RC=1
fi
# Once across instances: how often each instance's recovery job put something back, and what it was
for g in "$RUN"/gateway-*.log; do
  log "$(basename "$g"): $(grep -c "back on the intake queue" "$g" || true) recovery runs that re-queued, $(grep -c "Unexpected error occurred in scheduled task" "$g" || true) scheduled-task failures"
done
column -t "$RUN/throughput.tsv" | tee -a "$RUN/script.log"
finish
