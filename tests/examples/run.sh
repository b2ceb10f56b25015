#!/bin/sh
# Runs every example that can run here, on loopback only, and checks what
# it printed.  usage: tests/examples/run.sh BUILD_EXAMPLES_DIR [EMULATOR]
# (EMULATOR runs each program, e.g. qemu-s390x for a cross build.)
set -u
B=${1:-build/examples}
EMU=${2:-}
T=$(mktemp -d /tmp/csock-examples-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; shift; for f in "$@"; do sed 's/^/     | /' "$f"; done; }

# expect FILE PATTERN...: every grep -E pattern matches a line of FILE.
expect() {
    f=$1; shift
    for p in "$@"; do
        grep -Eq -- "$p" "$f" || { echo "     missing: $p"; return 1; }
    done
    return 0
}

# start_server NAME CMD...: run CMD in the background, wait for its
# "Listening on port N" line; sets PORT and SPID.
start_server() {
    name=$1; shift
    : >"$T/$name.out" # exists before the background job opens it
    "$@" >"$T/$name.out" 2>&1 &
    SPID=$!
    PORT=
    i=0
    while [ $i -lt 100 ]; do
        PORT=$(sed -n 's/^Listening on port \([0-9]*\).*/\1/p' "$T/$name.out")
        [ -n "$PORT" ] && return 0
        kill -0 $SPID 2>/dev/null || return 1
        sleep 0.05
        i=$((i + 1))
    done
    return 1
}

# wait_server: wait (up to ~10 s) for the server to exit; 0 if it exited 0.
wait_server() {
    i=0
    while kill -0 $SPID 2>/dev/null && [ $i -lt 200 ]; do
        sleep 0.05
        i=$((i + 1))
    done
    if kill -0 $SPID 2>/dev/null; then
        kill $SPID 2>/dev/null
        wait $SPID 2>/dev/null
        return 1
    fi
    wait $SPID
}

# 1. echo_demo: server and client in one program.
if timeout 30 $EMU "$B/echo_demo" >"$T/demo.out" 2>&1 &&
   expect "$T/demo.out" \
       "^server: listening on \('127\.0\.0\.1', [0-9]+\)$" \
       "^server: connection from \('127\.0\.0\.1', [0-9]+\)$" \
       "^client: received b'Hello, world' \(12 bytes\)$" \
       "^client: received b'csock speaks the socket module' \(30 bytes\)$" \
       "^server: client closed the connection after 45 bytes$" \
       "^done: 3 messages echoed$"; then
    ok echo_demo
else
    bad echo_demo "$T/demo.out"
fi

# 2. IPv4 echo server + client.
if start_server echo_server $EMU "$B/echo_server" 0 127.0.0.1 &&
   timeout 30 $EMU "$B/echo_client" 127.0.0.1 "$PORT" >"$T/client.out" 2>&1 &&
   wait_server &&
   expect "$T/client.out" "^Received b'Hello, world'$" &&
   expect "$T/echo_server.out" "^Connected by \('127\.0\.0\.1', [0-9]+\)$"; then
    ok "echo_server + echo_client (IPv4)"
else
    bad "echo_server + echo_client (IPv4)" "$T/echo_server.out" "$T/client.out"
    kill $SPID 2>/dev/null
fi

# 3. IPv4/IPv6-agnostic pair, once per loopback family.
for host in 127.0.0.1 ::1; do
    if start_server echo_server6 $EMU "$B/echo_server6" 0 "$host" &&
       timeout 30 $EMU "$B/echo_client6" "$host" "$PORT" >"$T/client6.out" 2>&1 &&
       wait_server &&
       expect "$T/client6.out" "^Received b'Hello, world'$" &&
       expect "$T/echo_server6.out" "^Connected by \('$host', [0-9]+"; then
        ok "echo_server6 + echo_client6 ($host)"
    else
        bad "echo_server6 + echo_client6 ($host)" "$T/echo_server6.out" "$T/client6.out"
        kill $SPID 2>/dev/null
    fi
done

# 4. create_server + create_connection (+ makefile on the server side),
#    once per loopback family.
for host in 127.0.0.1 ::1; do
    if start_server server_create $EMU "$B/server_create" 0 "$host" &&
       timeout 30 $EMU "$B/client_create" "$host" "$PORT" >"$T/cc.out" 2>&1 &&
       wait_server &&
       expect "$T/cc.out" "^Reply: HELLO$" "^Reply: CREATE_CONNECTION WORKS$" &&
       expect "$T/server_create.out" "^Client done$"; then
        ok "server_create + client_create ($host)"
    else
        bad "server_create + client_create ($host)" "$T/server_create.out" "$T/cc.out"
        kill $SPID 2>/dev/null
    fi
done

# 5. fd passing between two processes.
if timeout 30 $EMU "$B/fdpass" >"$T/fdpass.out" 2>&1 &&
   expect "$T/fdpass.out" \
       "^child: received b'here is a pipe' and a descriptor \(ok\)$" \
       "^parent: read from the pipe: 'hello from the child, through the passed descriptor'$" \
       "^parent: child exited with status 0$"; then
    ok fdpass
else
    bad fdpass "$T/fdpass.out"
fi

# 6. CAN raw: runs where the kernel has CAN and vcan0 exists; otherwise
#    it must say there is nothing to do and exit 0.
if timeout 30 $EMU "$B/can_raw" vcan0 0 >"$T/can.out" 2>&1 &&
   expect "$T/can.out" "^can_raw: (listening on vcan0|.*nothing to do)"; then
    ok "can_raw ($(head -n 1 "$T/can.out"))"
else
    bad can_raw "$T/can.out"
fi

# 7. An error's message, not only its status: nothing listens on port 1
#    of 127.0.0.1, so the client fails with the text Python prints: the
#    target's ECONNREFUSED and its C library's strerror, which
#    build/tests/errno_text (built for the target) prints.
if ! refused=$(timeout 30 $EMU "$B/../tests/errno_text" ECONNREFUSED) || [ -z "$refused" ]; then
    echo "$refused" >"$T/errno_text.out"
    bad "$B/../tests/errno_text ECONNREFUSED does not run" "$T/errno_text.out"
elif timeout 30 $EMU "$B/echo_client" 127.0.0.1 1 >"$T/refused.out" 2>&1; then
    bad "echo_client to a closed port must fail" "$T/refused.out"
elif grep -Fqx -- "OSError: $refused" "$T/refused.out"; then
    ok "echo_client 127.0.0.1 1: OSError: $refused"
else
    echo "     missing: OSError: $refused"
    bad "echo_client 127.0.0.1 1: the message" "$T/refused.out"
fi

# 8. Many clients from one thread, under load: epoll_server (epoll over
#    non-blocking csock sockets) against load_client (csock_wait over
#    1000 non-blocking sockets), 1000 concurrent loopback connections of
#    64 KiB each: every byte comes back unchanged, the server saw all 1000
#    open at once, both finish within the bound (about 0.5 s here; 1000
#    sockets per side fit the default limit of 1024 descriptors).
N=1000
if start_server epoll_server $EMU "$B/epoll_server" 0 127.0.0.1 $N &&
   timeout 120 $EMU "$B/load_client" 127.0.0.1 "$PORT" $N 65536 100 >"$T/load.out" 2>&1 &&
   wait_server &&
   expect "$T/load.out" "^clients: $N ok, 0 failed, $((N * 65536)) bytes echoed, at most $N open, " &&
   expect "$T/epoll_server.out" "^served $N clients \\(at most $N at once\\), echoed $((N * 65536)) bytes$"; then
    ok "epoll_server + load_client ($(cat "$T/load.out"))"
else
    bad "epoll_server + load_client ($N clients)" "$T/epoll_server.out" "$T/load.out"
    kill $SPID 2>/dev/null
fi

echo "examples: $pass passed, $fail failed"
[ $fail -eq 0 ]
