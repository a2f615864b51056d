#!/bin/bash
# (d) The broker restarted under load, production profile: a standalone Artemis (Maven Central distribution,
# `artemis create`, persistent journal, sync on, duplicate-id cache 20,000 persisted; src/main/broker/broker.xml
# when the repository has one) and PostgreSQL as a process of its own (the embedded library's binaries from the
# local Maven repository: initdb + pg_ctl), the gateway jar with SPRING_PROFILES_ACTIVE=production and a
# partners file under target/. The broker is stopped 10 times under load, alternately SIGKILL and SIGTERM, and
# started again on the same journal. Exit 0 = nothing lost. About 6-7 minutes on 2 cores.
# docs/fault-scripts.md
source "$(dirname "$0")/lib.sh"
init broker-restart
ROUNDS=${CSX_FAULTS_ROUNDS:-10}
PROD_PG_PORT=${CSX_FAULTS_PROD_PG_PORT:-48433}
PROD_BROKER_PORT=${CSX_FAULTS_PROD_BROKER_PORT:-48617}
ARTEMIS_VERSION=2.56.0
ARTEMIS_HOME=$ROOT/target/tools/apache-artemis-$ARTEMIS_VERSION
BROKER_DOWN_SECONDS=${CSX_FAULTS_BROKER_DOWN_SECONDS:-5}
# Test secrets for the run's own servers, generated per run, kept under target/.
DB_PASSWORD="db-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
MQ_PASSWORD="mq-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
BROKER_PID=""
build
write_partners

# --- PostgreSQL, a process of its own -------------------------------------------------------------------
PGBIN=$(tool PostgresBinaries "$ROOT/target/faults/pgbin" 2>/dev/null | tail -1)/bin
[ -x "$PGBIN/pg_ctl" ] || die "no PostgreSQL binaries in $PGBIN"
PG=$RUN/postgres
mkdir -p "$RUN/pg-socket"
printf '%s\n' "$DB_PASSWORD" > "$RUN/pg-password"
as_postgres_user "$PGBIN/initdb" -D "$PG" -U csx --pwfile="$RUN/pg-password" -A scram-sha-256 -E UTF-8 \
    > "$RUN/initdb.log" 2>&1 || { cat "$RUN/initdb.log"; die "initdb failed"; }
stop_postgres() {
  local pm
  if pm=$(postmaster_pid "$PG"); then
    as_postgres_user "$PGBIN/pg_ctl" -D "$PG" stop -m fast -w -t 30 >> "$RUN/pg_ctl.log" 2>&1 \
        || { kill -INT "$pm" 2>/dev/null; wait_gone 20 "$pm" || kill -KILL "$pm" 2>/dev/null; }
  fi
}
EXTRA_CLEANUP+=(stop_broker stop_postgres)
as_postgres_user "$PGBIN/pg_ctl" -D "$PG" -o "-p $PROD_PG_PORT -c listen_addresses=127.0.0.1 -k $RUN/pg-socket" \
    -l "$RUN/postgres.log" -w -t 60 start >> "$RUN/pg_ctl.log" 2>&1 || { cat "$RUN/postgres.log"; die "PostgreSQL did not start"; }
log "PostgreSQL 17 (standalone, postmaster $(postmaster_pid "$PG")) on 127.0.0.1:$PROD_PG_PORT, data $PG"

# --- Artemis, standalone -----------------------------------------------------------------------------------
if [ ! -x "$ARTEMIS_HOME/bin/artemis" ]; then
  log "downloading Artemis $ARTEMIS_VERSION from Maven Central (org.apache.artemis:apache-artemis:$ARTEMIS_VERSION:bin:tar.gz)"
  mvn -B -q dependency:unpack -Dartifact=org.apache.artemis:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin \
      -DoutputDirectory="$ROOT/target/tools" > "$RUN/artemis-download.log" 2>&1 || die "could not download Artemis"
fi
BROKER=$RUN/broker
"$ARTEMIS_HOME/bin/artemis" create "$BROKER" --silent --user csx --password "$MQ_PASSWORD" --require-login \
    --host 127.0.0.1 --default-port "$PROD_BROKER_PORT" --no-web --no-amqp-acceptor --no-hornetq-acceptor \
    --no-mqtt-acceptor --no-stomp-acceptor --nio --no-autotune > "$RUN/artemis-create.log" 2>&1 \
    || { cat "$RUN/artemis-create.log"; die "artemis create failed"; }
if [ -f "$ROOT/src/main/broker/broker.xml" ]; then
  log "broker configuration: src/main/broker/ (broker.xml, login.config, roles; the TLS acceptor replaced by a plain one on 127.0.0.1:$PROD_BROKER_PORT)"
  cp "$ROOT/src/main/broker/broker.xml" "$BROKER/etc/broker.xml"
  perl -pi -e "s#<acceptor name=\"csx-tls\">[^<]*</acceptor>#<acceptor name=\"csx\">tcp://127.0.0.1:$PROD_BROKER_PORT?protocols=CORE,AMQP,STOMP;amqpDuplicateDetection=true</acceptor>#" "$BROKER/etc/broker.xml"
  perl -pi -e "s#tcp://[^:<\"\\s]+:[0-9]+#tcp://127.0.0.1:$PROD_BROKER_PORT#g" "$BROKER/etc/broker.xml"
  # The repository's logins and roles; the two identities this run needs, with this run's passwords (the
  # properties login module takes a clear value as well as an ENC(...) hash; a test instance only).
  cp "$ROOT/src/main/broker/login.config" "$ROOT/src/main/broker/artemis-roles.properties" \
     "$ROOT/src/main/broker/artemis-cert-users.properties" "$BROKER/etc/"
  printf 'gateway = %s\n%s = %s\n' "$MQ_PASSWORD" "$BROKER_USER" "$BROKER_PASSWORD" > "$BROKER/etc/artemis-users.properties"
  MQ_USER=gateway
  CHECK_USER=$BROKER_USER CHECK_PASSWORD=$BROKER_PASSWORD
else
  log "broker configuration: as created, plus sync on, duplicate-id cache 20000 persisted, the gateway's dead-letter settings"
  perl -0pi -e 's#(<persistence-enabled>true</persistence-enabled>)#$1\n      <journal-sync-transactional>true</journal-sync-transactional>\n      <journal-sync-non-transactional>true</journal-sync-non-transactional>\n      <id-cache-size>20000</id-cache-size>\n      <persist-id-cache>true</persist-id-cache>#' "$BROKER/etc/broker.xml"
  # The gateway's retry budget (csx.redelivery: 4 attempts, 2 s) below the broker's: as the embedded broker.
  perl -0pi -e 's#(<address-setting match="\#">\s*)<dead-letter-address>DLQ</dead-letter-address>(.*?)<redelivery-delay>0</redelivery-delay>#$1<dead-letter-address>registry.dead-letter</dead-letter-address>$2<redelivery-delay>2000</redelivery-delay>\n            <max-delivery-attempts>20</max-delivery-attempts>#s' "$BROKER/etc/broker.xml"
fi
perl -pi -e 's/-Xmx2G/-Xmx1G/' "$BROKER/etc/artemis.profile"
BROKER_STARTS=0
start_broker() {
  BROKER_STARTS=$((BROKER_STARTS + 1))
  local out=$RUN/broker-$BROKER_STARTS.log started
  "$BROKER/bin/artemis" run > "$out" 2>&1 &
  BROKER_PID=$!
  started=$(date +%s)
  until grep -q "AMQ221007" "$out"; do
    alive "$BROKER_PID" || { tail -30 "$out"; die "the broker exited during start-up"; }
    [ $(( $(date +%s) - started )) -gt 120 ] && die "the broker did not start in 120 s"
    sleep 0.3
  done
  event broker-started "pid $BROKER_PID"
  log "broker start $BROKER_STARTS: pid $BROKER_PID, up in $(( $(date +%s) - started )) s"
}
stop_broker() { alive "$BROKER_PID" && stop_pid "$BROKER_PID" "the broker"; return 0; }
start_broker

# --- the gateway, production profile --------------------------------------------------------------------------
export SPRING_PROFILES_ACTIVE=production
export CSX_DB_URL="jdbc:postgresql://127.0.0.1:$PROD_PG_PORT/postgres" CSX_DB_USER=csx CSX_DB_PASSWORD="$DB_PASSWORD"
export CSX_BROKER_URL="tcp://127.0.0.1:$PROD_BROKER_PORT" CSX_BROKER_USER="${MQ_USER:-csx}" CSX_BROKER_PASSWORD="$MQ_PASSWORD"
export CSX_PARTNERS_FILE="$RUN/partners.yml"
# production never generates data keys: this run's own, owner-only (docs/personal-data.md)
printf 'active=fault-run\nkey.fault-run=%s\n' "$(head -c 32 /dev/urandom | base64)" > "$RUN/data-keys.properties"
chmod 600 "$RUN/data-keys.properties"
export CSX_DATA_KEY_FILE="$RUN/data-keys.properties"
ARGS="--server.address=127.0.0.1 --server.port=$HTTP_PORT --csx.embedded.data-directory=$DATA \
 --csx.csenet.inbox=$DATA/csenet/inbox --csx.csenet.outbox=$DATA/csenet/outbox $RECOVERY_ARGS $EXTRA_GATEWAY_ARGS"
start_gateway "$ARGS"
start_load
for round in $(seq 1 "$ROUNDS"); do
  pause_between "${CSX_FAULTS_MIN_SECONDS:-6}" "${CSX_FAULTS_MAX_SECONDS:-14}"
  if [ $((round % 2)) = 1 ]; then SIGNAL=KILL; else SIGNAL=TERM; fi
  event fault "round $round: SIG$SIGNAL the broker (pid $BROKER_PID)"
  kill -$SIGNAL "$BROKER_PID"
  wait_gone 60 "$BROKER_PID" || { kill -KILL "$BROKER_PID"; wait_gone 10 "$BROKER_PID"; }
  log "round $round: broker stopped with SIG$SIGNAL (pid $BROKER_PID); down for $BROKER_DOWN_SECONDS s under load; $(receipts_so_far) receipts so far"
  sleep "$BROKER_DOWN_SECONDS"
  start_broker
done
sleep "${CSX_FAULTS_TAIL_SECONDS:-15}"
stop_load
check "(d) broker restarted $ROUNDS times under load (production profile)" \
    --broker-url "tcp://127.0.0.1:$PROD_BROKER_PORT" --broker-user "${CHECK_USER:-csx}" --broker-password "${CHECK_PASSWORD:-$MQ_PASSWORD}" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PROD_PG_PORT/postgres" --db-user csx --db-password "$DB_PASSWORD"
log_figures
finish
