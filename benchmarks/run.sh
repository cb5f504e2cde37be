#!/usr/bin/env bash
# Attune benchmarks in one short run (a few minutes on 2 cores):
#   a. ApiBenchmark: one EPDS response through Scorer.evaluate vs the hand-coded limit (time and bytes/op);
#      FhirPathBenchmark: a PHQ-9 QuestionnaireResponse's total through Attune vs HAPI's FHIRPath engine;
#   b. BatchBenchmark: a 1,000,000-row CSV file to file inside one JVM, CLI engine vs the hand-written limit;
#   c. the process-level comparison: `./attune score epds FILE -o OUT` (one thread per processor, and
#      again with --threads 1) vs
#      `java -cp benchmarks/target/classes org.attune.benchmarks.HandWrittenEpdsCsvScorer FILE OUT`, 3 runs each:
#      median wall time, peak RSS, and a byte-for-byte check (cmp) that both wrote the same output.
# Usage: benchmarks/run.sh [--rows N]   (or ROWS=N): repeat (c) at N rows too, e.g. 10000000.
# Details go to standard error; the figures and a summary to standard output.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

big_rows="${ROWS:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) big_rows="${2:-}"; shift 2 || { echo "run.sh: --rows needs a number" >&2; exit 2; } ;;
    --rows=*) big_rows="${1#--rows=}"; shift ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$big_rows" ] && ! [[ "$big_rows" =~ ^[1-9][0-9]*$ ]]; then
  echo "run.sh: --rows takes a positive whole number, not $big_rows" >&2
  exit 2
fi

log() { echo "run.sh: $*" >&2; }

# --- build -------------------------------------------------------------------------------------
log "building benchmarks/target/benchmarks.jar"
mvn -B -q -Dstyle.color=never -DskipTests -pl benchmarks -am package 1>&2
jar="$root/benchmarks/target/benchmarks.jar"
# The hand-written limit and the file generator need nothing but the JDK: they run from the module's
# own classes, not from the shaded jar, whose ~27,000 entries (HAPI FHIR, for FhirPathBenchmark)
# would add some 20 ms to the limit's every start.
limit_cp="$root/benchmarks/target/classes"
log "building the command line if needed"
./attune list >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/attune-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=()

# --- output check on edge cases (small, before anything long) ----------------------------------
# Cases the contract decides: BOM, CRLF, blank lines, trimming, NA, formula-unsafe ids, wrong cell
# counts, invalid values, non-ASCII text, a carriage return inside an id, no final line end.
{
  printf '\xef\xbb\xbfid,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10\r\n'
  printf 'e1,0,1,2,3,0,1,2,3,0,1\r\n\r\n\n'
  printf ' e2 , 0 ,\t1,NA,3,0,1,2,3,0,0\r\n'
  printf '=e3,0,1,2,3,0,1,2,3,0,1\n-12,0,1,2,3,0,1,2,3,0,1\n-1x,3,3,3,3,3,3,3,3,3,3\n+3.5,0,0,0,0,0,0,0,0,0,2\n'
  printf 'e4,0,1,2,3,0,1,2,3,0\ne5,0,1,2,3,0,1,2,3,0,3,extra\ne6,0,1,7,3,abc,1,2.0,02,-1,3\n'
  printf 'e7,0,1,\xc3\xa9,3,0,1,2,3,0,1\ne8,0,1,\xff,3,0,1,2,3,0,1\n \n,,,,,,,,,,\n'
  printf 'e9,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA\ne10,,,3,3,3,,,,,\ne\r11,0,0,0,0,0,0,0,0,0,0\ne12,0,0,0,0,0,0,0,0,0,10'
} > "$work/edge.csv"
set +e
./attune score epds "$work/edge.csv" -o "$work/edge-attune.csv"; rc_a=$?
java -cp "$limit_cp" org.attune.benchmarks.HandWrittenEpdsCsvScorer "$work/edge.csv" "$work/edge-hand.csv"; rc_h=$?
set -e
if [ "$rc_a" -ne "$rc_h" ] || ! cmp -s "$work/edge-attune.csv" "$work/edge-hand.csv"; then
  log "EDGE-CASE OUTPUTS DIFFER (exit codes attune $rc_a, hand-written $rc_h); first differing lines:"
  diff "$work/edge-attune.csv" "$work/edge-hand.csv" | head -n 12 >&2 || true
  failures+=("edge-case output differs")
else
  log "edge cases: identical output and exit code ($rc_a)"
fi

# --- a. API ----------------------------------------------------------------------------------
log "JMH ApiBenchmark (-prof gc)"
java -jar "$jar" 'org.attune.benchmarks.ApiBenchmark' -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc \
  -rf json -rff "$work/api.json" 1>&2
log "JMH FhirPathBenchmark (-prof gc)"
java -jar "$jar" 'org.attune.benchmarks.FhirPathBenchmark' -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc \
  -rf json -rff "$work/fhir.json" 1>&2
# --- b. batch in one JVM ---------------------------------------------------------------------
log "JMH BatchBenchmark (1,000,000 rows)"
java -jar "$jar" 'org.attune.benchmarks.BatchBenchmark' -p rows=1000000 -rf json -rff "$work/batch.json" 1>&2
report="$(java -cp "$jar" org.attune.benchmarks.Report "$work/api.json" "$work/fhir.json" "$work/batch.json")"
echo "$report"

# --- c. processes ----------------------------------------------------------------------------
# measure CMD...: runs CMD, sets ms (wall time) and kb (peak RSS in KiB).
measure() {
  local start end rc=0 pid hwm
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/rss" "$@" || rc=$?
    end=$(date +%s%N)
    kb=$(tail -n 1 "$work/rss")
  else
    "$@" & pid=$!
    kb=0
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      if [ -n "$hwm" ] && [ "$hwm" -gt "$kb" ]; then kb=$hwm; fi
      sleep 0.05
    done
    wait "$pid" || rc=$?
    end=$(date +%s%N)
  fi
  ms=$(( (end - start) / 1000000 ))
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    log "$* exited with $rc"
    exit 1
  fi
}
fresh() { rm -f "$1"; sync; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
maximum() { printf '%s\n' "$@" | sort -n | tail -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

process_lines=()
compare_processes() {
  local rows=$1 file out_a out_h out_s i a_ms=() h_ms=() a_kb=() h_kb=() s_ms=() s_kb=() same
  file="$work/epds-$rows.csv"
  out_a="$work/attune-$rows.csv"
  out_h="$work/hand-$rows.csv"
  out_s="$work/attune1-$rows.csv"
  log "process comparison at $rows rows: generating $file"
  java -cp "$limit_cp" org.attune.benchmarks.EpdsCsv "$rows" "$file"
  for i in 1 2 3; do
    ./attune list >/dev/null # a rebuild (sources changed meanwhile) happens here, outside the timing
    # Each output is removed (and the removal flushed) before its run: replacing a file of
    # hundreds of megabytes just written costs the writer a second or so of system time.
    fresh "$out_a"; measure ./attune score epds "$file" -o "$out_a"
    a_ms+=("$ms"); a_kb+=("$kb")
    fresh "$out_h"; measure java -cp "$limit_cp" org.attune.benchmarks.HandWrittenEpdsCsvScorer "$file" "$out_h"
    h_ms+=("$ms"); h_kb+=("$kb")
    fresh "$out_s"; measure ./attune score epds "$file" -o "$out_s" --threads 1
    s_ms+=("$ms"); s_kb+=("$kb")
    log "  run $i: attune ${a_ms[-1]} ms (${a_kb[-1]} KiB), hand-written ${h_ms[-1]} ms (${h_kb[-1]} KiB), attune on one thread ${s_ms[-1]} ms (${s_kb[-1]} KiB)"
  done
  if cmp "$out_a" "$out_h" >&2 && cmp "$out_s" "$out_h" >&2; then
    same="identical output (cmp)"
  else
    same="OUTPUT DIFFERS"
    log "first differing lines (< attune, > hand-written):"
    diff "$out_a" "$out_h" | head -n 12 >&2 || true
    failures+=("output differs at $rows rows")
  fi
  local am hm sm
  am=$(median "${a_ms[@]}")
  hm=$(median "${h_ms[@]}")
  sm=$(median "${s_ms[@]}")
  process_lines+=("process $rows rows: attune $am ms ($(nproc) threads), handWritten $hm ms (medians of 3), ratio attune/handWritten = $(ratio "$am" "$hm"); attune --threads 1 $sm ms, ratio $(ratio "$sm" "$hm"); peak RSS attune $(mib "$(maximum "${a_kb[@]}" "${s_kb[@]}")") MiB, handWritten $(mib "$(maximum "${h_kb[@]}")") MiB; $same")
  echo "${process_lines[-1]}"
  rm -f "$file" "$out_a" "$out_h" "$out_s"
}
compare_processes 1000000
if [ -n "$big_rows" ]; then
  compare_processes "$big_rows"
fi

# --- summary ---------------------------------------------------------------------------------
echo
echo "== Attune benchmark summary ($(nproc) cores, $(java -version 2>&1 | head -n 1)) =="
echo "$report" | grep -E 'ratio|allocation' || true
printf '%s\n' "${process_lines[@]}"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}"
  exit 1
fi
