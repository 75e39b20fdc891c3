#!/usr/bin/env bash
# Packs the fast build of genegraph (Native AOT, README "The fast build") as a .NET tool for this machine's platform:
# .NET 10's RID-specific tool format, a small GeneGraph.Cli package that points to GeneGraph.Cli.<rid>, which holds
# the native program. Needs clang (or gcc) as the linker.
#
#   bash scripts/pack-fast-tool.sh [out-folder]      (default out/pkg-fast)
#   dotnet tool install -g GeneGraph.Cli --add-source out/pkg-fast
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-out/pkg-fast}")
rid=$(dotnet msbuild src/GeneGraph.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
rm -rf "$out"
dotnet pack src/GeneGraph.Cli -c Release -p:PublishAot=true -o "$out" --nologo -v minimal -clp:NoSummary
dotnet pack src/GeneGraph.Cli -c Release -p:PublishAot=true -r "$rid" -o "$out" --nologo -v minimal -clp:NoSummary
ls "$out"
