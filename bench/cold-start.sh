#!/usr/bin/env bash
# Cold start of `scopefn run` on a tiny script (bench/cold-start/tiny.py), per build variant:
#   fdd            framework-dependent build (`dotnet build -c Release`), the apphost
#   fdd-dll        the same through `dotnet scopefn.dll`
#   fdd-nopgo      fdd with DOTNET_TieredPGO=0
#   fdd-notiered   fdd with DOTNET_TieredCompilation=0 (everything fully JIT-compiled at once)
#   r2r            the ReadyToRun publish profile (src/Cli/Properties/PublishProfiles/ReadyToRun.pubxml:
#                  framework-dependent, linux-x64, LanguageExt.Core left as IL)
#   r2r-nopgo      r2r with DOTNET_TieredPGO=0
#   r2r-all        ReadyToRun of every assembly including LanguageExt.Core (FULL_R2R=1 only:
#                  crossgen2 needs 10+ minutes and a 250 MB image for it)
#   aot            NativeAOT publish profile (src/Cli/Properties/PublishProfiles/NativeAot.pubxml), when ILC succeeds;
#                  AOT_CHECK=1 also runs the corpus with it
# Uses hyperfine when installed (Debian: apt-get install hyperfine), else a `time` loop.
# Usage: bash bench/cold-start.sh [RUNS]      Variants to skip: SKIP="aot r2r" bash bench/cold-start.sh
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out=bench/cold-start/out
script=bench/cold-start/tiny.py
skip=" ${SKIP:-} "
mkdir -p "$out"

# Publishing for a runtime identifier would add RID sections to the committed lock files;
# these builds keep their lock files under obj/ instead (as the publish profile does).
nolock=(-p:NuGetLockFilePath=obj/rid.packages.lock.json -p:RestoreLockedMode=false)

dotnet build src/Cli -c Release -v q -nologo >/dev/null || exit 1
fdd=src/Cli/bin/Release/net10.0
if [[ $skip != *" r2r "* ]]; then
  dotnet publish src/Cli -c Release -p:PublishProfile=ReadyToRun -o "$out/r2r" -v q -nologo >/dev/null \
    || echo "cold-start: ReadyToRun publish failed" >&2
fi
if [ "${FULL_R2R:-0}" = 1 ]; then
  dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    "${nolock[@]}" -o "$out/r2r-all" -v q -nologo >/dev/null || echo "cold-start: full ReadyToRun publish failed" >&2
fi
if [[ $skip != *" aot "* ]]; then
  # NativeAOT needs a C toolchain, lld and zlib headers (Debian packages).
  if ! command -v clang >/dev/null || ! command -v ld.lld >/dev/null || [ ! -e /usr/include/zlib.h ]; then
    apt-get install -y clang lld zlib1g-dev >/dev/null || echo "cold-start: apt-get install clang lld zlib1g-dev failed" >&2
  fi
  dotnet publish src/Cli -c Release -p:PublishProfile=NativeAot -o "$out/aot" -v q -nologo >"$out/aot.log" 2>&1 \
    || echo "cold-start: NativeAOT publish failed (see $out/aot.log; bench/README.md, Session 5)" >&2
  # Opt-in: the AOT binary must pass the corpus as `dotnet run` does (AOT_CHECK=1).
  if [ "${AOT_CHECK:-0}" = 1 ] && [ -x "$out/aot/scopefn" ]; then
    "$out/aot/scopefn" check tests/conformance examples >"$out/aot-check.log" 2>&1 \
      && echo "cold-start: aot binary passes tests/conformance and examples" \
      || { echo "cold-start: aot binary FAILS the corpus (see $out/aot-check.log)" >&2; exit 1; }
  fi
fi

declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add fdd "$fdd/scopefn run $script"
add fdd-dll "dotnet $fdd/scopefn.dll run $script"
add fdd-nopgo "env DOTNET_TieredPGO=0 $fdd/scopefn run $script"
add fdd-notiered "env DOTNET_TieredCompilation=0 $fdd/scopefn run $script"
[ -x "$out/r2r/scopefn" ] && add r2r "$out/r2r/scopefn run $script"
[ -x "$out/r2r/scopefn" ] && add r2r-nopgo "env DOTNET_TieredPGO=0 $out/r2r/scopefn run $script"
[ -x "$out/r2r-all/scopefn" ] && add r2r-all "$out/r2r-all/scopefn run $script"
[ -x "$out/aot/scopefn" ] && add aot "$out/aot/scopefn run $script"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for i in "${!names[@]}"; do
  if ! ${cmds[$i]} >/dev/null 2>&1; then echo "${names[$i]}: does not run: ${cmds[$i]}"; unset 'names[i]'; fi
done
if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N -w 3 -r "$runs" --export-markdown "$out/results.md" "${args[@]}"
else
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do ${cmds[$i]} >/dev/null; done
    end=$(date +%s%N)
    echo "${names[$i]}: $(( (end - start) / runs / 1000000 )) ms mean wall over $runs runs"
  done
fi
