/* create_server: a dual-stack echo server in three lines of setup.
 * Listens on '::' accepting IPv4 and IPv6 where the platform supports
 * it (has_dualstack_ipv6), else on 0.0.0.0; serves one client, echoing
 * each line in upper case.
 *
 *   usage: server_create [PORT [HOST]]  (default 50007, every interface;
 *                                        port 0 = any free port)
 */
#include <csock/csock.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    long port = argc > 1 ? atol(argv[1]) : 50007;
    const char *host = argc > 2 ? argv[2] : NULL;
    csock_error err;
    csock *s;
    int ds = 0, v6 = 1;
    if (host) {                     /* one given address, no dual stack */
        v6 = strchr(host, ':') != NULL;
        s = csock_create_server(host, port, v6 ? AF_INET6 : AF_INET,
                                CSOCK_LISTEN_DEFAULT, 0, 0, &err);
    } else if ((ds = csock_has_dualstack_ipv6())) {
        s = csock_create_server("::", port, AF_INET6, CSOCK_LISTEN_DEFAULT, 0,
                                1, &err);
    } else {
        v6 = 0;
        s = csock_create_server("", port, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0,
                                &err);
    }
    if (!s) {
        fprintf(stderr, "%s: %s\n", csock_error_kind_name(err.kind),
                err.message);
        return 1;
    }
    csock_addr me;
    csock_getsockname(s, &me, &err);
    printf("Listening on port %d (%s)\n",
           v6 ? me.u.inet6.port : me.u.inet.port,
           ds ? "dual-stack IPv6" : v6 ? "IPv6" : "IPv4");
    fflush(stdout);
    csock *conn = csock_accept(s, NULL, &err);
    csock_close(s, NULL);
    if (!conn) {
        fprintf(stderr, "accept: %s\n", err.message);
        return 1;
    }
    /* makefile: read lines with stdio, as Python's conn.makefile('rwb'). */
    FILE *f = csock_makefile(conn, "rwb", -1, &err);
    csock_close(conn, NULL); /* the stream keeps the connection open */
    if (!f) {
        fprintf(stderr, "makefile: %s\n", err.message);
        return 1;
    }
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        for (char *p = line; *p; p++)
            *p = (char)toupper((unsigned char)*p);
        fputs(line, f);
        fflush(f);
    }
    fclose(f);
    printf("Client done\n");
    return 0;
}
