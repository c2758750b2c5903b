#!/usr/bin/env bash
# An optimised (-O2) static build of SUNDIALS CVODE, the fair comparator for compare.sh.
# Debian's libsundials-dev 6.4.1 is compiled without optimisation: its debian/rules passes -DCMAKE_C_FLAGS=-fcommon
# with CMAKE_BUILD_TYPE=None, which replaces dpkg-buildflags' "-g -O2 …", so the libraries are built at gcc's
# default -O0. This script builds the same release with the same flags plus -O2 and nothing else changed.
#
# Usage:  SUNDIALS_SRC=/path/to/sundials-6.4.1 tests/benchmarks/cvode/build-sundials.sh [PREFIX]
#   SUNDIALS_SRC  an unpacked SUNDIALS source tree: the release tarball sundials-6.4.1.tar.gz from
#                 https://github.com/LLNL/sundials/releases (or computing.llnl.gov/projects/sundials), or
#                 SUNDIALS_SRC=debian to fetch and unpack the Debian source package of the installed
#                 libsundials-dev (apt-get source with a private apt state; the system's apt lists are not touched).
#   PREFIX        install prefix, default tests/benchmarks/out/sundials-O2 (static libraries in PREFIX/lib).
# Output: PREFIX/{include,lib}, and PREFIX/BUILD-INFO.txt (version, source, compiler, exact flags).
# Only CVODE and the modules it needs are built (serial N_Vector, dense/band/sparse SUNMatrix, dense/band and
# Krylov SUNLinearSolvers including SPGMR, Newton and fixed-point SUNNonlinearSolvers); no examples, no MPI.
set -euo pipefail
# Paths given by the caller are taken relative to the caller's directory, the default relative to the repository.
[ -n "${1:-}" ] && PREFIX="$(realpath -m "$1")"
[ -n "${SUNDIALS_SRC:-}" ] && [ "$SUNDIALS_SRC" != debian ] && SUNDIALS_SRC="$(realpath -m "$SUNDIALS_SRC")"
cd "$(dirname "$0")/../../.."
PREFIX="${PREFIX:-$(realpath -m "${OUT:-tests/benchmarks/out}/sundials-O2")}"
CFLAGS_O2="-O2 -fcommon" # Debian's flags (-fcommon) plus -O2: the optimisation level is the only difference
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ -z "${SUNDIALS_SRC:-}" ]; then
  echo "build-sundials.sh: set SUNDIALS_SRC to an unpacked SUNDIALS release (sundials-6.4.1.tar.gz from" \
    "https://github.com/LLNL/sundials/releases), or SUNDIALS_SRC=debian to fetch Debian's source package." >&2
  exit 2
fi

if [ "$SUNDIALS_SRC" = debian ]; then
  # The source package of exactly the installed binary version, from the same suite, through apt's signed index
  # (apt-get checks the .dsc and tarballs against the Sources index; the Release file is signed).
  version="$(dpkg-query -W -f='${source:Version}' libsundials-dev)"
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  mkdir -p "$WORK/apt/lists/partial" "$WORK/apt/cache/archives/partial" "$WORK/src"
  echo "deb-src http://deb.debian.org/debian $codename main" >"$WORK/apt/sources.list"
  apt_opts=(-o Dir::Etc::SourceList="$WORK/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$WORK/apt/lists" -o Dir::Cache="$WORK/apt/cache" -o Debug::NoLocking=1 -q)
  apt-get "${apt_opts[@]}" update >&2
  (cd "$WORK/src" && apt-get "${apt_opts[@]}" source --download-only "sundials=$version" >&2)
  # Debian's patches touch only CMake files and Fortran examples, not the C sources built here.
  dpkg-source -x "$WORK/src/sundials_${version#*:}.dsc" "$WORK/src/tree" >&2
  SUNDIALS_SRC="$WORK/src/tree"
  origin="Debian source package sundials $version ($codename, apt-get source; orig tarball sha256 $(
    sha256sum "$WORK"/src/sundials_*.orig.tar.* | cut -d' ' -f1))"
fi
origin="${origin:-$SUNDIALS_SRC}"
if [ -e "$PREFIX" ] && [ ! -f "$PREFIX/BUILD-INFO.txt" ] && [ -n "$(ls -A "$PREFIX")" ]; then
  # The prefix is replaced as a whole; never do that to a folder this script did not create.
  echo "build-sundials.sh: $PREFIX exists and is not an earlier build of this script; choose another PREFIX" >&2
  exit 2
fi

[ -f "$SUNDIALS_SRC/CMakeLists.txt" ] && [ -f "$SUNDIALS_SRC/src/cvode/cvode.c" ] || {
  echo "build-sundials.sh: $SUNDIALS_SRC is not a SUNDIALS source tree (no CMakeLists.txt or src/cvode/cvode.c)" >&2
  exit 2
}
src_version="$(sed -n 's/^set(PACKAGE_VERSION_\(MAJOR\|MINOR\|PATCH\) "\([0-9]*\)")$/\2/p' \
  "$SUNDIALS_SRC/CMakeLists.txt" | paste -sd.)"
deb_version="$(dpkg-query -W -f='${Version}' libsundials-dev 2>/dev/null || true)"
if [ -n "$deb_version" ] && [ "${deb_version%%+*}" != "$src_version" ]; then
  # Still built (it may be wanted), but the ratio against Debian's build would then mix release and optimisation.
  echo "build-sundials.sh: warning: source is SUNDIALS $src_version, Debian's libsundials-dev is $deb_version" >&2
fi

cmake -S "$SUNDIALS_SRC" -B "$WORK/build" \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_C_FLAGS="$CFLAGS_O2" \
  -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_INSTALL_LIBDIR=lib \
  -DBUILD_SHARED_LIBS=OFF -DBUILD_STATIC_LIBS=ON \
  -DBUILD_CVODE=ON -DBUILD_ARKODE=OFF -DBUILD_CVODES=OFF -DBUILD_IDA=OFF -DBUILD_IDAS=OFF -DBUILD_KINSOL=OFF \
  -DEXAMPLES_ENABLE_C=OFF -DEXAMPLES_ENABLE_CXX=OFF -DEXAMPLES_INSTALL=OFF -DBUILD_TESTING=OFF >&2
cmake --build "$WORK/build" -j "$(nproc)" >&2
rm -rf "$PREFIX"
cmake --install "$WORK/build" >&2

# What was built, with the exact compile line CMake used for CVODE.
{
  echo "SUNDIALS $src_version from $origin"
  echo "C flags (CMAKE_C_FLAGS, build type None): $CFLAGS_O2"
  grep -h '^C_FLAGS\|^C_DEFINES' "$WORK/build/src/cvode/CMakeFiles/sundials_cvode_static.dir/flags.make"
  echo "compiler: $(cc --version | head -1)"
  echo "cmake: $(cmake --version | head -1)"
  echo "libraries: $(cd "$PREFIX/lib" && ls ./*.a | xargs -n1 basename | paste -sd' ')"
} >"$PREFIX/BUILD-INFO.txt"
cat "$PREFIX/BUILD-INFO.txt" >&2
