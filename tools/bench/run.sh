#!/usr/bin/env bash
# Benchmarks `multilat check` on 1k/10k/100k synthetic records against a bare yaml-cpp parse and
# yamllint, and prints a Markdown table of the medians and ratios (see docs/performance.md).
#
# Run from anywhere; paths are taken from the repository top. Environment:
#   MULTILAT     multilat binary          (default build/release/multilat)
#   BENCH_PARSE  bench_parse binary       (default build/release/bench_parse)
#   BENCH_DIR    trees and results        (default /tmp/multilat-bench; trees are reused)
#   BENCH_CORES  cores to pin the runs to (default 2, with taskset when the machine has more)
#   BENCH_RUNS   minimum hyperfine runs   (default 3)
# The table goes to stdout and to $BENCH_DIR/results/summary.md; progress goes to stderr.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
TOP=$PWD
MULTILAT=${MULTILAT:-build/release/multilat}
BENCH_PARSE=${BENCH_PARSE:-build/release/bench_parse}
WORK=${BENCH_DIR:-/tmp/multilat-bench}
CORES=${BENCH_CORES:-2}
RUNS=${BENCH_RUNS:-3}
TODAY=2026-11-29
PY=/usr/bin/python3  # Debian's python, which has python3-yaml for the self-check
RESULTS=$WORK/results

die() { echo "run.sh: $*" >&2; exit 2; }
say() { echo "== $*" >&2; }

check_tools() {
  command -v hyperfine >/dev/null || die "hyperfine is missing: apt-get install hyperfine"
  command -v yamllint >/dev/null || die "yamllint is missing: apt-get install yamllint"
  [[ -x $PY ]] || die "$PY is missing: apt-get install python3 python3-yaml"
  for bin in "$MULTILAT" "$BENCH_PARSE"; do
    [[ -x $bin ]] || die "$bin is not built; build the release tree first (see docs/performance.md)"
  done
  [[ $WORK != *[[:space:]]* ]] || die "BENCH_DIR must not contain spaces"
}

# Pin every measured command to the first $CORES cores when the machine has more, so figures
# from a big machine compare with the "2 cores" targets.
PIN=""
THREADS=$CORES
setup_pinning() {
  local have
  have=$(nproc)
  if (( have > CORES )) && command -v taskset >/dev/null; then
    PIN="taskset -c 0-$((CORES - 1))"
  elif (( have < CORES )); then
    echo "run.sh: warning: only $have cores here, fewer than BENCH_CORES=$CORES" >&2
    THREADS=$have
  fi
}

# Trees are reused while generate.py and N are unchanged (a stamp file records both).
tree() {
  local n=$1 name=$2 dir="$WORK/$2" stamp
  stamp="$(sha256sum tools/bench/generate.py | cut -c1-16) $n"
  if [[ -d $dir && -f $dir.stamp && $(<"$dir.stamp") == "$stamp" ]]; then
    say "reusing $dir"
    return
  fi
  say "generating $n records in $dir"
  rm -rf "$dir" "$dir.tmp" "$dir.stamp"
  "$PY" tools/bench/generate.py "$n" "$dir.tmp"
  mv "$dir.tmp" "$dir"
  echo "$stamp" >"$dir.stamp"
}

# A run that does not pass cleanly would time the wrong thing: stop and show why.
precheck() {
  local dir=$1 log
  log="$RESULTS/check-$(basename "$dir").txt"
  if ! "$MULTILAT" --records "$dir" --today "$TODAY" check >"$log" 2>&1; then
    echo "run.sh: multilat check does not pass on $dir; first lines of $log:" >&2
    head -n 20 "$log" >&2
    exit 1
  fi
}

hf() {
  local name=$1 command=$2
  say "$name: $command"
  hyperfine --warmup 1 --min-runs "$RUNS" --style basic --command-name "$name" \
    --export-json "$RESULTS/$name.json" "$command" >&2
}

yamllint_command() {
  local dir=$1 all="$RESULTS/yaml-files.txt" half
  find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' \) | sort >"$all"
  half=$(( ($(wc -l <"$all") + 1) / 2 ))
  head -n "$half" "$all" >"$RESULTS/yaml-files-a.txt"
  tail -n "+$((half + 1))" "$all" >"$RESULTS/yaml-files-b.txt"
  echo "$PIN bash -c 'yamllint -d relaxed \$(<$RESULTS/yaml-files-a.txt) >/dev/null & a=\$!;" \
       "yamllint -d relaxed \$(<$RESULTS/yaml-files-b.txt) >/dev/null & b=\$!;" \
       "wait \$a && wait \$b'"
}

# Peak resident memory in kB: GNU time when present, else VmHWM polled from /proc with the
# kernel's own ru_maxrss from wait4() as a floor.
peak_rss_kb() {
  local out="$RESULTS/time-100k.txt" pin=()
  read -r -a pin <<<"$PIN"
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$out" "${pin[@]}" "$MULTILAT" "$@" >/dev/null 2>&1
    awk -F': ' '/Maximum resident set size/ {print $2}' "$out"
    return
  fi
  "$PY" - "${pin[@]}" "$MULTILAT" "$@" <<'EOF'
import os, subprocess, sys, time
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = 0
while True:
    try:
        with open(f"/proc/{child.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    except OSError:
        pass
    pid, status, usage = os.wait4(child.pid, os.WNOHANG)
    if pid:
        print(max(peak, usage.ru_maxrss))
        break
    time.sleep(0.01)
EOF
}

summary() {
  "$PY" - "$RESULTS" "$1" "$WORK" "$THREADS" <<'EOF'
import json, os, sys
results, rss_kb, work, threads = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def load(name):
    with open(os.path.join(results, name + ".json")) as f:
        return json.load(f)["results"][0]

def median(name):
    return load(name)["median"]

def cpu_seconds(name):  # mean user + system time, steadier than wall time on a busy machine
    r = load(name)
    return r["user"] + r["system"]

def cpu(name):
    return "%.2f s" % cpu_seconds(name)

def megabytes(name):
    total = 0
    for root, _, files in os.walk(os.path.join(work, name)):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total / 1e6

def verdict(ok):
    return "met" if ok else "**missed**"

m1, m10, m100 = median("multilat-1k"), median("multilat-10k"), median("multilat-100k")
parse, lint = median("bench_parse-10k"), median("yamllint-2p-10k")
events = median("bench_events-10k")
per = {n: t / n * 1e6 for n, t in ((1_000, m1), (10_000, m10), (100_000, m100))}
c1, c10 = cpu_seconds("multilat-1k"), cpu_seconds("multilat-10k")
c100 = cpu_seconds("multilat-100k")
cparse, clint = cpu_seconds("bench_parse-10k"), cpu_seconds("yamllint-2p-10k")
growth = per[100_000] / per[10_000]
rss_mb = rss_kb * 1024 / 1e6
rows = [
    ("`multilat check`, 1k records (%.1f MB)" % megabytes("records-1k"),
     "%.3f s" % m1, cpu("multilat-1k"), "", ""),
    ("`multilat check`, 10k records (%.1f MB)" % megabytes("records-10k"),
     "%.3f s" % m10, cpu("multilat-10k"), "< 1 s", verdict(m10 < 1.0)),
    ("`multilat check`, 100k records (%.0f MB)" % megabytes("records-100k"),
     "%.2f s" % m100, cpu("multilat-100k"), "", ""),
    ("bare yaml-cpp parse (`bench_parse`, %s threads), 10k" % threads,
     "%.3f s" % parse, cpu("bench_parse-10k"), "", ""),
    ("yaml-cpp events only, no tree (`bench_parse --events`), 10k",
     "%.3f s" % events, cpu("bench_events-10k"), "floor", ""),
    ("`yamllint -d relaxed`, two processes, 10k", "%.1f s" % lint, cpu("yamllint-2p-10k"), "", ""),
    ("multilat / bare parse, 10k", "%.2f×" % (m10 / parse), "%.2f×" % (c10 / cparse), "≤ 1.3×",
     verdict(m10 / parse <= 1.3)),
    ("yamllint / multilat, 10k", "%.0f×" % (lint / m10), "%.0f×" % (clint / c10), "≥ 25×",
     verdict(lint / m10 >= 25)),
    ("per record, 1k / 10k / 100k",
     "%.0f / %.0f / %.0f µs" % (per[1_000], per[10_000], per[100_000]),
     "%.0f / %.0f / %.0f µs" % (c1 / 1e-3, c10 / 1e-2, c100 / 1e-1), "linear", ""),
    ("per-record cost, 100k vs 10k", "%.2f×" % growth, "%.2f×" % (c100 / c10 / 10), "≤ 1.25×",
     verdict(growth <= 1.25)),
    ("peak RSS, `check` on 100k", "%.0f MB" % rss_mb, "", "< 250 MB", verdict(rss_mb < 250)),
]
print("| figure | median (wall) | CPU (user + sys) | target | |")
print("| --- | --- | --- | --- | --- |")
for row in rows:
    print("| " + " | ".join(row) + " |")
EOF
}

main() {
  check_tools
  mkdir -p "$RESULTS"
  setup_pinning
  # Taken before the runs: the tree may move on while they last.
  local commit load_before version
  commit=$(git -C "$TOP" rev-parse --short HEAD 2>/dev/null || echo none)
  git -C "$TOP" diff --quiet HEAD -- src CMakeLists.txt 2>/dev/null ||
    commit="$commit + local changes"
  version=$("$MULTILAT" --version 2>/dev/null | head -n 1 || true)
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load_before" -v c="$(nproc)" 'BEGIN { exit !(l > c / 2) }'; then
    echo "run.sh: warning: load average $load_before on $(nproc) cores; other work will" \
         "inflate the wall times (the CPU column is steadier)" >&2
  fi
  tree 1000 records-1k
  tree 10000 records-10k
  tree 100000 records-100k
  local t1="$WORK/records-1k" t10="$WORK/records-10k" t100="$WORK/records-100k"
  for dir in "$t1" "$t10" "$t100"; do precheck "$dir"; done
  "$BENCH_PARSE" "$t10" "$THREADS" >"$RESULTS/bench_parse-10k.txt" ||
    die "bench_parse fails on $t10: see $RESULTS/bench_parse-10k.txt"

  local check="--today $TODAY check"
  hf multilat-1k "$PIN $MULTILAT --records $t1 $check"
  hf multilat-10k "$PIN $MULTILAT --records $t10 $check"
  hf multilat-100k "$PIN $MULTILAT --records $t100 $check"
  hf bench_parse-10k "$PIN $BENCH_PARSE $t10 $THREADS"
  hf bench_events-10k "$PIN $BENCH_PARSE --events $t10 $THREADS"
  hf yamllint-2p-10k "$(yamllint_command "$t10")"
  say "peak memory: multilat check on 100k"
  local rss
  rss=$(peak_rss_kb --records "$t100" --today "$TODAY" check)

  {
    echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores" \
      "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'))," \
      "${PIN:-no pinning}, load average ${load_before} before and" \
      "$(cut -d' ' -f1 /proc/loadavg) after, hyperfine $(hyperfine --version | cut -d' ' -f2)," \
      "${version:-multilat} at commit ${commit}."
    echo
    summary "$rss"
  } | tee "$RESULTS/summary.md"
}

main "$@"
