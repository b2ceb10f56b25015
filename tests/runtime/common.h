/* Helpers shared by the runtime Criterion suites. */
#ifndef CSOCK_TESTS_RUNTIME_COMMON_H
#define CSOCK_TESTS_RUNTIME_COMMON_H

#include "../common.h"
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>

/* The syscalls csock made while running stmt (csock_syscall_count). */
#define COUNT_OF(stmt)                                                       \
    ({                                                                       \
        uint64_t c0__ = csock_syscall_count();                               \
        stmt;                                                                \
        csock_syscall_count() - c0__;                                        \
    })

static inline int wait_readable(csock *s, int ms)
{
    struct pollfd p = { csock_fileno(s), POLLIN, 0 };
    return poll(&p, 1, ms);
}

/* Endpoint kinds of the matrix. */
enum ep_kind { EP_INET, EP_INET6, EP_UNIX_PATH, EP_UNIX_ABSTRACT, EP_PAIR };
enum mode { MODE_BLOCKING, MODE_NONBLOCKING, MODE_TIMEOUT };

static inline const char *ep_name(int k)
{
    static const char *n[] = { "inet", "inet6", "unix-path", "unix-abstract",
                               "socketpair" };
    return n[k];
}

static inline int ep_family(int k)
{
    return k == EP_INET ? AF_INET : k == EP_INET6 ? AF_INET6 : AF_UNIX;
}

/* Fresh temporary folder for AF_UNIX paths (removed by ep_cleanup). */
typedef struct ep_ctx {
    char dir[64];
    char path[2][128];
    int npaths;
} ep_ctx;

static inline csock_addr ep_addr(int k, ep_ctx *c, int which)
{
    static int counter;
    switch (k) {
    case EP_INET:
        return csock_addr_inet("127.0.0.1", 0);
    case EP_INET6:
        return csock_addr_inet6("::1", 0, 0, 0);
    case EP_UNIX_PATH:
        if (!c->dir[0]) {
            strcpy(c->dir, "/tmp/csock-rt-XXXXXX");
            cr_assert_not_null(mkdtemp(c->dir));
        }
        {
            char dir[64];
            memcpy(dir, c->dir, sizeof dir);
            snprintf(c->path[which & 1], sizeof c->path[0], "%s/s%d", dir,
                     which);
        }
        if (c->npaths <= which)
            c->npaths = which + 1;
        return csock_addr_unix(c->path[which]);
    default: {
        char name[64];
        int n = snprintf(name, sizeof name, "%ccsock-rt-%d-%d-%d", 0,
                         (int)getpid(), which, counter++);
        return csock_addr_unix_bytes(name, (size_t)n);
    }
    }
}

static inline void ep_cleanup(ep_ctx *c)
{
    for (int i = 0; i < c->npaths; i++)
        unlink(c->path[i]);
    if (c->dir[0])
        rmdir(c->dir);
    memset(c, 0, sizeof *c);
}

/* A connected pair of kind k and type (SOCK_STREAM / SOCK_DGRAM). */
static inline void make_pair(int k, int type, csock *p[2], ep_ctx *c)
{
    csock_error e;
    memset(c, 0, sizeof *c);
    if (k == EP_PAIR) {
        ASSERT_OK(csock_socketpair(0, type, 0, p, &e), e);
        return;
    }
    int fam = ep_family(k);
    if (type == SOCK_STREAM) {
        csock *l = csock_socket(fam, type, 0, &e);
        ASSERT_PTR(l, e);
        if (fam != AF_UNIX)
            ASSERT_OK(csock_setsockopt_int(l, SOL_SOCKET, SO_REUSEADDR, 1, &e), e);
        csock_addr a = ep_addr(k, c, 0);
        ASSERT_OK(csock_bind(l, &a, &e), e);
        ASSERT_OK(csock_listen(l, CSOCK_LISTEN_DEFAULT, &e), e);
        csock_addr bound;
        ASSERT_OK(csock_getsockname(l, &bound, &e), e);
        p[0] = csock_socket(fam, type, 0, &e);
        ASSERT_PTR(p[0], e);
        ASSERT_OK(csock_connect(p[0], &bound, &e), e);
        p[1] = csock_accept(l, NULL, &e);
        ASSERT_PTR(p[1], e);
        ASSERT_OK(csock_close(l, &e), e);
    } else {
        csock_addr b[2];
        for (int i = 0; i < 2; i++) {
            p[i] = csock_socket(fam, type, 0, &e);
            ASSERT_PTR(p[i], e);
            csock_addr a = ep_addr(k, c, i);
            ASSERT_OK(csock_bind(p[i], &a, &e), e);
            ASSERT_OK(csock_getsockname(p[i], &b[i], &e), e);
        }
        ASSERT_OK(csock_connect(p[0], &b[1], &e), e);
        ASSERT_OK(csock_connect(p[1], &b[0], &e), e);
    }
}

static inline void set_mode(csock *s, int mode)
{
    csock_error e;
    double t = 5.0;
    if (mode == MODE_BLOCKING)
        ASSERT_OK(csock_settimeout(s, CSOCK_TIMEOUT_NONE, &e), e);
    else if (mode == MODE_NONBLOCKING)
        ASSERT_OK(csock_setblocking(s, 0, &e), e);
    else
        ASSERT_OK(csock_settimeout(s, t, &e), e);
}


#endif
