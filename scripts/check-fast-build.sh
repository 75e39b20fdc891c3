#!/usr/bin/env bash
# Proves the fast build (Native AOT, README "The fast build") equal to the ordinary framework-dependent one:
#  1. publishes it, and fails on any warning of the native compiler not in scripts/fast-build-warnings.txt (the
#     known ones: CsvHelper's object creation for record types, which GeneGraph never asks for);
#  2. runs scripts/export-digest.sh with both builds (every export format, the bundle, the view page, check, every
#     query) on the example vault, the thesis vault (if ../shared is there) and every vault given, plus the gene-table
#     checks and the KGX export, and fails on any byte that differs;
#  3. packs it as a RID-specific .NET tool (scripts/pack-fast-tool.sh), installs that from the local package folder
#     and runs it.
#   bash scripts/check-fast-build.sh [vault ...]        (.ci/run runs it; about 3-5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/genegraph-fast.XXXXXX")
trap 'rm -rf "$work"' EXIT
log() { echo "check-fast-build: $*" >&2; }
started=$SECONDS

dotnet build src/GeneGraph.Cli -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
ordinary=$ROOT/src/GeneGraph.Cli/bin/Release/net10.0/GeneGraph.Cli
rid=$(dotnet msbuild src/GeneGraph.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
log "publishing the fast build for $rid"
dotnet publish src/GeneGraph.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work/fast" --nologo -v minimal -clp:NoSummary >"$work/publish.log" 2>&1 ||
  { cat "$work/publish.log" >&2; exit 1; }
fast=$work/fast/GeneGraph.Cli
log "published in $((SECONDS - started)) s ($(du -h "$fast" | cut -f1))"
sed -n 's/.*warning \(IL[0-9]*: [^:]*\):.*/\1/p' "$work/publish.log" | sort -u >"$work/warnings.txt"
if ! diff -u scripts/fast-build-warnings.txt "$work/warnings.txt" >&2; then
  log "the native compiler's warnings differ from scripts/fast-build-warnings.txt (see above)"; exit 1
fi

vaults=("$ROOT/examples/vault" "$@")
[ -d "$ROOT/../shared/corpora/thesis-vault" ] && vaults+=("$ROOT/../shared/corpora/thesis-vault")
for vault in "${vaults[@]}"; do
  for build in ordinary fast; do
    program=${!build}
    mkdir -p "$work/$build"
    dir=$work/$build/$(basename "$vault")
    bash scripts/export-digest.sh "$program" "$vault" "$dir" >"$dir.digest"
    (cd "$dir" && "$program" check "$vault" --gene-table builtin >check-genes.out 2>check-genes.err; echo $? >check-genes.rc
     "$program" export "$vault" --format kgx -o kgx >/dev/null 2>&1; echo $? >kgx.rc
     find check-genes.* kgx kgx.rc -type f -print0 | sort -z | xargs -0 sha256sum) >>"$dir.digest"
  done
  if ! diff -u "$work/ordinary/$(basename "$vault").digest" "$work/fast/$(basename "$vault").digest" >&2; then
    log "the fast build's outputs differ on $vault"; exit 1
  fi
  log "$vault: $(wc -l <"$work/fast/$(basename "$vault").digest") outputs, byte-identical"
done

log "packing and installing it as a .NET tool"
bash scripts/pack-fast-tool.sh "$work/pkg" >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
NUGET_PACKAGES=$work/nuget dotnet tool install GeneGraph.Cli --tool-path "$work/tool" --add-source "$work/pkg" >&2
native=$(find "$work/tool/.store" -type f -name GeneGraph.Cli)
{ [ -n "$native" ] && [ "$(head -c 4 "$native" | tail -c 3)" = ELF ] && [ -z "$(find "$work/tool/.store" -name 'GeneGraph*.dll')" ]; } ||
  { log "the installed tool is not the native program"; find "$work/tool/.store" >&2; exit 1; }
# (against the published program: packing rebuilds bin/Release without the ordinary build's launcher)
for command in "query $ROOT/examples/vault strongest-loci --format csv" "check $ROOT/examples/vault"; do
  cmp <("$work/tool/genegraph" $command 2>&1) <("$fast" $command 2>&1) || { log "the installed tool answers '$command' differently"; exit 1; }
done
log "done in $((SECONDS - started)) s"
