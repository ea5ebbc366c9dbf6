#!/usr/bin/python3
"""The site's time as a ratio to check's, on one records tree (issue 25: at most 3x).

Usage:
    site_ratio.py RECORDS SITE_DIR [--pairs N] [--multilat BIN]

Runs `check` then `site -o SITE_DIR` N times in turn (after one warm-up pair, which also
writes the site the later runs compare against) and prints each pair's wall times and ratio,
then the median ratio. Timing the two side by side, pair by pair, keeps the machine's drift
from one minute to the next out of the ratio; a hyperfine run of each in turn does not.
"""
import argparse
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("records")
    parser.add_argument("site")
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--multilat", default="build/release/multilat")
    args = parser.parse_args()
    base = [args.multilat, "--records", args.records, "--today", "2026-11-29"]
    check, site = base + ["check"], base + ["site", "-o", args.site]
    timed(check)
    timed(site)
    ratios = []
    print("| pair | check (s) | site (s) | ratio |\n| --- | --- | --- | --- |")
    for pair in range(1, args.pairs + 1):
        c, s = timed(check), timed(site)
        ratios.append(s / c)
        print(f"| {pair} | {c:.2f} | {s:.2f} | {s / c:.2f} |", flush=True)
    print(f"\nmedian ratio {statistics.median(ratios):.2f} "
          f"(lowest {min(ratios):.2f}, highest {max(ratios):.2f}, {args.pairs} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
