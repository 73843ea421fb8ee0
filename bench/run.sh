#!/usr/bin/env bash
# The benchmark harness (issue 11), one command:
#   bench/run.sh [small|full|both] [--postgresql]
# Builds the WAR, then per dataset size: starts Payara Micro once to let Flyway create the schema (with the demo
# users), loads the generated data over JDBC, starts again (timed), and measures with wrk against floors on the
# same instance. Prints one table with a ratio and PASS/FAIL per target. Nothing is left running.
# Then imports through the application's import endpoints, and restarts with -Xmx512m for 100 logged-in sessions.
# Environment: BENCH_PORT (28080), BENCH_DURATION (seconds per measurement, 15), BENCH_HEAP (1g),
# BENCH_SAMPLES (timed dashboard requests, 5), BENCH_SAMPLE_TIMEOUT (seconds, 60), BENCH_SESSIONS (100),
# BENCH_JAVA_OPTS (more JVM options for the servers, e.g. to log statements or profile), BENCH_KEEP=1
# keeps the work directory (server logs) for inspection.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SIZES=(small)
DATABASE=derby
for arg in "$@"; do
    case "$arg" in
        small|full) SIZES=("$arg") ;;
        both) SIZES=(small full) ;;
        --postgresql) DATABASE=postgresql ;;
        *) echo "usage: $0 [small|full|both] [--postgresql]" >&2; exit 2 ;;
    esac
done
PORT=${BENCH_PORT:-28080}
DURATION=${BENCH_DURATION:-15}
HEAP=${BENCH_HEAP:-1g}
SESSIONS=${BENCH_SESSIONS:-100}
PASSWORD=zorgzaam-demo-2026
AUTH="Authorization: Basic $(printf 'admin:%s' "$PASSWORD" | base64)"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/zorgzame-bench.XXXXXX)
SERVER_PID=""
PG_DATABASE=""

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 1 60); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

drop_pg_database() {
    if [[ -n "$PG_DATABASE" ]]; then
        dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DATABASE"
        PG_DATABASE=""
    fi
}

cleanup() {
    stop_server
    drop_pg_database
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        log "work directory kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_wrk() {
    command -v wrk >/dev/null && return
    log "installing wrk (Debian package)"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo=sudo
    $sudo apt-get install -y -q wrk >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q wrk >/dev/null; }
}

build() {
    log "building the WAR (./mvnw -B -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
    local api="$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
    [[ -f "$api" ]] || fail "jakarta.jakartaee-api 10.0.0 not in ~/.m2 (the build should have fetched it)"
    log "building the floor (a JAR with a trivial endpoint and the search over plain JDBC)"
    mkdir -p "$WORK/floor-classes" "$WORK/lib" "$WORK/minimal/WEB-INF/lib" "$WORK/app/WEB-INF/lib"
    # the data floor runs the application's own search SQL (OrganisationWordSearch, in the core library of the WAR)
    javac -d "$WORK/floor-classes" -cp "$api:$ROOT/zorgzame-core/target/classes" "$BENCH_DIR"/floor/src/be/zorgzame/bench/floor/*.java
    jar --create --file "$WORK/bench-floor.jar" -C "$WORK/floor-classes" .
    # the minimal WAR: the floor alone (start-up floor)
    cp "$WORK/bench-floor.jar" "$WORK/minimal/WEB-INF/lib/"
    jar --create --file "$WORK/floor.war" -C "$WORK/minimal" .
    # zorgzame with the floor inside, so the floor shares its instance, filters, security and connection pool
    cp "$ROOT/zorgzame-web/target/zorgzame.war" "$WORK/zorgzame.war"
    cp "$WORK/bench-floor.jar" "$WORK/app/WEB-INF/lib/"
    jar --update --file "$WORK/zorgzame.war" -C "$WORK/app" WEB-INF/lib/bench-floor.jar
    # the JDBC drivers the application ships, for the generator
    unzip -q -j -o "$ROOT/zorgzame-web/target/zorgzame.war" 'WEB-INF/lib/derby*.jar' 'WEB-INF/lib/postgresql-*.jar' -d "$WORK/lib"
}

fresh_database() {
    local size=$1
    if [[ "$DATABASE" == postgresql ]]; then
        drop_pg_database
        PG_DATABASE="zorgzame_bench_${size}_$$"
        createdb -h 127.0.0.1 -U postgres "$PG_DATABASE"
        DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DATABASE"
        DB_USER=postgres
        DB_PASSWORD=postgres
    else
        rm -rf "$WORK/derby-$size"
        DB_URL="jdbc:derby:$WORK/derby-$size;create=true"
        DB_USER=zorgzame
        DB_PASSWORD=zorgzame
    fi
}

# start_server <label> <ready-url> <ready-auth: yes|no> <war>...: starts Payara Micro, waits until ready-url
# answers 200, and sets STARTUP_SECONDS (launch to ready) and STARTUP_CPU (the CPU seconds the server used until
# ready: on a shared machine a steadier measure of its own start-up work than the wall-clock time).
start_server() {
    local label=$1 ready=$2 auth=$3
    shift 3
    local deploys=()
    for war in "$@"; do deploys+=(--deploy "$war"); done
    local started
    started=$(date +%s.%N)
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
    java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} \
        -Dzorgzame.datasource.url="$DB_URL" -Dzorgzame.datasource.user="$DB_USER" \
        -Dzorgzame.datasource.password="$DB_PASSWORD" -Dzorgzame.demo.enabled=true \
        -Dzorgzame.backup.schedule=off -Dzorgzame.backup.directory="$WORK/backups" \
        -jar "$ROOT/zorgzame-web/target/payara-micro.jar" --nohazelcast --port "$PORT" \
        --rootdir "$WORK/root-$label" \
        --prebootcommandfile "$ROOT/config/payara-micro/pre-boot-commands.asadmin" \
        "${deploys[@]}" >"$WORK/server-$label.log" 2>&1 &
    SERVER_PID=$!
    local headers=()
    [[ "$auth" == yes ]] && headers=(-H "$AUTH")
    for _ in $(seq 1 3000); do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server-$label.log" >&2; fail "server $label exited"; }
        if curl -fsS -o /dev/null "${headers[@]}" "$ready" 2>/dev/null; then
            STARTUP_SECONDS=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
            STARTUP_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$SERVER_PID/stat")
            log "server $label ready in ${STARTUP_SECONDS}s (${STARTUP_CPU} CPU seconds)"
            return
        fi
        sleep 0.1
    done
    tail -40 "$WORK/server-$label.log" >&2
    fail "server $label not ready within 300 s"
}

# measure <key> <connections> <script> <url>: a warm-up, then DURATION seconds; sets RPS/P50/P95/ERR[key].
declare -A RPS P50 P95 ERR STARTUP RSS_MIB
measure() {
    local key=$1 connections=$2 script=$3 url=$4 threads=2
    ((connections < 2)) && threads=1
    export BENCH_DIR
    wrk -t"$threads" -c"$connections" -d5s --timeout 30s -H "$AUTH" -s "$script" "$url" >/dev/null
    local line
    line=$(wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 30s -H "$AUTH" -s "$script" "$url" | grep '^RESULT')
    RPS[$key]=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
    P50[$key]=$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")
    P95[$key]=$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")
    ERR[$key]=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    log "$key: ${RPS[$key]} req/s, p50 ${P50[$key]} ms, p95 ${P95[$key]} ms, errors ${ERR[$key]}"
}

# sample <key> <count> <url>: sequential requests after one warm-up, timed by curl (for endpoints too slow for
# wrk's fixed duration to collect enough answers); sets P50/P95/ERR[key] and RPS[key] (1 / mean time).
sample() {
    local key=$1 count=$2 url=$3 times="$WORK/times-$1" errors=0
    curl -sS -o /dev/null -H "$AUTH" --max-time "${BENCH_SAMPLE_TIMEOUT:-60}" "$url" || true
    : >"$times"
    for _ in $(seq 1 "$count"); do
        local answer
        # a timeout still prints "000 <seconds>" and counts as an error
        answer=$(curl -sS -o /dev/null -H "$AUTH" --max-time "${BENCH_SAMPLE_TIMEOUT:-60}" -w '%{http_code} %{time_total}' "$url" 2>/dev/null || true)
        [[ ${answer%% *} == 200 ]] || errors=$((errors + 1))
        echo "${answer#* }" >>"$times"
    done
    read -r RPS[$key] P50[$key] P95[$key] < <(sort -n "$times" | awk '{ t[NR] = $1 * 1000; sum += $1 }
        END { p50 = t[int((NR + 1) * 0.5)]; i95 = int(NR * 0.95 + 0.999); printf "%.2f %.2f %.2f\n", NR / sum, p50, t[i95] }')
    ERR[$key]=$errors
    log "$key: $count sequential requests, p50 ${P50[$key]} ms, p95 ${P95[$key]} ms, errors $errors"
}

# timed_post <key> <file> <url> <expected>: one upload (CSV) as the administrator, timed by curl; sets SECONDS_OF[key]
# and ERR[key] (1 unless the answer is 200 and contains the expected text).
declare -A SECONDS_OF
timed_post() {
    local key=$1 file=$2 url=$3 expected=$4 answer
    answer=$(curl -sS -o "$WORK/report-$key.json" -H "$AUTH" -H 'Content-Type: text/csv' --max-time 600 \
        --data-binary "@$file" -w '%{http_code} %{time_total}' "$url" 2>/dev/null || true)
    SECONDS_OF[$key]=$(awk -v t="${answer#* }" 'BEGIN { printf "%.1f", t }')
    ERR[$key]=0
    [[ ${answer%% *} == 200 ]] && grep -qF "$expected" "$WORK/report-$key.json" || ERR[$key]=1
    log "$key: HTTP ${answer%% *} in ${SECONDS_OF[$key]} s ($(head -c 200 "$WORK/report-$key.json"))"
}

# log_in <n>: n sessions on the login page, as people log in (the form with its view state); one cookie a line
log_in() {
    local n=$1 jar page state
    : >"$WORK/cookies"
    for i in $(seq 1 "$n"); do
        jar="$WORK/jar-$i"
        page=$(curl -sS -c "$jar" -b "$jar" "$BASE/zorgzame/login.xhtml")
        state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed -E 's/.*value="([^"]*)"/\1/' | head -1)
        curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:next=" \
            --data-urlencode "login:username=admin" --data-urlencode "login:password=$PASSWORD" \
            --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/zorgzame/login.xhtml"
        # the session cookie (ZORGZAME_SESSION), the jar's last line; curl writes HttpOnly cookies as "#HttpOnly_host"
        awk '!/^# / && NF >= 7 { cookie = $6 "=" $7 } END { if (cookie != "") print cookie }' "$jar" >>"$WORK/cookies"
    done
    [[ $(grep -c . "$WORK/cookies") == "$n" ]] || fail "only $(grep -c . "$WORK/cookies") of $n logins gave a session"
}

total_of() { curl -fsS -H "$AUTH" "$1" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2; }

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
ensure_wrk
build

for size in "${SIZES[@]}"; do
    log "== dataset $size on $DATABASE"
    fresh_database "$size"
    log "first start: Flyway migrations and demo users"
    start_server "$size-migrate" "$BASE/health/ready" no "$WORK/zorgzame.war"
    stop_server
    log "loading the $size dataset"
    java -Xmx1g -cp "$WORK/lib/*" "$BENCH_DIR/generator/Generate.java" "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$size" >&2

    start_server "$size-minimal" "$BASE/floor/bench-floor/ping" no "$WORK/floor.war"
    STARTUP[$size-minimal]=$STARTUP_SECONDS
    STARTUP[$size-minimal-cpu]=$STARTUP_CPU
    stop_server
    start_server "$size-zorgzame" "$BASE/zorgzame/bench-floor/ping" yes "$WORK/zorgzame.war"
    STARTUP[$size-zorgzame]=$STARTUP_SECONDS
    STARTUP[$size-zorgzame-cpu]=$STARTUP_CPU
    curl -fsS -o /dev/null "$BASE/health/ready" || fail "zorgzame answers but is not ready"

    api_total=$(total_of "$BASE/zorgzame/api/organisations?q=zorg&size=20")
    jdbc_total=$(total_of "$BASE/zorgzame/bench-floor/organisations?q=zorg&size=20")
    log "same query, same answer? API total $api_total, JDBC total $jdbc_total (q=zorg)"
    [[ "$api_total" == "$jdbc_total" ]] || fail "the JDBC floor does not answer the API's query"

    measure "$size-ping" 16 "$BENCH_DIR/wrk/fixed.lua" "$BASE/zorgzame/bench-floor/ping"
    BENCH_PATH=/zorgzame/bench-floor/organisations measure "$size-jdbc" 16 "$BENCH_DIR/wrk/search.lua" "$BASE"
    # the dashboard before the API search: a search that overruns leaves work running on the server
    sample "$size-dashboard" "${BENCH_SAMPLES:-5}" "$BASE/zorgzame/api/checklist/regional"
    BENCH_PATH=/zorgzame/api/organisations measure "$size-search" 16 "$BENCH_DIR/wrk/search.lua" "$BASE"

    java "$BENCH_DIR/generator/ImportFiles.java" "$WORK/import" 10000 2000
    timed_post "$size-import-jdbc" "$WORK/import/organisations-floor.csv" "$BASE/zorgzame/bench-floor/organisation-import" '"rows":10000'
    timed_post "$size-import" "$WORK/import/organisations.csv" "$BASE/zorgzame/api/organisations/import?dryRun=false" '"applied":true'
    plan=$(curl -fsS -H "$AUTH" "$BASE/zorgzame/api/plans?municipality=11002" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    timed_post "$size-plan" "$WORK/import/plan.csv" "$BASE/zorgzame/api/plans/$plan/import?dryRun=false" '"applied":true'
    stop_server

    log "$SESSIONS logged-in sessions with -Xmx512m"
    HEAP=512m start_server "$size-sessions" "$BASE/zorgzame/bench-floor/ping" yes "$WORK/zorgzame.war"
    log_in "$SESSIONS"
    line=$(BENCH_COOKIES="$WORK/cookies" wrk -t2 -c"$SESSIONS" -d"${DURATION}s" --timeout 30s \
        -s "$BENCH_DIR/wrk/sessions.lua" "$BASE" | grep '^RESULT')
    RPS[$size-sessions]=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
    P95[$size-sessions]=$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")
    ERR[$size-sessions]=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    RSS_MIB[$size]=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
    log "$size-sessions: ${RPS[$size-sessions]} req/s, p95 ${P95[$size-sessions]} ms, errors ${ERR[$size-sessions]}, peak resident ${RSS_MIB[$size]} MiB"
    stop_server
done

# a missing or zero measurement never passes (wrk reports 0 when no request completed)
verdict() { awk -v v="$1" -v limit="$2" -v op="$3" -v zero="${4:-}" 'BEGIN { ok = (op == "<=") ? v <= limit : v >= limit;
    if (v == "" || (v + 0 == 0 && zero != "zero-ok")) ok = 0; print ok ? "PASS" : "FAIL" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }

echo
echo "Zorgzame Buurten benchmark: $DATABASE, $(nproc) cores, ${DURATION}s per measurement, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Load average at start: $LOAD_AT_START; at end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the cores)"
printf '| %-6s | %-44s | %-22s | %-26s | %-6s | %-9s | %-7s |\n' size measure value floor ratio target verdict
printf '|%s|\n' "--------|----------------------------------------------|------------------------|----------------------------|--------|-----------|---------"
row() { printf '| %-6s | %-44s | %-22s | %-26s | %-6s | %-9s | %-7s |\n' "$@"; }
for size in "${SIZES[@]}"; do
    r=$(ratio "${STARTUP[$size-zorgzame]}" "${STARTUP[$size-minimal]}")
    row "$size" "start-up to ready" "${STARTUP[$size-zorgzame]} s" "minimal WAR ${STARTUP[$size-minimal]} s" "$r" "<= 1.3x" "$(verdict "$r" 1.3 '<=')"
    r=$(ratio "${STARTUP[$size-zorgzame-cpu]}" "${STARTUP[$size-minimal-cpu]}")
    row "$size" "start-up to ready: CPU time" "${STARTUP[$size-zorgzame-cpu]} s" "minimal WAR ${STARTUP[$size-minimal-cpu]} s" "$r" "<= 1.3x" "$(verdict "$r" 1.3 '<=')"
    row "$size" "trivial endpoint, 16 connections" "${RPS[$size-ping]} req/s" "(the per-request floor)" "1.00" "" ""
    row "$size" "search, 16 conn.: p95" "${P95[$size-search]} ms" "JDBC p95 ${P95[$size-jdbc]} ms" "$(ratio "${P95[$size-search]}" "${P95[$size-jdbc]}")" "<= 20 ms" "$(verdict "${P95[$size-search]}" 20 '<=')"
    r=$(ratio "${RPS[$size-search]}" "${RPS[$size-ping]}")
    row "$size" "search, 16 conn.: throughput" "${RPS[$size-search]} req/s" "trivial ${RPS[$size-ping]} req/s" "$r" ">= 0.5x" "$(verdict "$r" 0.5 '>=')"
    r=$(ratio "${P50[$size-search]}" "${P50[$size-jdbc]}")
    row "$size" "search API vs plain JDBC: p50" "${P50[$size-search]} ms" "JDBC ${P50[$size-jdbc]} ms" "$r" "<= 3x" "$(verdict "$r" 3 '<=')"
    row "$size" "checklist dashboard, all municipalities: p95" "${P95[$size-dashboard]} ms" "trivial p95 ${P95[$size-ping]} ms" "$(ratio "${P95[$size-dashboard]}" "${P95[$size-ping]}")" "<= 150 ms" "$(verdict "${P95[$size-dashboard]}" 150 '<=')"
    row "$size" "import of 10,000 organisation rows" "${SECONDS_OF[$size-import]} s" "JDBC ${SECONDS_OF[$size-import-jdbc]} s" "$(ratio "${SECONDS_OF[$size-import]}" "${SECONDS_OF[$size-import-jdbc]}")" "<= 10 s" "$(verdict "${SECONDS_OF[$size-import]}" 10 '<=')"
    row "$size" "import of a 2,000-action plan" "${SECONDS_OF[$size-plan]} s" "" "" "<= 5 s" "$(verdict "${SECONDS_OF[$size-plan]}" 5 '<=')"
    row "$size" "$SESSIONS sessions, -Xmx512m: peak resident" "${RSS_MIB[$size]} MiB" "${RPS[$size-sessions]} req/s, p95 ${P95[$size-sessions]} ms" "" "<= 1024" "$(verdict "${RSS_MIB[$size]}" 1024 '<=')"
    row "$size" "$SESSIONS sessions: errors (non-200)" "${ERR[$size-sessions]}" "" "" "0" "$(verdict "${ERR[$size-sessions]}" 0 '<=' zero-ok)"
    errors=$((ERR[$size-ping] + ERR[$size-jdbc] + ERR[$size-search] + ERR[$size-dashboard] + ERR[$size-import-jdbc] + ERR[$size-import] + ERR[$size-plan]))
    row "$size" "errors (non-2xx, timeouts) in all runs" "$errors" "" "" "0" "$(verdict "$errors" 0 '<=' zero-ok)"
done
if [[ ${#SIZES[@]} == 2 ]]; then
    r=$(ratio "${P95[full-search]}" "${P95[small-search]}")
    row "growth" "search p95, small -> full" "${P95[full-search]} ms" "small ${P95[small-search]} ms" "$r" "<= 2x" "$(verdict "$r" 2 '<=')"
fi
