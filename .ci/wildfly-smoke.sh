#!/usr/bin/env bash
# Deploys the built EAR, unchanged, on WildFly (standalone.xml) and smoke-tests it, configured the way
# config/wildfly/README.md tells a municipality: EclipseLink added to its module, config/wildfly/zorgzame.cli
# applied, the zorgzame.* keys as environment variables. Run from anywhere after `./mvnw -B verify`
# (or package) built the EAR.
#
# Ports: offset 21000 (WILDFLY_PORT_OFFSET), so HTTP 29080, HTTPS 29443, management (with /health)
# 30990. None of WildFly's defaults (8080, 9990, ...) nor Arquillian's 8080-9079 are used.
#
# Environment (all optional):
#   ZORGZAME_EAR          the EAR to deploy (default zorgzame-ear/target/zorgzame.ear)
#   WILDFLY_VERSION       org.wildfly:wildfly-dist version (default 39.0.1.Final)
#   WILDFLY_PORT_OFFSET   port offset (default 21000)
#   HEALTH_TIMEOUT        seconds to wait for /health/ready (default 180)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# a signal still runs the EXIT trap (server stopped)
trap 'exit 130' INT
trap 'exit 143' TERM

EAR="${ZORGZAME_EAR:-$ROOT/zorgzame-ear/target/zorgzame.ear}"
WILDFLY_VERSION="${WILDFLY_VERSION:-39.0.1.Final}"
OFFSET="${WILDFLY_PORT_OFFSET:-21000}"
HTTP_PORT=$((8080 + OFFSET))
MANAGEMENT_PORT=$((9990 + OFFSET))
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
WORK="$ROOT/target/wildfly"
WILDFLY_HOME="$WORK/wildfly-$WILDFLY_VERSION"
BASE="http://127.0.0.1:$HTTP_PORT"
DEMO_PASSWORD=zorgzaam-demo-2026
SERVER_LOG="$WORK/server.out"

log() { printf '[wildfly-smoke] %s\n' "$*"; }
# the reason is repeated as the last lines of the run, after the server log, where CI shows it
FAIL_REASON=""
die() { FAIL_REASON="$*"; log "ERROR: $*"; exit 1; }

for tool in java curl unzip python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done
[ -f "$EAR" ] || die "no EAR at $EAR: build it first (./mvnw -B verify)"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
cli() { "$WILDFLY_HOME/bin/jboss-cli.sh" --controller="127.0.0.1:$MANAGEMENT_PORT" --connect "$@"; }

SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        cli --command=':shutdown(timeout=30)' >/dev/null 2>&1 || true
        for _ in $(seq 1 30); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            log "server did not stop; killing its process $SERVER_PID"
            kill "$SERVER_PID" 2>/dev/null || true
        fi
    fi
}

# ---- A fresh WildFly, from Maven Central through the project's Maven settings -------------------
# unpacked anew on every run: the recipe changes the installation (module, configuration)
rm -rf "$WILDFLY_HOME"
mkdir -p "$WORK"
ZIP="$WORK/wildfly-dist-$WILDFLY_VERSION.zip"
if [ ! -f "$ZIP" ]; then
    log "fetching org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip"
    ./mvnw -B -q dependency:copy -Dartifact="org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip" -DoutputDirectory="$WORK"
fi
unzip -q -o "$ZIP" -d "$WORK"
[ -x "$WILDFLY_HOME/bin/standalone.sh" ] || die "no bin/standalone.sh in $WILDFLY_HOME after unzipping"
log "WildFly $WILDFLY_VERSION in $WILDFLY_HOME"

for port in "$HTTP_PORT" "$MANAGEMENT_PORT" $((8443 + OFFSET)); do
    if port_in_use "$port"; then
        die "port $port is already in use; choose another WILDFLY_PORT_OFFSET"
    fi
done

DERBY_DIR="$(mktemp -d /tmp/zorgzame-wildfly-derby.XXXXXX)"
SMOKE_OK=0
CHECKS_DONE=0
passed=0
failed=0
cleanup() {
    local status=$?
    if [ "$SMOKE_OK" != 1 ] && [ -f "$SERVER_LOG" ]; then
        log "---- last 60 lines of $SERVER_LOG ----"
        tail -n 60 "$SERVER_LOG" || true
        log "---- end of the server log ----"
    fi
    log "stopping WildFly"
    stop_server
    rm -rf "$DERBY_DIR"
    if [ "$CHECKS_DONE" = 1 ]; then
        echo "wildfly-smoke: $passed passed, $failed failed"
    else
        log "the application was not deployed and ready: no check ran"
        log "reason: ${FAIL_REASON:-a command failed (exit code $status)}"
        echo "wildfly-smoke: 0 passed, 1 failed"
    fi
    exit "$status"
}
trap cleanup EXIT

# ---- The recipe: EclipseLink module, server configuration ----------------------------------------
ECLIPSELINK_VERSION="$(sed -n 's:.*<eclipselink.version>\(.*\)</eclipselink.version>.*:\1:p' pom.xml | head -n 1)"
ASM_VERSION=9.8.0
log "adding EclipseLink $ECLIPSELINK_VERSION to WildFly's org.eclipse.persistence module"
./mvnw -B -q dependency:copy -Dartifact="org.eclipse.persistence:eclipselink:$ECLIPSELINK_VERSION" -DoutputDirectory="$WORK"
./mvnw -B -q dependency:copy -Dartifact="org.eclipse.persistence:org.eclipse.persistence.asm:$ASM_VERSION" -DoutputDirectory="$WORK"
bash config/wildfly/add-eclipselink.sh "$WILDFLY_HOME" "$WORK/eclipselink-$ECLIPSELINK_VERSION.jar" \
    "$WORK/org.eclipse.persistence.asm-$ASM_VERSION.jar"
log "applying config/wildfly/zorgzame.cli"
"$WILDFLY_HOME/bin/jboss-cli.sh" --file=config/wildfly/zorgzame.cli >/dev/null
# The datasource keys as WildFly reads them (see config/wildfly/README.md): system properties named as
# web.xml's placeholders, a Derby URL without attributes (WildFly splits values at ';'; the database is
# created when missing). The other keys are ordinary MicroProfile Config, here the environment.
log "setting the datasource (Derby in $DERBY_DIR) as system properties"
"$WILDFLY_HOME/bin/jboss-cli.sh" --commands="embed-server --server-config=standalone.xml --std-out=discard,\
/system-property=MPCONFIG\=zorgzame.datasource.url:add(value=\"jdbc:derby:$DERBY_DIR/derby\"),\
/system-property=MPCONFIG\=zorgzame.datasource.user:add(value=zorgzame),\
/system-property=MPCONFIG\=zorgzame.datasource.password:add(value=smoke-test),stop-embedded-server" >/dev/null

# ---- Start --------------------------------------------------------------------------------------
log "starting WildFly with port offset $OFFSET (HTTP $HTTP_PORT, management $MANAGEMENT_PORT)"
ZORGZAME_DEMO_ENABLED=true "$WILDFLY_HOME/bin/standalone.sh" -c standalone.xml -Djboss.socket.binding.port-offset="$OFFSET" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
started=0
for _ in $(seq 1 120); do
    kill -0 "$SERVER_PID" 2>/dev/null || die "WildFly exited at start-up"
    if grep -q 'WFLYSRV0025' "$SERVER_LOG"; then
        started=1
        break
    fi
    sleep 1
done
[ "$started" = 1 ] || die "WildFly did not start within 120 s"

# ---- Deploy -------------------------------------------------------------------------------------
log "deploying $EAR"
deploy_start=$(date +%s)
cli --command="deploy $EAR" || die "jboss-cli deploy failed (exit code $?)"
log "deployed in $(( $(date +%s) - deploy_start )) s"

# WildFly's MicroProfile Health does not see the application's readiness check ("database-schema")
# in a library of the EAR's WAR (see config/wildfly/README.md): /health/ready says the deployment is up,
# and the application itself answers 503 until its schema is migrated. Ready means both.
HEALTH="http://127.0.0.1:$MANAGEMENT_PORT/health/ready"
log "waiting for $HEALTH and for $BASE/zorgzame/login.xhtml to answer 200 (at most $HEALTH_TIMEOUT s)"
deadline=$(( $(date +%s) + HEALTH_TIMEOUT ))
ready=0
while [ "$(date +%s)" -lt "$deadline" ]; do
    body="$(curl -s --noproxy '*' --max-time 10 -w '\n%{http_code}' "$HEALTH" || true)"
    code="${body##*$'\n'}"
    page="$(curl -s --noproxy '*' --max-time 10 -o /dev/null -w '%{http_code}' "$BASE/zorgzame/login.xhtml" || true)"
    if [ "$code" = 200 ] && printf '%s' "${body%$'\n'*}" | grep -q '"UP"' && [ "$page" = 200 ]; then
        ready=1
        break
    fi
    sleep 2
done
[ "$ready" = 1 ] || die "not ready after $HEALTH_TIMEOUT s; last answers: ${body:-none}, login page HTTP ${page:-none}"
log "ready: ${body%$'\n'*}"

# ---- Checks (login, one read, one write) -------------------------------------------------------
# shellcheck source=smoke-checks.sh
. "$ROOT/.ci/smoke-checks.sh"

if [ "$failed" = 0 ]; then
    SMOKE_OK=1
fi
CHECKS_DONE=1
# the trap stops the server, then prints "wildfly-smoke: N passed, N failed" as the last line
[ "$failed" = 0 ]
