#!/usr/bin/env bash
# Runs every test of GeneGraph. Starts a disposable Neo4j 3.1.1 on loopback for the integration tests
# (tools/neo4j-test-server; first start downloads it from the npm registry) and stops it afterwards, even when
# tests fail. Needs: the .NET 10 SDK; Java 17 (java, javac) and npm for Neo4j; python3 with networkx for the
# GraphML read-back tests; node + npm and Debian's chromium for the browser tests (tests/js). Without Neo4j the integration tests skip with a message, except under CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

server=tools/neo4j-test-server/neo4j-test-server.sh
export NEO4J_INSTANCE="${NEO4J_INSTANCE:-${TMPDIR:-/tmp}/genegraph-tests/neo4j}"
if bash "$server" start; then
  trap 'bash "$server" stop >/dev/null 2>&1 || true' EXIT
  eval "$(bash "$server" env)"
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: the Neo4j test server did not start" >&2
  exit 1
else
  echo "test.sh: the Neo4j test server did not start; Neo4j integration tests will be skipped" >&2
fi

# node packages of the browser and GraphML-reader tests (tests/js); the build itself runs 'npm ci' in view/
if command -v npm >/dev/null 2>&1; then
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: npm is missing" >&2
  exit 1
fi

dotnet test GeneGraph.sln --nologo "$@"
