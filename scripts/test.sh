#!/usr/bin/env bash
# Runs every test of GeneGraph: restores, builds and runs the xunit suite.
# Needs: the .NET 10 SDK; python3 with networkx (GraphML read-back tests; they skip with a message without it).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet test GeneGraph.sln --nologo "$@"
