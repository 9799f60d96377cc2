#!/usr/bin/env bash
# MLP training step (batch 256, 1024 -> 1024 -> 10, float32): ScopeFn Session.run beside numpy,
# in one run of alternating rounds (numpy, ScopeFn, ScopeFn with default JIT tiering, ...), then
# ScopeFn with managed BLAS and Session.run of a trivial graph; prints each round, the median and
# best of each column and their ratios, and the load average before and after, since the figures
# are only comparable within one run on a shared machine.
# Installs Debian's python3-numpy and libopenblas0-pthread when missing.
# Usage: bench/run-mlp.sh [steps per round, default 40] [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")"
steps="${1:-40}"
rounds="${2:-5}"

if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null || ! ldconfig -p | grep -q libopenblas.so.0; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get install -y -q python3-numpy libopenblas0-pthread >/dev/null
fi

dotnet build -c Release -v q --nologo >/dev/null
bench_dll=bin/Release/net10.0/ScopeFn.Bench.dll

# numpy and ScopeFn see the same environment (OPENBLAS_* as the caller set them). The throughput
# column runs .NET with tiered compilation off: every method is compiled once, fully optimised,
# during the untimed warm-up steps. With tiering (the "tiered" column) the optimising re-JIT runs
# on a background thread that a loaded machine starves, so timed steps run unoptimised code.
export DOTNET_TieredCompilation=0
run_scopefn() { SCOPEFN_BLAS="$1" dotnet "$bench_dll" mlp "${2:-$steps}"; }
run_tiered() { env -u DOTNET_TieredCompilation SCOPEFN_BLAS=openblas dotnet "$bench_dll" mlp "$steps"; }
rate() { sed -E 's/.*= ([0-9.]+) steps\/s.*/\1/' <<<"$1"; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
np_rates=() sf_rates=() tiered_rates=()
for round in $(seq 1 "$rounds"); do
  numpy_line="$(/usr/bin/python3 mlp_numpy.py "$steps")"
  openblas_line="$(run_scopefn openblas)"
  tiered_line="$(run_tiered)"
  np_rates+=("$(rate "$numpy_line")") sf_rates+=("$(rate "$openblas_line")") tiered_rates+=("$(rate "$tiered_line")")
  echo "round $round: numpy ${np_rates[-1]}, ScopeFn ${sf_rates[-1]}, ScopeFn tiered ${tiered_rates[-1]} steps/s (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "$numpy_line"
echo "$openblas_line"
# Managed GEMM is ~20x slower: 10 steps give its rate.
managed_line="$(run_scopefn managed 10)"
echo "$managed_line"
env -u DOTNET_TieredCompilation dotnet "$bench_dll" session-run
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Median (middle of the sorted column; the upper middle for an even count) and best of each column.
stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%s %s\n", v[int(NR / 2) + 1], v[NR] }'; }
read -r np_med np_best <<<"$(stats "${np_rates[@]}")"
read -r sf_med sf_best <<<"$(stats "${sf_rates[@]}")"
read -r ti_med ti_best <<<"$(stats "${tiered_rates[@]}")"
awk -v nm="$np_med" -v nb="$np_best" -v sm="$sf_med" -v sb="$sf_best" -v tm="$ti_med" -v tb="$ti_best" -v m="$(rate "$managed_line")" -v r="$rounds" 'BEGIN {
  printf "median of %d rounds (steps/s): numpy %.2f, ScopeFn %.2f, ScopeFn tiered %.2f; best: %.2f, %.2f, %.2f\n", r, nm, sm, tm, nb, sb, tb
  printf "ratio ScopeFn (OpenBLAS) / numpy: %.0f %% (median), %.0f %% (best)\n", 100 * sm / nm, 100 * sb / nb
  printf "ratio ScopeFn (OpenBLAS, tiered JIT) / numpy: %.0f %% (median), %.0f %% (best)\n", 100 * tm / nm, 100 * tb / nb
  printf "ratio ScopeFn (managed)  / numpy: %.0f %% (of the median)\n", 100 * m / nm
}'
