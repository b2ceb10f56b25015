/* Echo server program (IPv4), the reference document's first example:
 * socket(), bind(), listen(), accept(), then echo until the client
 * closes.  Serves one client.
 *
 *   usage: echo_server [PORT [HOST]]  (default 50007 on every interface;
 *                                      port 0 = any free port)
 */
#include <csock/csock.h>

#include <stdio.h>
#include <stdlib.h>

static int fail(const char *what, const csock_error *e)
{
    fprintf(stderr, "%s: %s: %s\n", what, csock_error_kind_name(e->kind),
            e->message);
    return 1;
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 50007;
    /* '' is the symbolic name meaning all available interfaces */
    const char *host = argc > 2 ? argv[2] : "";
    csock_error err;

    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
    if (!s)
        return fail("socket", &err);
    /* Restarting at once would hit TIME_WAIT's "Address already in use". */
    csock_setsockopt_int(s, SOL_SOCKET, SO_REUSEADDR, 1, &err);
    csock_addr a = csock_addr_inet(host, port);
    if (csock_bind(s, &a, &err) < 0 || csock_listen(s, 1, &err) < 0) {
        csock_close(s, NULL);
        return fail("bind/listen", &err);
    }
    csock_getsockname(s, &a, &err);
    printf("Listening on port %d\n", a.u.inet.port);
    fflush(stdout);

    csock_addr peer;
    csock *conn = csock_accept(s, &peer, &err);
    if (!conn) {
        csock_close(s, NULL);
        return fail("accept", &err);
    }
    printf("Connected by ('%s', %d)\n", peer.u.inet.host, peer.u.inet.port);
    fflush(stdout);
    for (;;) {
        size_t n;
        char *data = csock_recv(conn, 1024, 0, &n, &err);
        if (!data) {
            fail("recv", &err);
            break;
        }
        if (n == 0) {                    /* if not data: break */
            csock_buffer_free(data);
            break;
        }
        int r = csock_sendall(conn, data, n, 0, &err);
        csock_buffer_free(data);
        if (r < 0) {
            fail("sendall", &err);
            break;
        }
    }
    csock_close(conn, NULL);
    csock_close(s, NULL);
    return 0;
}
