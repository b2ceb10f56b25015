/* Echo server program, IPv4/IPv6-agnostic (the reference's third
 * example): listen on the first address getaddrinfo(None, PORT,
 * AF_UNSPEC, SOCK_STREAM, 0, AI_PASSIVE) gives that works.
 *
 *   usage: echo_server6 [PORT [HOST]]   (default 50007, all interfaces)
 */
#define _POSIX_C_SOURCE 200809L /* AI_PASSIVE under -std=c11 */
#include <csock/csock.h>

#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long port = argc > 1 ? atol(argv[1]) : 50007;
    const char *host = argc > 2 ? argv[2] : NULL; /* NULL: all interfaces */
    csock_error err;
    size_t n = 0;
    csock_addrinfo *res = csock_getaddrinfo_port(host, port, AF_UNSPEC,
                                                 SOCK_STREAM, 0, AI_PASSIVE,
                                                 &n, &err);
    if (!res) {
        fprintf(stderr, "%s: %s\n", csock_error_kind_name(err.kind),
                err.message);
        return 1;
    }
    csock *s = NULL;
    for (size_t i = 0; i < n; i++) {
        s = csock_socket(res[i].family, res[i].type, res[i].proto, &err);
        if (!s)
            continue;
        csock_setsockopt_int(s, SOL_SOCKET, SO_REUSEADDR, 1, &err);
        if (csock_bind(s, &res[i].addr, &err) < 0 ||
            csock_listen(s, 1, &err) < 0) {
            csock_close(s, NULL);
            s = NULL;
            continue;
        }
        break;
    }
    csock_addrinfo_free(res);
    if (!s) {
        printf("could not open socket\n");
        return 1;
    }
    csock_addr me;
    csock_getsockname(s, &me, &err);
    printf("Listening on port %d (%s)\n",
           me.family == AF_INET6 ? me.u.inet6.port : me.u.inet.port,
           me.family == AF_INET6 ? "IPv6" : "IPv4");
    fflush(stdout);

    csock_addr peer;
    csock *conn = csock_accept(s, &peer, &err);
    if (!conn) {
        fprintf(stderr, "accept: %s\n", err.message);
        csock_close(s, NULL);
        return 1;
    }
    if (peer.family == AF_INET6)
        printf("Connected by ('%s', %d, %u, %u)\n", peer.u.inet6.host,
               peer.u.inet6.port, (unsigned)peer.u.inet6.flowinfo,
               (unsigned)peer.u.inet6.scope_id);
    else
        printf("Connected by ('%s', %d)\n", peer.u.inet.host, peer.u.inet.port);
    fflush(stdout);
    for (;;) {
        char buf[1024];
        ssize_t r = csock_recv_into(conn, buf, sizeof buf, 0, 0, &err);
        if (r <= 0)
            break;
        if (csock_send(conn, buf, (size_t)r, 0, &err) < 0)
            break;
    }
    csock_close(conn, NULL);
    csock_close(s, NULL);
    return 0;
}
