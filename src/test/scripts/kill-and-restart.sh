#!/bin/bash
# Kill the gateway with SIGKILL mid-load, restart, and check that every stored transmittal is forwarded once:
# every ledger row ends ACKNOWLEDGED and the district queues hold exactly as many referrals as there are rows.
# Needs: mvn -B package -DskipTests (the jar), psql, and the Artemis CLI in target/tools (see README).
set -u
cd "$(dirname "$0")/../../.."
D=target/kill-test; rm -rf $D
ARGS="--csx.embedded.data-directory=$D --csx.recovery.requeue-after=10s --csx.recovery.interval=5s"
java -Xmx1g -jar target/csx-gateway.jar $ARGS > /tmp/kill-app1.log 2>&1 &
until grep -q "Started CsxGatewayApplication" /tmp/kill-app1.log; do sleep 1; done
mvn -B -q -o exec:java -Dexec.args="--consume false --count 4000 --concurrency 16" > /tmp/kill-load.log 2>&1 &
LOAD=$!
sleep 12
pkill -9 -f "csx-gateway.jar $ARGS"; echo "killed at $(date +%T)"
wait $LOAD; cat /tmp/kill-load.log | grep -E "receipts"
java -Xmx1g -jar target/csx-gateway.jar $ARGS > /tmp/kill-app2.log 2>&1 &
until grep -q "Started CsxGatewayApplication" /tmp/kill-app2.log; do sleep 1; done
for i in $(seq 1 60); do
  left=$(psql -h localhost -p 54329 -U postgres -At -c "select count(*) from transmittal where status not in ('ACKNOWLEDGED')")
  [ "$left" = "0" ] && break; sleep 2
done
psql -h localhost -p 54329 -U postgres -At -c "select status, count(*) from transmittal group by status"
target/tools/apache-artemis-2.56.0/bin/artemis queue stat --url tcp://localhost:61616 --user broker-admin --password admin-demo-secret 2>/dev/null | grep -E "district|intake|dead"
pkill -f "csx-gateway.jar $ARGS"
