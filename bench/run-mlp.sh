#!/usr/bin/env bash
# MLP training step (batch 256, 1024 -> 1024 -> 10, float32): ScopeFn Session.run beside numpy,
# in one run, then Session.run of a trivial graph; prints the load average before and after, since the
# figures are only comparable within one run on a shared machine.
# Installs Debian's python3-numpy and libopenblas0-pthread when missing.
# Usage: bench/run-mlp.sh [steps]
set -euo pipefail
cd "$(dirname "$0")"
steps="${1:-20}"

if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null || ! ldconfig -p | grep -q libopenblas.so.0; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get install -y -q python3-numpy libopenblas0-pthread >/dev/null
fi

dotnet build -c Release -v q --nologo >/dev/null
run_scopefn() { dotnet bin/Release/net10.0/ScopeFn.Bench.dll mlp "$steps"; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
numpy_line="$(/usr/bin/python3 mlp_numpy.py "$steps")"
openblas_line="$(SCOPEFN_BLAS=openblas run_scopefn)"
managed_line="$(SCOPEFN_BLAS=managed run_scopefn)"
session_line="$(dotnet bin/Release/net10.0/ScopeFn.Bench.dll session-run)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$numpy_line"
echo "$openblas_line"
echo "$managed_line"
echo "$session_line"

rate() { sed -E 's/.*= ([0-9.]+) steps\/s.*/\1/' <<<"$1"; }
np_rate="$(rate "$numpy_line")"
awk -v n="$np_rate" -v o="$(rate "$openblas_line")" -v m="$(rate "$managed_line")" 'BEGIN {
  printf "ratio ScopeFn (OpenBLAS) / numpy: %.0f %%\n", 100 * o / n
  printf "ratio ScopeFn (managed)  / numpy: %.0f %%\n", 100 * m / n
}'
