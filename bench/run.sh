#!/usr/bin/env bash
# Builds the app jar and the benchmarks, then runs: the loopback load test (full bot vs bare Javalin floor,
# alternating) and JMH for the classifier and translator. Prints markdown tables on stdout.
# Tunables: BENCH_ROUNDS, BENCH_SECONDS, BENCH_WARMUP, BENCH_RATE, BENCH_CONNECTIONS, BENCH_JVM_OPTS, BENCH_SKIP_JMH=1,
# BENCH_FLOOR_ANSWER_BYTES (the floor's constant answer padded to this size),
# BENCH_START_ONLY=1 (only JVM start to first acknowledgement, BENCH_STARTS times, median; no load, no JMH),
# BENCH_STEADY=1 (also steady-state CPU per request by thread: BENCH_STEADY_ROUNDS, BENCH_STEADY_REQUESTS).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

echo "building the app jar and the benchmarks..." >&2
(cd "$root" && mvn -B -q -DskipTests package)
(cd "$here" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=compile)
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"

java -cp "$cp" com.bridgecoach.bench.BenchRun "$root/target/bridge-coach.jar" "$cp" "$root/prompts"

if [ "${BENCH_STEADY:-0}" = "1" ] && [ "${BENCH_START_ONLY:-0}" != "1" ]; then
  # server CPU per request once the JIT has settled, by thread: bot, then floor (about two minutes each)
  echo >&2; echo "steady-state CPU per request..." >&2
  echo; echo "## Steady-state server CPU per request (ms, by thread)"; echo; echo '```'
  for target in bot floor; do
    java -cp "$cp" com.bridgecoach.bench.SteadyStateCpu "$root/target/bridge-coach.jar" "$cp" "$root/prompts" "$target" \
      "${BENCH_STEADY_ROUNDS:-12}" "${BENCH_STEADY_REQUESTS:-4000}" | tail -4
  done
  echo '```'
fi

if [ "${BENCH_SKIP_JMH:-0}" != "1" ] && [ "${BENCH_START_ONLY:-0}" != "1" ]; then
  echo >&2; echo "JMH: classifier and translator, one thread..." >&2
  (cd "$here" && java -Dprompts="$root/prompts" -cp "$cp" org.openjdk.jmh.Main ClassifierBench -rf json -rff target/jmh.json >target/jmh.log)
  echo
  echo "## Classifier and translator throughput (JMH, one thread)"
  echo
  echo "| benchmark | ops/s | ± (99.9%) |"
  echo "|---|---|---|"
  python3 - "$here/target/jmh.json" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1])):
    m = b["primaryMetric"]
    print(f"| {b['benchmark'].rsplit('.', 1)[1]} | {m['score']:,.0f} | {m['scoreError']:,.0f} |")
PY
fi
