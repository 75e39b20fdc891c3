#!/usr/bin/env bash
# Prints the sha256 of every output GeneGraph makes of one vault: each export format, the neo4j-import bundle
# (file by file), the view page, and the diagnostics and summaries of check and of every query. Run it with two
# builds and diff the two listings to show that a change which should not change an output did not.
#
#   bash scripts/export-digest.sh <genegraph-command> <vault> [work-dir]
#
# <genegraph-command> is the built CLI (e.g. src/GeneGraph.Cli/bin/Release/net10.0/GeneGraph.Cli).
set -euo pipefail
gg=$(realpath "$1") vault=$(realpath "$2") work=${3:-$(mktemp -d)}
mkdir -p "$work"
cd "$work" # outputs named relative to it, so the listing does not depend on where it is
run() { # name, then the arguments: stdout and stderr kept apart, the exit code recorded
  local name=$1; shift
  local rc=0
  "$gg" "$@" >"$name.out" 2>"$name.err" || rc=$?
  echo "$rc" >"$name.rc"
}
for f in graphml json cypher cypher-3 cyjs; do run "export-$f" export "$vault" --format "$f" -o "graph.$f"; done
rm -rf bundle; run export-neo4j-import export "$vault" --format neo4j-import -o bundle
run view view "$vault" -o graph.html
run check check "$vault"
trait=${TRAIT:-sPAP}
for q in traits-to-pathways traits-to-diseases strongest-loci; do
  run "query-$q" query "$vault" "$q" --trait "$trait" --format csv
done
run query-papers-for-gene query "$vault" papers-for-gene --gene LIF --format csv
run query-gene-neighbourhood query "$vault" gene-neighbourhood --gene LIF --format json
run query-shared-pathways query "$vault" shared-pathways --trait "$trait" --trait-b mPAP --format csv
find . -type f -print0 | sort -z | xargs -0 sha256sum
