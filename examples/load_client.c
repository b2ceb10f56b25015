/* Many clients from one thread, the portable way: NCLIENTS non-blocking
 * csock connections driven by csock_wait() (an array of sockets and the
 * events each wants, one timeout).  Every client connects, sends NBYTES
 * of its own pattern, reads the echo back and checks every byte, then
 * closes.  Used with epoll_server to load-test it.
 *
 *   usage: load_client HOST PORT [NCLIENTS [NBYTES [TIMEOUT]]]
 *          (defaults 1000 clients, 4096 bytes each, 60 s in all)
 *   prints: "clients: N ok, 0 failed, B bytes echoed, at most C open, T s"
 *   exits 0 only if every client got every byte back, unchanged, in time.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime under -std=c11 */
#include <csock/csock.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct client {
    csock *s;
    size_t sent, got;
    int connected;
};

static unsigned char pattern(size_t client, size_t i)
{
    return (unsigned char)((client * 131 + i * 7) & 0xff);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int would_block(const csock_error *e)
{
    return e->kind == CSOCK_ERR_OS && (e->code == EAGAIN || e->code == EWOULDBLOCK);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: load_client HOST PORT [NCLIENTS [NBYTES [TIMEOUT]]]\n");
        return 2;
    }
    const char *host = argv[1];
    int port = atoi(argv[2]);
    size_t n = argc > 3 ? (size_t)atol(argv[3]) : 1000;
    size_t nbytes = argc > 4 ? (size_t)atol(argv[4]) : 4096;
    double limit = argc > 5 ? atof(argv[5]) : 60.0;
    csock_error err;

    struct client *c = calloc(n, sizeof *c);
    csock_wait_item *items = calloc(n, sizeof *items);
    unsigned char *buf = malloc(nbytes ? nbytes : 1);
    if (!c || !items || !buf) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    double t0 = now();
    csock_addr to = csock_addr_inet(host, port);
    size_t open = 0, peak = 0, ok = 0, failed = 0;
    unsigned long long echoed = 0;
    /* every connection starts at once: connect_ex on non-blocking sockets
     * says EINPROGRESS, and writability says the connect is done */
    for (size_t i = 0; i < n; i++) {
        c[i].s = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
        if (!c[i].s || csock_setblocking(c[i].s, 0, &err) < 0) {
            fprintf(stderr, "client %zu: socket: %s\n", i, err.message);
            return 1;
        }
        int r = csock_connect_ex(c[i].s, &to, &err);
        if (r != 0 && r != EINPROGRESS) {
            fprintf(stderr, "client %zu: connect: %s\n", i, strerror(r));
            return 1;
        }
        c[i].connected = r == 0;
        open++;
    }
    peak = open;
    while (open > 0) {
        double left = limit - (now() - t0);
        if (left <= 0) {
            fprintf(stderr, "timed out with %zu clients unfinished\n", open);
            break;
        }
        for (size_t i = 0; i < n; i++) {
            items[i].sock = c[i].s; /* NULL once done: ignored */
            items[i].events = (short)(!c[i].connected || c[i].sent < nbytes
                                          ? CSOCK_WAIT_WRITE : CSOCK_WAIT_READ);
        }
        int r = csock_wait(items, n, left, &err);
        if (r < 0) {
            fprintf(stderr, "csock_wait: %s\n", err.message);
            return 1;
        }
        for (size_t i = 0; i < n; i++) {
            struct client *k = &c[i];
            if (!items[i].revents || !k->s)
                continue;
            int done = 0, bad = 0;
            if (!k->connected) {
                int soerr = 0;
                csock_getsockopt_int(k->s, SOL_SOCKET, SO_ERROR, &soerr, &err);
                if (soerr) {
                    fprintf(stderr, "client %zu: connect: %s\n", i, strerror(soerr));
                    bad = 1;
                } else {
                    k->connected = 1;
                }
            } else if (k->sent < nbytes) {
                size_t m = nbytes - k->sent;
                for (size_t j = 0; j < m; j++)
                    buf[j] = pattern(i, k->sent + j);
                ssize_t s = csock_send(k->s, buf, m, 0, &err);
                if (s > 0)
                    k->sent += (size_t)s;
                else if (!would_block(&err)) {
                    fprintf(stderr, "client %zu: send: %s\n", i, err.message);
                    bad = 1;
                }
                if (k->sent == nbytes)
                    csock_shutdown(k->s, SHUT_WR, &err);
            } else {
                ssize_t g = csock_recv_into(k->s, buf, nbytes, 0, 0, &err);
                if (g > 0) {
                    for (ssize_t j = 0; j < g; j++)
                        if (buf[j] != pattern(i, k->got + (size_t)j)) {
                            fprintf(stderr, "client %zu: byte %zu differs\n", i,
                                    k->got + (size_t)j);
                            bad = 1;
                            break;
                        }
                    k->got += (size_t)g;
                    echoed += (unsigned long long)g;
                } else if (g == 0) { /* the server closed after the echo */
                    if (k->got == nbytes)
                        done = 1;
                    else {
                        fprintf(stderr, "client %zu: got %zu of %zu bytes\n", i, k->got, nbytes);
                        bad = 1;
                    }
                } else if (!would_block(&err)) {
                    fprintf(stderr, "client %zu: recv: %s\n", i, err.message);
                    bad = 1;
                }
            }
            if (done || bad) {
                csock_close(k->s, NULL);
                k->s = NULL;
                open--;
                if (done)
                    ok++;
                else
                    failed++;
            }
        }
    }
    printf("clients: %zu ok, %zu failed, %llu bytes echoed, at most %zu open, %.2f s\n",
           ok, failed + open, echoed, peak, now() - t0);
    for (size_t i = 0; i < n; i++)
        if (c[i].s)
            csock_close(c[i].s, NULL);
    free(c);
    free(items);
    free(buf);
    return ok == n ? 0 : 1;
}
