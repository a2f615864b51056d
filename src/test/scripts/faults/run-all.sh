#!/bin/bash
# The five fault scripts one after the other (they share ports): about 30 minutes on an idle 2-core machine,
# over an hour on a busy one.
# Exit 0 only if all five pass. Reports: target/faults/<script>/report.txt and summary.txt.
cd "$(dirname "$0")"
rc=0; first=1
for script in jvm-kill power-loss database-outage broker-restart csenet-kill; do
  if [ $first = 1 ]; then ./$script.sh; else CSX_FAULTS_SKIP_BUILD=1 ./$script.sh; fi || rc=1
  first=0
done
cd ../../../..
for script in jvm-kill power-loss database-outage broker-restart csenet-kill; do
  echo "== $script: $(grep '^result:' target/faults/$script/summary.txt 2>/dev/null || echo 'no result')"
done
exit $rc
