#!/usr/bin/env bash
# Runs the libFuzzer targets of build/fuzz: `run.sh fuzz` fuzzes each for FUZZ_SECONDS (60 by
# default) and merges what it found into fuzz/corpus/; `run.sh replay` runs the saved corpus and
# every input that ever crashed once each, as regression tests. An input slower than 1 s or
# allocating more than 100 MB at once counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-fuzz}
BUILD=build/fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"organisation entity meeting prospect settings values"}
LIMITS=(-timeout=1 -malloc_limit_mb=100 -rss_limit_mb=2048)
# Extra libFuzzer flags for long runs, e.g. FUZZ_FLAGS="-fork=1 -ignore_timeouts=1" keeps going
# after a timeout that only a busy machine caused; its input is still saved for a replay alone.
read -r -a EXTRA <<<"${FUZZ_FLAGS:-}"
SEEDS=$BUILD/seeds

mkdir -p "$SEEDS"
"$BUILD/multilat_schema" schema >"$BUILD/schema.json"
/usr/bin/python3 fuzz/seed.py . "$SEEDS" "$BUILD/schema.json"

status=0
for target in $TARGETS; do
  binary=$BUILD/fuzz_$target
  corpus=fuzz/corpus/$target
  regressions=fuzz/regressions/$target
  mkdir -p "$corpus" "$regressions"
  if [ "$MODE" = replay ]; then
    inputs=("$corpus" "$SEEDS/$target")
    mapfile -t crashes < <(find "$regressions" -type f ! -name '.*' | sort)
    echo "fuzz_$target: replaying the corpus, the seeds and ${#crashes[@]} past crashes"
    "$binary" "${LIMITS[@]}" -runs=0 "${inputs[@]}" 2>"$BUILD/$target.log" \
      || { tail -40 "$BUILD/$target.log"; status=1; continue; }
    if [ ${#crashes[@]} -gt 0 ]; then
      "$binary" "${LIMITS[@]}" "${crashes[@]}" 2>>"$BUILD/$target.log" \
        || { tail -40 "$BUILD/$target.log"; status=1; }
    fi
  else
    work=$(mktemp -d)
    echo "fuzz_$target: fuzzing for ${SECONDS_EACH} s"
    "$binary" "${LIMITS[@]}" "${EXTRA[@]}" -max_total_time="$SECONDS_EACH" -dict="$SEEDS/records.dict" \
      -artifact_prefix="$regressions/" -print_final_stats=1 \
      "$work" "$corpus" "$SEEDS/$target" 2>"$BUILD/$target.log" \
      || { tail -60 "$BUILD/$target.log"; status=1; }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$BUILD/$target.log" || true
    # Keep only inputs that add coverage, so that the saved corpus stays small.
    "$binary" -merge=1 "${LIMITS[@]}" -artifact_prefix="$work/" "$corpus" "$work" \
      2>>"$BUILD/$target.log" >/dev/null || true
    rm -rf "$work"
  fi
done
exit $status
