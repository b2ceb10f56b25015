/* Many clients from one thread: an echo server on non-blocking csock
 * sockets driven by epoll(7) (Linux) through csock_fileno().  The csock
 * calls never wait (setblocking(0)): "would block" is OSError EAGAIN,
 * and epoll says when to try again.  Where epoll is not available,
 * csock_wait() does the same over an array of sockets (load_client.c
 * uses it).
 *
 *   usage: epoll_server [PORT [HOST [NCLIENTS]]]
 *          (default 50007 on every interface; port 0 = any free port;
 *           NCLIENTS > 0: exit after that many clients have come and gone,
 *           printing how many bytes were echoed)
 *
 * Rules for csock sockets under epoll:
 *  - register csock_fileno(s); keep the csock pointer in epoll_data, and
 *    take the fd out of the epoll set (EPOLL_CTL_DEL) before
 *    csock_close(s): the close frees the object.
 *  - only non-blocking sockets (csock_setblocking(s, 0)), so a call
 *    made on a stale or spurious readiness fails with EAGAIN instead of
 *    waiting.  Accepted sockets follow getdefaulttimeout(), as in Python:
 *    set them non-blocking too.
 *  - level-triggered epoll (the default) is the simple choice: read once
 *    per event; a socket with more data is reported again.
 */
#include <csock/csock.h>

#include <stdio.h>

#ifndef __linux__
int main(void)
{
    fputs("epoll_server: epoll(7) is Linux-only; load_client.c shows the "
          "portable csock_wait()\n", stderr);
    return 2;
}
#else
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

/* One client: what it sent that could not be echoed yet. */
struct conn {
    csock *s;
    char *pending;
    size_t npending;
    size_t cap;
    int eof;        /* the client has closed its side: echo the rest, then drop */
};

static int fail(const char *what, const csock_error *e)
{
    fprintf(stderr, "%s: %s: %s\n", what, csock_error_kind_name(e->kind),
            e->message);
    return 1;
}

static int would_block(const csock_error *e)
{
    return e->kind == CSOCK_ERR_OS && (e->code == EAGAIN || e->code == EWOULDBLOCK);
}

/* Send what is pending; 0 done (or must wait for EPOLLOUT), -1 error. */
static int flush(struct conn *c, unsigned long long *echoed)
{
    csock_error err;
    while (c->npending > 0) {
        ssize_t n = csock_send(c->s, c->pending, c->npending, 0, &err);
        if (n < 0)
            return would_block(&err) ? 0 : -1;
        memmove(c->pending, c->pending + n, c->npending - (size_t)n);
        c->npending -= (size_t)n;
        *echoed += (unsigned long long)n;
    }
    return 0;
}

static void drop(int ep, struct conn *c)
{
    epoll_ctl(ep, EPOLL_CTL_DEL, csock_fileno(c->s), NULL);
    csock_close(c->s, NULL);
    free(c->pending);
    free(c);
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 50007;
    const char *host = argc > 2 ? argv[2] : "";
    long want = argc > 3 ? atol(argv[3]) : 0;
    csock_error err;

    csock *l = csock_create_server(host, port, AF_INET, 4096, 0, 0, &err);
    if (!l)
        return fail("create_server", &err);
    if (csock_setblocking(l, 0, &err) < 0)
        return fail("setblocking", &err);
    csock_addr a;
    csock_getsockname(l, &a, &err);
    char where[CSOCK_ADDR_TEXT_MAX];
    csock_addr_format(&a, where, sizeof where);
    printf("Listening on port %d (%s)\n", csock_addr_port(&a), where);
    fflush(stdout);

    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0) {
        perror("epoll_create1");
        return 1;
    }
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = NULL };
    epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(l), &ev); /* NULL = the listener */

    long open = 0, done = 0, peak = 0;
    unsigned long long echoed = 0;
    struct epoll_event evs[256];
    while (want == 0 || done < want) {
        int n = epoll_wait(ep, evs, 256, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            perror("epoll_wait");
            break;
        }
        for (int i = 0; i < n; i++) {
            struct conn *c = evs[i].data.ptr;
            if (c == NULL) {
                /* the listener: accept every pending connection */
                for (;;) {
                    csock *s = csock_accept(l, NULL, &err);
                    if (!s) {
                        if (!would_block(&err))
                            fail("accept", &err);
                        break;
                    }
                    c = calloc(1, sizeof *c);
                    if (!c || csock_setblocking(s, 0, &err) < 0) {
                        csock_close(s, NULL);
                        free(c);
                        continue;
                    }
                    c->s = s;
                    struct epoll_event ce = { .events = EPOLLIN, .data.ptr = c };
                    epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(s), &ce);
                    if (++open > peak)
                        peak = open;
                }
                continue;
            }
            if (evs[i].events & EPOLLOUT) {
                if (flush(c, &echoed) < 0 || (c->eof && c->npending == 0)) {
                    drop(ep, c), open--, done++;
                    continue;
                }
            }
            if (!c->eof && (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
                if (c->cap - c->npending < 4096) {
                    size_t cap = c->cap ? c->cap * 2 : 8192;
                    char *p = realloc(c->pending, cap);
                    if (!p) {
                        drop(ep, c), open--, done++;
                        continue;
                    }
                    c->pending = p;
                    c->cap = cap;
                }
                ssize_t r = csock_recv_into(c->s, c->pending + c->npending,
                                            c->cap - c->npending, 0, 0, &err);
                if (r < 0 && would_block(&err))
                    continue;
                if (r < 0) { /* a failed connection: drop it */
                    drop(ep, c), open--, done++;
                    continue;
                }
                if (r == 0) /* the client closed its side */
                    c->eof = 1;
                c->npending += (size_t)r;
                if (flush(c, &echoed) < 0 || (c->eof && c->npending == 0)) {
                    drop(ep, c), open--, done++;
                    continue;
                }
            }
            /* wait for EPOLLOUT only while something is pending, for input
             * only until the client's end of file */
            struct epoll_event ce = { .events = (c->eof ? 0u : (unsigned)EPOLLIN) |
                                                (c->npending ? (unsigned)EPOLLOUT : 0u),
                                      .data.ptr = c };
            epoll_ctl(ep, EPOLL_CTL_MOD, csock_fileno(c->s), &ce);
        }
    }
    printf("served %ld clients (at most %ld at once), echoed %llu bytes\n",
           done, peak, echoed);
    close(ep);
    csock_close(l, NULL);
    return 0;
}
#endif /* __linux__ */
