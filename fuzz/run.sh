#!/usr/bin/env bash
# Fuzzes note parsing and extraction (fuzz/GeneGraph.Fuzz: decode → Markdig parse → extract → graph → writers)
# with AFL++ and SharpFuzz. Usage: bash fuzz/run.sh [seconds, default 600] [findings folder, default fuzz/findings]
# Needs: afl++ (apt-get install afl++) and the SharpFuzz.CommandLine tool (installed below into fuzz/.tools).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
findings="${2:-findings}"
here="$PWD"
bin="$here/.build/bin"

command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
if [ ! -x "$here/.tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" >/dev/null
fi

rm -rf "$bin"
dotnet publish GeneGraph.Fuzz/GeneGraph.Fuzz.csproj -c Release -o "$bin" --nologo -v quiet
# Instrument the code under test: GeneGraph itself and Markdig, which does the parsing.
"$here/.tools/sharpfuzz" "$bin/GeneGraph.dll"
"$here/.tools/sharpfuzz" "$bin/Markdig.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
export DOTNET_TieredCompilation=0   # steadier coverage; startup cost is paid once (persistent mode)
resume=(-i seeds)
[ -d "$findings/default/queue" ] && resume=(-i -)
afl-fuzz "${resume[@]}" -o "$findings" -x markdown.dict -t 10000 -m none -V "$seconds" \
  -- dotnet "$bin/GeneGraph.Fuzz.dll"

stats="$findings/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|stability)' "$stats" || true
echo "crashes: $findings/default/crashes, hangs: $findings/default/hangs"
echo "reproduce one: dotnet $bin/GeneGraph.Fuzz.dll <file>"
