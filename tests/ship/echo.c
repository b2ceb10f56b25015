/* A program built against an installed csock (tests/ship/check.py): a
 * loopback echo in one thread.  A listener on 127.0.0.1 (ephemeral port), a
 * client connected to it (the kernel completes the handshake from the
 * backlog), the accepted side echoes what it reads, the client checks the
 * bytes.  Prints the versions and "echo ok N bytes"; exits 1 on any
 * difference or error. */
#include <csock/csock.h>

#include <stdio.h>
#include <string.h>

static int fail(const char *what, const csock_error *err)
{
    fprintf(stderr, "%s: %s: %s\n", what, csock_error_kind_name(err->kind), err->message);
    return 1;
}

int main(void)
{
    static const char msg[] = "csock installed \x00\x01\xff echo";
    const size_t len = sizeof msg - 1;
    char back[64];
    size_t got = 0;
    csock_error err;
    csock_addr bound;

    printf("csock_version() = %s, CSOCK_VERSION = %s (%d.%d.%d, 0x%06x)\n", csock_version(),
           CSOCK_VERSION, CSOCK_VERSION_MAJOR, CSOCK_VERSION_MINOR, CSOCK_VERSION_PATCH,
           (unsigned)CSOCK_VERSION_HEX);
    if (strcmp(csock_version(), CSOCK_VERSION) != 0) {
        fprintf(stderr, "library and header versions differ\n");
        return 1;
    }

    csock *srv = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
    if (!srv)
        return fail("socket", &err);
    csock_addr any = csock_addr_inet("127.0.0.1", 0);
    if (csock_bind(srv, &any, &err) < 0 || csock_listen(srv, 1, &err) < 0 ||
        csock_getsockname(srv, &bound, &err) < 0)
        return fail("bind/listen", &err);
    csock *cli = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
    if (!cli)
        return fail("socket", &err);
    double timeout = 10.0;
    if (csock_settimeout(cli, timeout, &err) < 0 || csock_connect(cli, &bound, &err) < 0)
        return fail("connect", &err);
    csock *conn = csock_accept(srv, NULL, &err);
    if (!conn)
        return fail("accept", &err);
    if (csock_settimeout(conn, timeout, &err) < 0 ||
        csock_sendall(cli, msg, len, 0, &err) < 0)
        return fail("send", &err);
    while (got < len) {  /* the server side echoes what arrives */
        char buf[64];
        ssize_t n = csock_recv_into(conn, buf, sizeof buf, 0, 0, &err);
        if (n <= 0)
            return n < 0 ? fail("server recv", &err) : 1;
        if (csock_sendall(conn, buf, (size_t)n, 0, &err) < 0)
            return fail("server send", &err);
        got += (size_t)n;
    }
    got = 0;
    while (got < len) {
        ssize_t n = csock_recv_into(cli, back + got, sizeof back - got, 0, 0, &err);
        if (n <= 0)
            return n < 0 ? fail("client recv", &err) : 1;
        got += (size_t)n;
    }
    if (got != len || memcmp(back, msg, len) != 0) {
        fprintf(stderr, "echoed bytes differ\n");
        return 1;
    }
    if (csock_close(conn, &err) < 0 || csock_close(cli, &err) < 0 || csock_close(srv, &err) < 0)
        return fail("close", &err);
    printf("echo ok %zu bytes\n", got);
    return 0;
}
