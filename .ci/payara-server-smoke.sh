#!/usr/bin/env bash
# Deploys the built EAR on a full Payara Server 6 and smoke-tests it, configured the way a
# municipality would (see config/payara-server/README.md): MicroProfile Config at domain level,
# server header hidden. Run from anywhere after `./mvnw -B verify` (or package) built the EAR.
#
# Ports: a fresh domain "zorgzame" with port base 20000 (PAYARA_PORTBASE), so admin 20048,
# HTTP 20080, HTTPS 20081, IIOP 20037-20039, JMS 20076, JMX 20086, Hazelcast 20049/20059.
# None of Payara's defaults (4848, 8080, ...) nor Arquillian's 8080-9079 are used.
#
# Environment (all optional):
#   ZORGZAME_EAR      the EAR to deploy (default zorgzame-ear/target/zorgzame.ear)
#   PAYARA_VERSION    fish.payara.distributions:payara version (default: payara.server.version in pom.xml)
#   PAYARA_PORTBASE   port base of the domain (default 20000)
#   HEALTH_TIMEOUT    seconds to wait for /health/ready (default 180)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# a signal still runs the EXIT traps (database dropped, server stopped)
trap 'exit 130' INT
trap 'exit 143' TERM

EAR="${ZORGZAME_EAR:-$ROOT/zorgzame-ear/target/zorgzame.ear}"
PORTBASE="${PAYARA_PORTBASE:-20000}"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
DOMAIN=zorgzame
WORK="$ROOT/target/payara-server"
PAYARA_HOME="$WORK/payara6"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
BASE="http://127.0.0.1:$HTTP_PORT"
DEMO_PASSWORD=zorgzaam-demo-2026

if [ -z "${PAYARA_VERSION:-}" ]; then
    PAYARA_VERSION="$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' pom.xml | head -n 1)"
    PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
fi

log() { printf '[payara-server-smoke] %s\n' "$*"; }
# the reason is repeated as the last line of the run, after the server log, where CI shows it
FAIL_REASON=""
die() { FAIL_REASON="$*"; log "ERROR: $*"; exit 1; }

for tool in java curl unzip python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done
[ -f "$EAR" ] || die "no EAR at $EAR: build it first (./mvnw -B verify)"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" "$@"; }

# ---- Clean state: no domain left over from an earlier run (stopped before anything is replaced) ---
stop_domain() {
    if [ -d "$DOMAIN_DIR" ]; then
        "$PAYARA_HOME/bin/asadmin" --interactive=false stop-domain "$DOMAIN" >/dev/null 2>&1 || true
        # the server's own pid file: only the process this script's domain started
        if [ -f "$DOMAIN_DIR/config/pid" ]; then
            local pid
            pid="$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true)"
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                log "domain did not stop; killing its process $pid"
                kill "$pid" 2>/dev/null || true
                sleep 5
                kill -9 "$pid" 2>/dev/null || true
            fi
        fi
    fi
}
stop_domain

# ---- Payara Server distribution, from Maven Central through the project's Maven settings --------
if [ ! -x "$PAYARA_HOME/bin/asadmin" ] || [ "$(cat "$WORK/.installed-version" 2>/dev/null)" != "$PAYARA_VERSION" ]; then
    log "fetching fish.payara.distributions:payara:$PAYARA_VERSION:zip"
    rm -rf "$WORK"
    mkdir -p "$WORK"
    ./mvnw -B -q dependency:copy \
        -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        -DoutputDirectory="$WORK"
    unzip -q -o "$WORK/payara-$PAYARA_VERSION.zip" -d "$WORK"
    rm -f "$WORK/payara-$PAYARA_VERSION.zip"
    echo "$PAYARA_VERSION" >"$WORK/.installed-version"
fi
[ -x "$PAYARA_HOME/bin/asadmin" ] || die "no asadmin in $PAYARA_HOME after unzipping"
log "Payara Server $PAYARA_VERSION in $PAYARA_HOME"

rm -rf "$DOMAIN_DIR"
for port in "$ADMIN_PORT" "$HTTP_PORT" $((PORTBASE + 81)) $((PORTBASE + 37)); do
    if port_in_use "$port"; then
        die "port $port is already in use; choose another PAYARA_PORTBASE"
    fi
done

DERBY_DIR="$(mktemp -d /tmp/zorgzame-smoke-derby.XXXXXX)"
SMOKE_OK=0
CHECKS_DONE=0
passed=0
failed=0
cleanup() {
    local status=$?
    if [ "$SMOKE_OK" != 1 ] && [ -f "$DOMAIN_DIR/logs/server.log" ]; then
        log "---- last 60 lines of $DOMAIN_DIR/logs/server.log ----"
        tail -n 60 "$DOMAIN_DIR/logs/server.log" || true
        log "---- end of server.log ----"
    fi
    log "stopping domain $DOMAIN"
    stop_domain
    rm -rf "$DERBY_DIR"
    if [ "$CHECKS_DONE" = 1 ]; then
        echo "payara-server-smoke: $passed passed, $failed failed"
    else
        log "the application was not deployed and ready: no check ran"
        log "reason: ${FAIL_REASON:-a command failed (exit code $status)}"
        echo "payara-server-smoke: 0 passed, 1 failed"
    fi
    exit "$status"
}
trap cleanup EXIT

# ---- Domain -------------------------------------------------------------------------------------
log "creating domain $DOMAIN with port base $PORTBASE (admin $ADMIN_PORT, HTTP $HTTP_PORT)"
"$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >/dev/null
log "starting domain"
"$PAYARA_HOME/bin/asadmin" --interactive=false start-domain "$DOMAIN"

# ---- Configuration, as a municipality would set it ----------------------------------------------
# MicroProfile Config at domain level: seen by the server when it creates the pool of web.xml's
# <data-source> (${MPCONFIG=...}) and by the application. Embedded Derby in a temporary folder.
log "configuring zorgzame.* (Derby in $DERBY_DIR) and hiding the server header"
asadmin set-config-property --source=domain --propertyname=zorgzame.datasource.url \
    --propertyvalue="jdbc:derby:$DERBY_DIR/derby;create=true"
asadmin set-config-property --source=domain --propertyname=zorgzame.datasource.user --propertyvalue=zorgzame
# the password as a password alias, as the README recommends (kept out of domain.xml)
ALIAS_FILE="$(mktemp)"
printf 'AS_ADMIN_ALIASPASSWORD=smoke-test\n' >"$ALIAS_FILE"
asadmin --passwordfile "$ALIAS_FILE" create-password-alias zorgzame.datasource.password
rm -f "$ALIAS_FILE"
asadmin set-config-property --source=domain --propertyname=zorgzame.demo.enabled --propertyvalue=true
asadmin set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false
asadmin set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false

# ---- Deploy -------------------------------------------------------------------------------------
log "deploying $EAR"
deploy_start=$(date +%s)
asadmin deploy --name zorgzame "$EAR" || die "asadmin deploy failed (exit code $?)"
log "deployed in $(( $(date +%s) - deploy_start )) s"

log "waiting for $BASE/health/ready (at most $HEALTH_TIMEOUT s)"
deadline=$(( $(date +%s) + HEALTH_TIMEOUT ))
ready=0
while [ "$(date +%s)" -lt "$deadline" ]; do
    body="$(curl -s --noproxy '*' --max-time 10 -w '\n%{http_code}' "$BASE/health/ready" || true)"
    code="${body##*$'\n'}"
    if [ "$code" = 200 ] && printf '%s' "${body%$'\n'*}" | grep -q '"UP"'; then
        ready=1
        break
    fi
    sleep 2
done
[ "$ready" = 1 ] || die "not ready after $HEALTH_TIMEOUT s; last answer: ${body:-none}"
log "ready: ${body%$'\n'*}"

# ---- Checks (login, one read, one write) -------------------------------------------------------
# shellcheck source=smoke-checks.sh
. "$ROOT/.ci/smoke-checks.sh"

if [ "$failed" = 0 ]; then
    SMOKE_OK=1
fi
CHECKS_DONE=1
# the trap stops the domain, then prints "payara-server-smoke: N passed, N failed" as the last line
[ "$failed" = 0 ]
