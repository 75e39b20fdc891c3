#!/usr/bin/env bash
# bench/run.sh -- GeneGraph against its floor and its alternatives, side by side, in one run.
#
#   bash bench/run.sh [--sizes 1000,5000,20000] [--runs 3] [--no-load] [--sync-only] [--append] [--out BENCHMARKS.md]
#   bash bench/run.sh --startup-only [--runs 10]   only the start-up rows (below)
#   bash bench/run.sh --pathological [megabytes]   one note of each pathological Markdown shape (10 MB), timed
#   through pre-scan + Markdig + extraction (target <= 2 s each); written to bench/results/pathological.tsv
#
# For each size: generates a vault (bench/VaultGenerator, fixed seed; kept in bench/vaults/), then, --runs times
# each (median reported):
#   floor         find + read + Markdig-parse every note with GeneGraph's pipeline, in parallel, nothing else
#   floor-cm      the same with Markdig's plain CommonMark pipeline (for reference)
#   export-graphml / export-json   the real CLI (Release build), peak RSS by /usr/bin/time
#   write-graphml GeneGraph's GraphMLWriter alone, in-process (graph built once, a second of warm-up writes not counted)
#   networkx      nx.write_graphml of the same graph (read from the JSON export), only the write timed
#   breakdown     export's stages each alone, in order, on one thread (BenchTool breakdown): read, parse, extract,
#                 build, GraphML, JSON; wall and process CPU seconds, MB allocated, GC pause
#   load          `genegraph load` into a fresh Neo4j 3.1.1 (wiped and restarted before every run), of a copy of the vault
#   reload-unchanged  `genegraph load` of the same vault again, right after (a sync that finds nothing to write)
#   reload-1pct   `genegraph load` again after bench/edit_notes.py changed an r in 1% of the gene notes
#   fast-load, fast-reload-unchanged, fast-reload-1pct   the same three with the fast build (Native AOT, published
#                 once per run), on a fresh server and a fresh copy of the vault
#   load-js       the official JavaScript driver neo4j-driver@1.7.8, same statements and rows, fresh server too
#   load-bound    the same driver with bench/js/load.js --bound: no index work per row (nodes created before their
#                 constraints, relationships bound by internal id): the most any client gets from this server
#   (load, load-js and load-bound also record the server's CPU, and its JIT compiler threads' part of it)
#   fast-export-graphml, fast-export-json   export with the fast build, when it was published (load or start-up runs)
#   neo4j-import  bin/neo4j-import on `genegraph export --format neo4j-import` (only if this build has it)
#   startup       (issue 17, before the sizes, skipped with --no-startup) `query <thesis vault> traits-to-pathways
#                 --trait sPAP` and `check <thesis vault>`, the ordinary framework-dependent build against the fast build
#                 (Native AOT, published here), the two taking turns, 10 runs (--startup-runs), answers compared;
#                 bench/startup.py, raw figures in bench/results/startup.tsv; target <= 0.15 s wall (median)
# Raw figures go to bench/results/raw.tsv; bench/report.py turns them into the table printed and written to
# BENCHMARKS.md with the machine description. --append keeps the figures of earlier runs (other sizes) in raw.tsv;
# a size measured again replaces its earlier figures in the table. Needs: .NET 10 SDK, python3 + networkx, node + npm, Java 17.
# --sync-only measures only load, reload-unchanged and reload-1pct (and one JSON export for the graph's size).
# The Neo4j instance is private: NEO4J_INSTANCE=/tmp/bench-neo4j, Bolt 52687, HTTP 52474, no HTTPS; stopped on exit
# (BENCH_NEO4J_INSTANCE, BENCH_NEO4J_BOLT_PORT and BENCH_NEO4J_HTTP_PORT choose others).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SIZES=1000,5000,20000
RUNS=3
LOAD=1
OUT=BENCHMARKS.md
APPEND=0
SYNC_ONLY=0
TRAITS=6
SEED=20240601
STARTUP=1
STARTUP_ONLY=0
STARTUP_RUNS=10
THESIS=${BENCH_THESIS_VAULT:-$ROOT/../shared/corpora/thesis-vault}
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --no-load) LOAD=0; shift ;;
    --sync-only) SYNC_ONLY=1; shift ;;
    --append) APPEND=1; shift ;;
    --out) OUT=$2; shift 2 ;;
    --no-startup) STARTUP=0; shift ;;
    --startup-only) STARTUP_ONLY=1; shift ;;
    --startup-runs) STARTUP_RUNS=$2; shift 2 ;;
    --pathological) # issue 16: one 10 MB note of each pathological Markdown shape, timed (target <= 2 s each)
      dotnet build bench/BenchTool -c Release --nologo -v q -clp:ErrorsOnly >/dev/null || exit 1
      mkdir -p bench/results
      bench/BenchTool/bin/Release/net10.0/GeneGraph.BenchTool pathological "${2:-10}" | tee bench/results/pathological.tsv
      exit 0 ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

log() { echo "[bench] $*" >&2; }

log "building (Release)"
for p in src/GeneGraph.Cli bench/VaultGenerator bench/BenchTool; do
  dotnet build "$p" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null || { dotnet build "$p" -c Release --nologo -v q >&2; exit 1; }
done
GG=$ROOT/src/GeneGraph.Cli/bin/Release/net10.0/GeneGraph.Cli
GEN=$ROOT/bench/VaultGenerator/bin/Release/net10.0/GeneGraph.VaultGenerator
TOOL=$ROOT/bench/BenchTool/bin/Release/net10.0/GeneGraph.BenchTool
[ -d bench/js/node_modules/neo4j-driver ] || (cd bench/js && npm install --no-audit --no-fund --loglevel=error >&2)

# The fast build (README "The fast build": Native AOT), published once per run: the start-up rows and the loads
# measured with it.
FAST=$ROOT/bench/results/fast-cli/GeneGraph.Cli
publish_fast() {
  [ -n "${FAST_PUBLISHED:-}" ] && return 0
  log "publishing the fast build (Native AOT; a few minutes)"
  local rid
  rid=$(dotnet msbuild src/GeneGraph.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
  dotnet publish src/GeneGraph.Cli -c Release -r "$rid" -p:PublishAot=true -o bench/results/fast-cli --nologo -v q -clp:ErrorsOnly >/dev/null ||
    { log "the fast build failed (is clang installed?)"; exit 1; }
  FAST_PUBLISHED=1
}

# Start-up (issue 17): the ordinary build against the fast build, side by side, on the user's real vault.
if [ "$STARTUP" = 1 ] || [ "$STARTUP_ONLY" = 1 ]; then
  mkdir -p bench/results
  if [ ! -d "$THESIS" ]; then
    log "start-up: no thesis vault at $THESIS (BENCH_THESIS_VAULT); start-up rows skipped"
    rm -f bench/results/startup.tsv
  else
    publish_fast
    log "start-up: $STARTUP_RUNS runs of each command with each build, taking turns"
    python3 bench/startup.py "$STARTUP_RUNS" bench/results/startup.tsv "$THESIS" \
      framework-dependent="$GG" fast-aot="$FAST"
  fi
  if [ "$STARTUP_ONLY" = 1 ]; then
    python3 bench/report.py --startup-only bench/results/startup.tsv
    exit 0
  fi
fi

export NEO4J_INSTANCE=${BENCH_NEO4J_INSTANCE:-/tmp/bench-neo4j} NEO4J_BOLT_PORT=${BENCH_NEO4J_BOLT_PORT:-52687} NEO4J_HTTP_PORT=${BENCH_NEO4J_HTTP_PORT:-52474} NEO4J_HTTPS_PORT=0
export NEO4J_PASSWORD=bench-password
SERVER=$ROOT/tools/neo4j-test-server/neo4j-test-server.sh
NEO4J_HOME_DIST=$(bash "$SERVER" env | sed -n "s/^export GENEGRAPH_NEO4J_HOME='\(.*\)'.*/\1/p")
JDK17_OPTS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"
trap 'bash "$SERVER" stop >/dev/null 2>&1 || true' EXIT
eval "$(bash "$SERVER" env)"

RES=$ROOT/bench/results
mkdir -p "$RES" "$ROOT/bench/vaults"
RAW=$RES/raw.tsv
[ "$APPEND" = 1 ] && [ -f "$RAW" ] || printf 'size\ttool\trun\tseconds\trss_kb\tinfo\n' >"$RAW"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$RAW"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'; }

# timed SIZE TOOL RUN -- command...: wall seconds and peak RSS of the command (stdout+stderr kept in $RES)
timed() {
  local size=$1 tool=$2 run=$3; shift 4
  local tf="$RES/$tool-$size-$run.time"
  /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$RES/$tool-$size-$run.out" 2>"$RES/$tool-$size-$run.err" ||
    { log "$tool failed (size $size, run $run):"; tail -5 "$RES/$tool-$size-$run.err" >&2; return 1; }
  local diag
  diag=$(grep -cE ': (warning|error) GG' "$RES/$tool-$size-$run.err" || true)
  read -r secs rss user sys <"$tf"
  record "$size" "$tool" "$run" "$secs" "$rss" "diagnostics=$diag cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"
}

# CPU seconds (user + sys) the Neo4j JVM has used so far: the server's work, which the machine's load hardly changes
server_cpu() {
  local p
  p=$(cat "$NEO4J_INSTANCE/run/neo4j.pid" 2>/dev/null) && [ -r "/proc/$p/stat" ] &&
    awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / t }' "/proc/$p/stat" || echo 0
}
# CPU seconds (user + sys) the Neo4j JVM's JIT compiler threads (C1, C2) have used so far: a cold server's warm-up,
# the same whichever client sends the rows. With 2 cores the JVM runs one thread of each, for its whole life.
server_jit_cpu() {
  local p t sum=0
  p=$(cat "$NEO4J_INSTANCE/run/neo4j.pid" 2>/dev/null) && [ -d "/proc/$p/task" ] || { echo 0; return; }
  for t in /proc/"$p"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ CompilerThre* | C2\ CompilerThre*)
        sum=$(awk -v t="$(getconf CLK_TCK)" -v s="$sum" '{ sub(/^.*\) /, ""); print s + ($12 + $13) / t }' "$t/stat") ;;
    esac
  done
  echo "$sum"
}
# server_timed SIZE TOOL RUN -- command...: timed, plus the server's CPU during it as TOOL-server-cpu and its JIT
# compilers' share of that as TOOL-server-jit
server_timed() {
  local c0 c1 j0 j1
  c0=$(server_cpu) j0=$(server_jit_cpu)
  timed "$@" || return 1
  c1=$(server_cpu) j1=$(server_jit_cpu)
  record "$1" "$2-server-cpu" "$3" "$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')" 0 ""
  record "$1" "$2-server-jit" "$3" "$(awk -v a="$j0" -v b="$j1" 'BEGIN { print b - a }')" 0 ""
}

fresh_server() {
  bash "$SERVER" wipe >/dev/null 2>&1
  bash "$SERVER" start >/dev/null 2>&1
}

HAS_IMPORT=0
"$GG" export --help 2>&1 | grep -q 'neo4j-import' && HAS_IMPORT=1

[ "$LOAD" = 1 ] && publish_fast

IFS=, read -r -a sizes <<<"$SIZES"
for size in "${sizes[@]}"; do
  vault=$ROOT/bench/vaults/g$size-s$SEED
  if [ ! -f "$vault/.genegraph-vault.json" ]; then
    rm -rf "$vault"
    log "generating $vault"
    "$GEN" --genes "$size" --traits "$TRAITS" --seed "$SEED" -o "$vault" >&2
  fi
  bytes=$(find "$vault" -name '*.md' -not -path '*/.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
  notes=$(find "$vault" -name '*.md' -not -path '*/.*' | wc -l)
  record "$size" vault 0 0 0 "bytes=$bytes notes=$notes"
  record "$size" loadavg-start 0 0 0 "$(loadavg) $(date -u +%FT%TZ)"
  cat $(find "$vault" -name '*.md') >/dev/null  # every tool reads from the page cache

  log "size $size: floor and export, $RUNS runs each"
  for run in $(seq 1 "$RUNS"); do
    if [ "$SYNC_ONLY" = 1 ]; then
      [ "$run" = 1 ] && timed "$size" export-json "$run" -- "$GG" export "$vault" -o "$RES/g$size.json"
      continue
    fi
    timed "$size" floor "$run" -- "$TOOL" floor "$vault" genegraph
    timed "$size" floor-cm "$run" -- "$TOOL" floor "$vault" commonmark
    timed "$size" export-graphml "$run" -- "$GG" export "$vault" -o "$RES/g$size.graphml"
    timed "$size" export-json "$run" -- "$GG" export "$vault" -o "$RES/g$size.json"
    if [ -n "${FAST_PUBLISHED:-}" ]; then
      timed "$size" fast-export-graphml "$run" -- "$FAST" export "$vault" -o "$RES/g$size.fast.graphml"
      timed "$size" fast-export-json "$run" -- "$FAST" export "$vault" -o "$RES/g$size.fast.json"
    fi
  done
  counts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("nodes=%d edges=%d" % (len(d["nodes"]), len(d["edges"])))' "$RES/g$size.json")
  record "$size" graph 0 0 0 "$counts"

  if [ "$SYNC_ONLY" = 0 ]; then
    log "size $size: GraphML writing alone (GeneGraph, networkx)"
    w=$("$TOOL" write-graphml "$vault" "$RES/g$size.gg-write.graphml" "$RUNS")
    record "$size" write-graphml 0 "$(sed 's/.* median //' <<<"$w")" 0 "$w"
    nx=$(python3 bench/networkx_write.py "$RES/g$size.json" "$RES/g$size.nx.graphml" "$RUNS")
    record "$size" networkx 0 "$(sed 's/.* median //' <<<"$nx")" 0 "$nx"
    log "size $size: export's stages, each alone (BenchTool breakdown), $RUNS runs"
    for run in $(seq 1 "$RUNS"); do
      record "$size" breakdown "$run" 0 0 "$("$TOOL" breakdown "$vault" | sed -n 's/^record //p')"
    done
  fi

  if [ "$LOAD" = 1 ]; then
    log "size $size: loads into a fresh Neo4j 3.1.1, $RUNS runs each (wipe + start before every run)"
    for run in $(seq 1 "$RUNS"); do
      # With each build (the ordinary one, then the fast one): a fresh server, a copy of the vault (so that the edits
      # leave the generated vault as it is), the first load, then the two reloads; as a user runs them, with load's
      # own cache of parsed notes and record of the last load, empty for the first load (docs/note-cache.md,
      # docs/sync.md). The copy was just made, so the first reload reads every note once (the 2 s racy window).
      for build in "" fast-; do
        cli=$GG; [ -n "$build" ] && cli=$FAST
        fresh_server
        work=$RES/sync-g$size
        rm -rf "$work" && cp -r "$vault" "$work"
        export GENEGRAPH_CACHE_DIR=$RES/cache-g$size
        rm -rf "$GENEGRAPH_CACHE_DIR"
        server_timed "$size" "${build}load" "$run" -- "$cli" load "$work" --uri "$NEO4J_URI" --user neo4j
        [ -z "$build" ] && record "$size" cache-size "$run" 0 0 "mb=$(du -sm "$GENEGRAPH_CACHE_DIR" | cut -f1)"
        timed "$size" "${build}reload-unchanged" "$run" -- "$cli" load "$work" --uri "$NEO4J_URI" --user neo4j
        edits=$(python3 bench/edit_notes.py "$work" 0.01)
        server_timed "$size" "${build}reload-1pct" "$run" -- "$cli" load "$work" --uri "$NEO4J_URI" --user neo4j
        record "$size" "${build}reload-edits" "$run" 0 0 "$edits"
        rm -rf "$work" "$GENEGRAPH_CACHE_DIR"
        unset GENEGRAPH_CACHE_DIR
      done
      [ "$SYNC_ONLY" = 1 ] && continue
      fresh_server
      server_timed "$size" load-js "$run" -- node bench/js/load.js "$RES/g$size.json" 5000
      record "$size" load-js-internal "$run" "$(sed -n 's/.*loadSeconds \([0-9.]*\).*/\1/p' "$RES/load-js-$size-$run.out")" 0 \
        "$(cat "$RES/load-js-$size-$run.out")"
      fresh_server
      server_timed "$size" load-bound "$run" -- node bench/js/load.js "$RES/g$size.json" 5000 --bound
    done
    if [ "$SYNC_ONLY" = 1 ]; then
      :
    elif [ "$HAS_IMPORT" = 1 ]; then
      log "size $size: neo4j-import"
      for run in $(seq 1 "$RUNS"); do
        bash "$SERVER" wipe >/dev/null 2>&1
        csv=$RES/g$size-import
        rm -rf "$csv"
        "$GG" export "$vault" --format neo4j-import -o "$csv" >/dev/null 2>&1
        # the bundle's own import.sh (it picks neo4j-import on 3.x and passes the bundle's delimiters and quoting)
        mkdir -p "$NEO4J_INSTANCE/data/databases"
        timed "$size" neo4j-import "$run" -- env NEO4J_HOME="$NEO4J_HOME_DIST" \
          NEO4J_STORE_DIR="$NEO4J_INSTANCE/data/databases/graph.db" \
          JAVA_OPTS="$JDK17_OPTS -Xmx2g" bash "$csv/import.sh"
      done
    else
      record "$size" neo4j-import 0 NA 0 "not available in this build (genegraph export --help lists no neo4j-import)"
    fi
  fi
  record "$size" loadavg-end 0 0 0 "$(loadavg) $(date -u +%FT%TZ)"
done
bash "$SERVER" stop >/dev/null 2>&1 || true

python3 bench/report.py "$RAW" "$OUT"
