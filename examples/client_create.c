/* create_connection: connect to (host, port) trying every address,
 * 5 s per attempt; send two lines and print the replies.
 *
 *   usage: client_create [HOST [PORT]]   (default localhost 50007)
 */
#include <csock/csock.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : "localhost";
    long port = argc > 2 ? atol(argv[2]) : 50007;
    csock_error err;
    memset(&err, 0, sizeof err);
    csock *s = csock_create_connection(host, port, 5.0, NULL, 0, &err);
    if (!s) {
        fprintf(stderr, "%s: %s\n", csock_error_kind_name(err.kind),
                err.message);
        return 1;
    }
    const char *lines[] = { "hello\n", "create_connection works\n" };
    int status = 0;
    for (int i = 0; i < 2 && status == 0; i++) {
        if (csock_sendall(s, lines[i], strlen(lines[i]), 0, &err) < 0) {
            status = 1;
            break;
        }
        /* read the whole reply line */
        char buf[256];
        size_t got = 0;
        while (got == 0 || buf[got - 1] != '\n') {
            ssize_t r = csock_recv_into(s, buf + got, sizeof buf - 1 - got,
                                        0, 0, &err);
            if (r <= 0 || got + (size_t)r >= sizeof buf - 1) {
                status = 1;
                break;
            }
            got += (size_t)r;
        }
        buf[got] = '\0';
        if (status == 0)
            printf("Reply: %s", buf);
    }
    if (status)
        fprintf(stderr, "%s: %s\n", csock_error_kind_name(err.kind),
                err.message);
    csock_close(s, NULL);
    return status;
}
