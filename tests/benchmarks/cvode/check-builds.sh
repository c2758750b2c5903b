#!/usr/bin/env bash
# Debian's CVODE against the -O2 build of the same release, on every point of compare.sh's CVODE ladders:
#   1. counters: every counter CVODE keeps (WP_COUNTS=1) and the end state must agree exactly; exits 1 if not;
#   2. speed: ROUNDS rounds, in each both builds back to back (order alternating by round, so they share the
#      machine's load), each printing the median of 5 timed runs after a warm-up; the speed-up of a point is the
#      median over rounds of the paired ratio Debian time / -O2 time.
# Usage: tests/benchmarks/cvode/check-builds.sh DEBIAN_DRIVER O2_DRIVER OUTDIR [ROUNDS]
#   (the drivers are compare.sh's $OUT/wp_cvode and $OUT/wp_cvode_o2)
# Output in OUTDIR: counts-debian.txt, counts-O2.txt, speed-raw.csv, speedup-points.md, speedup-summary.md.
set -euo pipefail
DEB="$1" O2="$2" DIR="$3" ROUNDS="${4:-7}"
mkdir -p "$DIR"
points() { # problem atol-factor first-exponent last-exponent methods…, as in compare.sh step 5
  local problem=$1 factor=$2 first=$3 last=$4; shift 4
  for method in "$@"; do
    for ((e = first; e <= last; e++)); do
      echo "$method $problem 1e-$e $(awk "BEGIN { printf \"%.17g\", 1e-$e * $factor }")"
    done
  done
}
mapfile -t POINTS < <(points hodgkin-huxley 1e-3 3 12 bdf; points rober 1e-10 2 12 bdf bdf-jac
  points vdpol 1 3 12 bdf bdf-jac)

# 1. Counters and end states, one timed run each (the warm-up run prints the counters).
: >"$DIR/counts-debian.txt"
: >"$DIR/counts-O2.txt"
for point in "${POINTS[@]}"; do
  read -r method problem rtol atol <<<"$point"
  WP_COUNTS=1 "$DEB" "$method" "$problem" "$rtol" "$atol" 1 2>>"$DIR/counts-debian.txt" | cut -d, -f2-5,7- \
    >>"$DIR/states-debian.txt.tmp"
  WP_COUNTS=1 "$O2" "$method" "$problem" "$rtol" "$atol" 1 2>>"$DIR/counts-O2.txt" | cut -d, -f2-5,7- \
    >>"$DIR/states-O2.txt.tmp"
done
same=yes
diff <(sed 's/@O2//' "$DIR/counts-O2.txt") "$DIR/counts-debian.txt" >&2 || same=no
diff <(sed 's/@O2//' "$DIR/states-O2.txt.tmp") "$DIR/states-debian.txt.tmp" >&2 || same=no
rm -f "$DIR"/states-*.txt.tmp
echo "counters and end states identical on all ${#POINTS[@]} points: $same" >&2

# 2. Speed, interleaved.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$DIR/speed-load.txt"
echo "round,tool,method,problem,rtol,atol,seconds,steps,rhs,state" >"$DIR/speed-raw.csv"
for ((k = 1; k <= ROUNDS; k++)); do
  for point in "${POINTS[@]}"; do
    read -r method problem rtol atol <<<"$point"
    if ((k % 2)); then order=("$DEB" "$O2"); else order=("$O2" "$DEB"); fi
    for driver in "${order[@]}"; do
      echo "$k,$("$driver" "$method" "$problem" "$rtol" "$atol" 5)" >>"$DIR/speed-raw.csv"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$DIR/speed-load.txt"

/usr/bin/python3 - "$DIR" <<'EOF'
import collections, statistics, sys
out = sys.argv[1]
times, paired = collections.defaultdict(list), collections.defaultdict(dict)
with open(f"{out}/speed-raw.csv", encoding="utf-8") as f:
    next(f)
    for line in f:
        k, _, method, problem, rtol, _, seconds = line.split(",")[:7]
        build = "O2" if method.endswith("@O2") else "debian"
        point = (problem, method.removesuffix("@O2"), float(rtol))
        times[point + (build,)].append(float(seconds))
        paired[point][k, build] = float(seconds)
rows = ["| problem | method | rtol | Debian (-O0), median ms | -O2, median ms | speed-up (median paired ratio) |",
        "|---|---|---|---|---|---|"]
groups = collections.defaultdict(list)
for point in sorted(paired):
    rounds = {k for k, _ in paired[point]}
    speedup = statistics.median(paired[point][k, "debian"] / paired[point][k, "O2"] for k in rounds)
    groups[point[:2]].append(speedup)
    debian, o2 = (statistics.median(times[point + (build,)]) * 1e3 for build in ("debian", "O2"))
    rows.append(f"| {point[0]} | {point[1]} | {point[2]:.0e} | {debian:.3g} | {o2:.3g} | {speedup:.2f}x |")
summary = ["| problem | method | points | speed-up, median | min | max |", "|---|---|---|---|---|---|"]
everything = []
for (problem, method), values in sorted(groups.items()):
    everything += values
    summary.append(f"| {problem} | {method} | {len(values)} | {statistics.median(values):.2f}x | {min(values):.2f}x "
                   f"| {max(values):.2f}x |")
summary.append(f"| all | | {len(everything)} | {statistics.median(everything):.2f}x | {min(everything):.2f}x "
               f"| {max(everything):.2f}x |")
with open(f"{out}/speedup-points.md", "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
with open(f"{out}/speedup-summary.md", "w", encoding="utf-8") as f:
    f.write("\n".join(summary) + "\n")
print("\n".join(summary))
EOF
[ "$same" = yes ]
