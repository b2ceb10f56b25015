/* Echo client program, IPv4/IPv6-agnostic (the reference's fourth
 * example): try every address getaddrinfo gives, use the first that
 * connects.
 *
 *   usage: echo_client6 [HOST [PORT]]   (default localhost 50007)
 */
#include <csock/csock.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : "localhost";
    long port = argc > 2 ? atol(argv[2]) : 50007;
    csock_error err;
    size_t n = 0;
    csock_addrinfo *res = csock_getaddrinfo_port(host, port, AF_UNSPEC,
                                                 SOCK_STREAM, 0, 0, &n, &err);
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
        if (csock_connect(s, &res[i].addr, &err) < 0) {
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
    if (csock_sendall(s, "Hello, world", 12, 0, &err) < 0) {
        fprintf(stderr, "sendall: %s\n", err.message);
        csock_close(s, NULL);
        return 1;
    }
    char buf[1024];
    ssize_t r = csock_recv_into(s, buf, sizeof buf, 0, 0, &err);
    csock_close(s, NULL);
    if (r < 0) {
        fprintf(stderr, "recv: %s\n", err.message);
        return 1;
    }
    printf("Received b'%.*s'\n", (int)r, buf);
    return 0;
}
