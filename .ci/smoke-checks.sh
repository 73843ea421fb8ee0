# The smoke checks every application-server smoke test runs once the EAR is deployed and ready:
# login (HTTP Basic and the login page), one read, one write, no server identity in the headers.
# Sourced by .ci/payara-server-smoke.sh and .ci/wildfly-smoke.sh after they defined BASE (the server's
# HTTP root), DERBY_DIR (the folder of the configured Derby database), log(), passed=0 and failed=0;
# counts the results in passed and failed.
check() { # name, then a command that succeeds when the check passes
    local name="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        log "PASS $name"
    else
        failed=$((failed + 1))
        log "FAIL $name"
    fi
}
TMP_BODY="$(mktemp)"
TMP_HEADERS="$(mktemp)"
http() { # method url [curl args...]: prints the status code, body in $TMP_BODY, headers in $TMP_HEADERS
    local method="$1" url="$2"
    shift 2
    curl -s --noproxy '*' --max-time 30 -X "$method" -o "$TMP_BODY" -D "$TMP_HEADERS" -w '%{http_code}' "$@" "$url" || echo 000
}
expect_status() { # expected actual
    if [ "$1" = "$2" ]; then return 0; fi
    log "  expected HTTP $1, got $2: $(head -c 500 "$TMP_BODY")"
    return 1
}

municipalities_as_admin() {
    local code
    code="$(http GET "$BASE/zorgzame/api/municipalities" -u "admin:$DEMO_PASSWORD" -H 'Accept: application/json')"
    expect_status 200 "$code" || return 1
    python3 - "$TMP_BODY" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
if not isinstance(data, list) or len(data) != 304:
    size = len(data) if isinstance(data, (list, dict)) else "-"
    print(f"  expected a JSON array of 304 municipalities, got a {type(data).__name__} of size {size}")
    sys.exit(1)
EOF
}
municipalities_unauthenticated() {
    expect_status 401 "$(http GET "$BASE/zorgzame/api/municipalities" -H 'Accept: application/json')"
}
create_neighbourhood() {
    expect_status 201 "$(http POST "$BASE/zorgzame/api/neighbourhoods" -u "gemeente:$DEMO_PASSWORD" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' \
        --data '{"name":"Smoke test","municipalityNisCode":"44021","status":"RUNNING"}')"
}
login_page() {
    # Accept-Language as a Dutch-speaking browser sends it; without it the server's default locale decides
    expect_status 200 "$(http GET "$BASE/zorgzame/login.xhtml" -H 'Accept-Language: nl-BE,nl;q=0.9')" || return 1
    if ! grep -q 'Aanmelden' "$TMP_BODY"; then
        log "  login page does not contain \"Aanmelden\""
        return 1
    fi
}
no_server_identity() {
    http GET "$BASE/zorgzame/login.xhtml" >/dev/null
    if grep -i -E '^(server|x-powered-by):' "$TMP_HEADERS"; then
        log "  the response names the server (header above)"
        return 1
    fi
}

configured_database_used() {
    if [ ! -f "$DERBY_DIR/derby/service.properties" ]; then
        log "  no Derby database in $DERBY_DIR/derby: the server did not use the configured zorgzame.datasource.url"
        return 1
    fi
}

check "the configured database ($DERBY_DIR/derby) is the one in use" configured_database_used
check "GET /zorgzame/api/municipalities as admin: 200, 304 municipalities" municipalities_as_admin
check "GET /zorgzame/api/municipalities without credentials: 401" municipalities_unauthenticated
check "POST /zorgzame/api/neighbourhoods as gemeente: 201" create_neighbourhood
check "GET /zorgzame/login.xhtml: 200, contains \"Aanmelden\"" login_page
check "no Server or X-Powered-By header" no_server_identity
rm -f "$TMP_BODY" "$TMP_HEADERS"

