#!/usr/bin/env bash
# Work–precision comparison of TwinVal's integrators with SciPy solve_ivp and SUNDIALS CVODE on the same problems
# (Hodgkin–Huxley, ROBER, VDPOL μ = 1000), the same rtol ladders (CVODE and LSODA two decades
# further), on the same machine in the same run.
# One command on a fresh Debian machine with the .NET SDK:   tests/benchmarks/compare.sh [REPEATS]
# (PARTS="ode" or PARTS="rd" runs one half; SUNDIALS_SRC/SUNDIALS_PREFIX add an -O2 CVODE, see cvode/README.md).
# Output (in $OUT, default tests/benchmarks/out): raw.csv (every run), analysed.csv (error and time per point),
# ratios.md (time ratios at equal achieved error), workprecision-<problem>.png, stencil.txt (512² operator cost);
# in $OUT/rd: the 2-D reaction–diffusion work–precision (262 144 unknowns) and bandwidth.txt (memory-bandwidth bound).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPEATS="${1:-5}"
OUT="${OUT:-tests/benchmarks/out}"
mkdir -p "$OUT"

# 1. Comparators from Debian's archive, installed only if missing.
missing=()
for pkg in python3-scipy libsundials-dev build-essential; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -q && $SUDO apt-get install -y -q "${missing[@]}"
fi
PYTHON=/usr/bin/python3 # Debian's interpreter, the one python3-scipy is installed for

# 2. The CVODE driver, -O2, against Debian's libsundials (which is itself built without optimisation: see README),
#    and against an -O2 build of the same release when there is one: SUNDIALS_PREFIX, else the prefix
#    cvode/build-sundials.sh builds by default ($OUT/sundials-O2), built now if SUNDIALS_SRC is set. Its rows carry
#    the method suffix @O2 (bdf@O2, bdf-jac@O2); the Debian rows keep their names.
gcc -O2 -Wall -Wextra -o "$OUT/wp_cvode" tests/benchmarks/cvode/wp_cvode.c \
  -lsundials_cvode -lsundials_nvecserial -lsundials_sunmatrixdense -lsundials_sunlinsoldense -lm
CVODE_DRIVERS=("$OUT/wp_cvode")
SUNDIALS_PREFIX="${SUNDIALS_PREFIX:-$OUT/sundials-O2}"
if [ ! -f "$SUNDIALS_PREFIX/lib/libsundials_cvode.a" ] && [ -n "${SUNDIALS_SRC:-}" ]; then
  OUT="$OUT" tests/benchmarks/cvode/build-sundials.sh "$SUNDIALS_PREFIX" 2>"$OUT/build-sundials.log" ||
    { tail -n 20 "$OUT/build-sundials.log" >&2; exit 1; }
fi
if [ -f "$SUNDIALS_PREFIX/lib/libsundials_cvode.a" ]; then
  gcc -O2 -Wall -Wextra -DWP_BUILD_SUFFIX='"@O2"' -I"$SUNDIALS_PREFIX/include" -o "$OUT/wp_cvode_o2" \
    tests/benchmarks/cvode/wp_cvode.c \
    "$SUNDIALS_PREFIX"/lib/libsundials_{cvode,nvecserial,sunmatrixdense,sunlinsoldense}.a -lm
  CVODE_DRIVERS+=("$OUT/wp_cvode_o2")
else
  echo "no -O2 SUNDIALS build (set SUNDIALS_SRC or SUNDIALS_PREFIX, see tests/benchmarks/cvode/README.md):" \
    "CVODE runs with Debian's build only" >&2
fi

# 3. TwinVal (Release build, in-process timing after a warm-up run). Tiered compilation off: one warm-up call leaves a
#    method in the unoptimised first JIT tier, which timed whichever method ran first up to 3x slow; with it off every
#    method is fully optimised from its first call, as in a long-running process.
dotnet build -c Release tests/benchmarks/TwinVal.Benchmarks -v q -nologo >/dev/null
BENCH=(env DOTNET_TieredCompilation=0 dotnet tests/benchmarks/TwinVal.Benchmarks/bin/Release/net10.0/TwinVal.Benchmarks.dll)
# PARTS (default "ode rd") picks the ODE comparison (steps 3–7) and/or the reaction–diffusion one (steps 8–10).
PARTS=" ${PARTS:-ode rd} "
if [[ $PARTS == *" ode "* ]]; then
echo "TwinVal…" >&2
"${BENCH[@]}" workprecision "$REPEATS" >"$OUT/raw.csv"

# 4. SciPy, with glibc's malloc thresholds raised so NumPy temporaries are not mapped and unmapped on every call.
echo "SciPy…" >&2
MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 \
  "$PYTHON" tests/benchmarks/workprecision.py scipy "$REPEATS" | tail -n +2 >>"$OUT/raw.csv"

# 5. CVODE BDF, difference-quotient and analytic Jacobian; atol factors as in Problem.cs, the ladders two decades
#    longer because BDF reaches less accuracy per rtol (the comparison is at equal achieved error, not equal rtol).
#    Hodgkin–Huxley starts at rtol 1e-1 in every driver: an achieved error of 1e-3 needs rtol looser than 1e-3.
echo "CVODE…" >&2
ladder() { # problem atol-factor first-exponent last-exponent methods…
  local problem=$1 factor=$2 first=$3 last=$4; shift 4
  for method in "$@"; do
    for ((e = first; e <= last; e++)); do
      for driver in "${CVODE_DRIVERS[@]}"; do # builds interleaved point by point, so they share the machine's load
        "$driver" "$method" "$problem" "1e-$e" "$(awk "BEGIN { printf \"%.17g\", 1e-$e * $factor }")" "$REPEATS"
      done
    done
  done
}
{
  ladder hodgkin-huxley 1e-3 1 12 bdf bdf-jac
  ladder rober 1e-10 2 12 bdf bdf-jac
  ladder vdpol 1 3 12 bdf bdf-jac
} >>"$OUT/raw.csv"

# 6. Errors against the references, ratios at equal accuracy, plots.
echo "Analysis (references: ROBER published, HH/VDPOL SciPy Radau rtol 1e-13)…" >&2
"$PYTHON" tests/benchmarks/workprecision.py analyse "$OUT/raw.csv" "$OUT"
"${BENCH[@]}" plot "$OUT/analysed.csv" "$OUT" >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"

# 7. Operator cost on a 512 × 512 grid (262 144 unknowns): TwinVal's DiffusionOperator.Apply, plain C -O2, NumPy.
#    One right-hand-side-sized operation, not a work–precision comparison.
gcc -O2 -o "$OUT/stencil" tests/benchmarks/stencil/stencil.c -lm
{
  "${BENCH[@]}" stencil
  "$OUT/stencil"
  MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 "$PYTHON" tests/benchmarks/stencil/stencil.py
} | tee "$OUT/stencil.txt"

fi # ode

if [[ $PARTS == *" rd "* ]]; then
# 8. 2-D reaction–diffusion work–precision (tests/benchmarks/rd/README.md): Nagumo on 512 × 512 = 262 144 unknowns.
#    TwinVal DOPRI5 (method of lines) and Strang splitting; SciPy RK45/DOP853; CVODE Adams (fixed point) and BDF with
#    matrix-free SPGMR (Debian's libsundials, and the -O2 build of step 2 when there is one). End states go to
#    $RD/states (2 MB each, not committed).
RD="$OUT/rd"
mkdir -p "$RD/states"
gcc -O2 -Wall -Wextra -o "$RD/wp_rd_cvode" tests/benchmarks/rd/wp_rd_cvode.c \
  -lsundials_cvode -lsundials_nvecserial -lsundials_sunlinsolspgmr -lsundials_sunnonlinsolfixedpoint -lm
RD_CVODE=("$RD/wp_rd_cvode")
if [ -f "$SUNDIALS_PREFIX/lib/libsundials_cvode.a" ]; then # the -O2 build of step 2, rows labelled @O2
  gcc -O2 -Wall -Wextra -DWP_BUILD_SUFFIX='"@O2"' -I"$SUNDIALS_PREFIX/include" -o "$RD/wp_rd_cvode_o2" \
    tests/benchmarks/rd/wp_rd_cvode.c \
    "$SUNDIALS_PREFIX"/lib/libsundials_{cvode,nvecserial,sunlinsolspgmr,sunnonlinsolfixedpoint,sunnonlinsolnewton}.a -lm
  RD_CVODE+=("$RD/wp_rd_cvode_o2")
fi
echo "Reaction–diffusion: TwinVal…" >&2
"${BENCH[@]}" rd-workprecision "$REPEATS" "$RD" >"$RD/raw.csv"
echo "Reaction–diffusion: SciPy…" >&2
MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 \
  "$PYTHON" tests/benchmarks/rd/wp_rd.py scipy "$REPEATS" "$RD" >>"$RD/raw.csv"
echo "Reaction–diffusion: CVODE…" >&2
for e in 3 4 5 6 7 8; do
  for driver in "${RD_CVODE[@]}"; do "$driver" bdf-gmres "1e-$e" "1e-$e" "$REPEATS" "$RD/states"; done
done >>"$RD/raw.csv"
# Adams with fixed-point iteration is the slowest driver here (≈ 10 s per run at 1e-4): three decades.
for e in 3 4 5; do
  for driver in "${RD_CVODE[@]}"; do "$driver" adams "1e-$e" "1e-$e" "$REPEATS" "$RD/states"; done
done >>"$RD/raw.csv"

# 9. Reference (SciPy DOP853, rtol = atol = 1e-12, an independent tool), errors, ratios at equal accuracy, plot.
echo "Reaction–diffusion: reference and analysis…" >&2
MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 \
  "$PYTHON" tests/benchmarks/rd/wp_rd.py reference "$RD" | tee "$RD/reference.txt" >&2
"$PYTHON" tests/benchmarks/rd/wp_rd.py analyse "$RD/raw.csv" "$RD"
"${BENCH[@]}" plot "$RD/analysed.csv" "$RD" >&2

# 10. Memory-bandwidth bound: STREAM-like copy/triad and the C stencil (1 and all threads), then TwinVal's Apply and RHS
#     against the measured triad bandwidth (bytes counted in rd/bandwidth.c and BandwidthBound.cs).
gcc -O2 -fopenmp -Wall -Wextra -o "$RD/bandwidth" tests/benchmarks/rd/bandwidth.c -lm
"$RD/bandwidth" | tee "$RD/bandwidth.txt"
triad() { awk -F, -v t="$1" '$1 == "triad" && $2 == t { print $4 }' "$RD/bandwidth.txt"; }
"${BENCH[@]}" bandwidth "$(triad 1)" "$(triad "$(nproc)")" | tee -a "$RD/bandwidth.txt"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)" | tee -a "$RD/bandwidth.txt"
fi # rd
