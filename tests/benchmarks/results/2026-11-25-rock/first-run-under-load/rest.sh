#!/bin/bash
# The rest of compare.sh's rd half after the TwinVal step was stopped (strang points under load 30+): SciPy, CVODE
# BDF-GMRES (both builds), reference, analysis, plot. Same commands as compare.sh steps 8-9; Adams skipped.
set -euo pipefail
cd /work/wt-b
RD=/tmp/rock-full/rd
PYTHON=/usr/bin/python3
echo "SciPy $(date -u +%T)" >&2
MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 "$PYTHON" tests/benchmarks/rd/wp_rd.py scipy 3 "$RD" >>"$RD/raw.csv"
echo "CVODE $(date -u +%T)" >&2
for e in 3 4 5 6 7 8; do
  for driver in "$RD/wp_rd_cvode" "$RD/wp_rd_cvode_o2"; do "$driver" bdf-gmres "1e-$e" "1e-$e" 3 "$RD/states"; done
done >>"$RD/raw.csv"
echo "reference $(date -u +%T)" >&2
MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 "$PYTHON" tests/benchmarks/rd/wp_rd.py reference "$RD" | tee "$RD/reference.txt" >&2
"$PYTHON" tests/benchmarks/rd/wp_rd.py analyse "$RD/raw.csv" "$RD"
env DOTNET_TieredCompilation=0 dotnet tests/benchmarks/TwinVal.Benchmarks/bin/Release/net10.0/TwinVal.Benchmarks.dll plot "$RD/analysed.csv" "$RD" >&2
echo "done $(date -u +%T)" >&2
