/* csock benchmarks, C side: the `raw` (plain syscalls) and `csock` (the C
 * API) implementations of every case.
 *
 *   bench_c CASE FAMILY MODE IMPL OPS
 *
 * CASE: exchange pingpong bulk datagram datagram-batch connect getaddrinfo
 * FAMILY: unix tcp udp (getaddrinfo: any); MODE: blocking timeout;
 * IMPL: raw csock.  Prints one JSON object: ops, seconds, bytes (bulk),
 * and for csock the runtime's own syscall count over the timed part of
 * the measuring process (csock_syscall_count).
 *
 * `raw` is the simplest correct code: blocking mode makes the plain
 * call; timeout mode uses O_NONBLOCK fds, tries the call first and polls
 * only on EAGAIN (no deadline bookkeeping beyond the poll timeout). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"

#define TIMEOUT_S 5.0
#define TIMEOUT_MS 5000
#define BULK_CHUNK 65536
#define DGRAM_SIZE 64
#define WINDOW 64

static int g_timeout;  /* mode: 1 = timeout, 0 = blocking */
static int g_csock;    /* impl: 1 = csock, 0 = raw */

static void die(const char *what)
{
    fprintf(stderr, "bench_c: %s: %s\n", what, strerror(errno));
    exit(2);
}

static void die_cs(const char *what, const csock_error *e)
{
    fprintf(stderr, "bench_c: %s: %s: %s\n", what,
            csock_error_kind_name(e->kind), e->message);
    exit(2);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------------ */
/* raw: plain syscalls                                                 */
/* ------------------------------------------------------------------ */

static void raw_wait(int fd, short ev)
{
    struct pollfd p = { fd, ev, 0 };
    int r;
    while ((r = poll(&p, 1, TIMEOUT_MS)) < 0 && errno == EINTR)
        ;
    if (r < 0)
        die("poll");
    if (r == 0) {
        errno = ETIMEDOUT;
        die("poll timed out");
    }
}

static ssize_t raw_send(int fd, const void *b, size_t n)
{
    for (;;) {
        ssize_t r = send(fd, b, n, MSG_NOSIGNAL);
        if (r >= 0)
            return r;
        if (errno == EINTR)
            continue;
        if (g_timeout && errno == EAGAIN)
            raw_wait(fd, POLLOUT);
        else
            die("send");
    }
}

static void raw_sendall(int fd, const char *b, size_t n)
{
    while (n > 0) {
        ssize_t r = raw_send(fd, b, n);
        b += r;
        n -= (size_t)r;
    }
}

static ssize_t raw_recv(int fd, void *b, size_t n)
{
    for (;;) {
        ssize_t r = recv(fd, b, n, 0);
        if (r >= 0)
            return r;
        if (errno == EINTR)
            continue;
        if (g_timeout && errno == EAGAIN)
            raw_wait(fd, POLLIN);
        else
            die("recv");
    }
}

static void raw_mode(int fd)
{
    if (g_timeout) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
            die("fcntl");
    }
}

/* ------------------------------------------------------------------ */
/* csock: the C API                                                    */
/* ------------------------------------------------------------------ */

static csock *cs_wrap(int fd)
{
    csock_error e;
    csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
    if (!s)
        die_cs("csock_socket_fileno", &e);
    double t = TIMEOUT_S;
    if (csock_settimeout(s, g_timeout ? t : CSOCK_TIMEOUT_NONE, &e) < 0)
        die_cs("csock_settimeout", &e);
    return s;
}

static void cs_close(csock *s)
{
    csock_error e;
    if (csock_close(s, &e) < 0)
        die_cs("csock_close", &e);
}

/* ------------------------------------------------------------------ */
/* Endpoints (set up with plain calls: never timed)                    */
/* ------------------------------------------------------------------ */

static char g_dir[64];
static struct sockaddr_un g_unaddr;

static void cleanup(void)
{
    if (g_unaddr.sun_path[0])
        unlink(g_unaddr.sun_path);
    if (g_dir[0])
        rmdir(g_dir);
}

/* A listening socket for family "unix" (path in a temp dir) or "tcp"
 * (127.0.0.1, ephemeral port); addr and len get its address. */
static int listener(const char *fam, struct sockaddr_storage *addr,
                    socklen_t *len)
{
    int l;
    memset(addr, 0, sizeof *addr);
    if (!strcmp(fam, "unix")) {
        if (!g_dir[0]) {
            strcpy(g_dir, "/tmp/csock-bench-XXXXXX");
            if (!mkdtemp(g_dir))
                die("mkdtemp");
            atexit(cleanup);
        }
        g_unaddr.sun_family = AF_UNIX;
        snprintf(g_unaddr.sun_path, sizeof g_unaddr.sun_path, "%s/l", g_dir);
        unlink(g_unaddr.sun_path);
        l = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        memcpy(addr, &g_unaddr, sizeof g_unaddr);
        *len = sizeof g_unaddr;
    } else {
        struct sockaddr_in *in = (struct sockaddr_in *)addr;
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        *len = sizeof *in;
    }
    if (l < 0 || bind(l, (struct sockaddr *)addr, *len) < 0 ||
        listen(l, 128) < 0 || getsockname(l, (struct sockaddr *)addr, len) < 0)
        die("listener");
    return l;
}

/* A connected pair: unix stream or dgram (socketpair), tcp (with
 * TCP_NODELAY), udp (two sockets on 127.0.0.1 connected to each other). */
static void make_pair(const char *fam, int dgram, int fd[2])
{
    if (!strcmp(fam, "unix")) {
        if (socketpair(AF_UNIX, (dgram ? SOCK_DGRAM : SOCK_STREAM) |
                                    SOCK_CLOEXEC, 0, fd) < 0)
            die("socketpair");
        return;
    }
    if (!strcmp(fam, "tcp")) {
        struct sockaddr_storage a;
        socklen_t len;
        int l = listener("tcp", &a, &len);
        fd[0] = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd[0] < 0 || connect(fd[0], (struct sockaddr *)&a, len) < 0)
            die("connect");
        fd[1] = accept4(l, NULL, NULL, SOCK_CLOEXEC);
        if (fd[1] < 0)
            die("accept");
        close(l);
        int one = 1;
        setsockopt(fd[0], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        setsockopt(fd[1], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return;
    }
    struct sockaddr_in a[2];
    for (int i = 0; i < 2; i++) {
        socklen_t len = sizeof a[i];
        memset(&a[i], 0, sizeof a[i]);
        a[i].sin_family = AF_INET;
        a[i].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        fd[i] = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd[i] < 0 || bind(fd[i], (struct sockaddr *)&a[i], sizeof a[i]) < 0 ||
            getsockname(fd[i], (struct sockaddr *)&a[i], &len) < 0)
            die("udp socket");
    }
    if (connect(fd[0], (struct sockaddr *)&a[1], sizeof a[1]) < 0 ||
        connect(fd[1], (struct sockaddr *)&a[0], sizeof a[0]) < 0)
        die("udp connect");
}

/* ------------------------------------------------------------------ */
/* Cases                                                               */
/* ------------------------------------------------------------------ */

struct result {
    double seconds;
    double bytes;
    long long rt_syscalls; /* csock: runtime count over the timed part */
};

#define CS_CHECK(call, what)                                                 \
    do {                                                                     \
        if ((call) < 0)                                                      \
            die_cs(what, &e);                                                \
    } while (0)

static void case_exchange(const char *fam, long ops, struct result *res)
{
    int fd[2];
    char b = 'x';
    make_pair(fam, !strcmp(fam, "udp"), fd);
    if (!g_csock) {
        raw_mode(fd[0]);
        raw_mode(fd[1]);
        double t0 = now();
        for (long i = 0; i < ops; i++) {
            raw_send(fd[0], &b, 1);
            if (raw_recv(fd[1], &b, 1) != 1)
                die("short exchange");
            raw_send(fd[1], &b, 1);
            if (raw_recv(fd[0], &b, 1) != 1)
                die("short exchange");
        }
        res->seconds = now() - t0;
        close(fd[0]);
        close(fd[1]);
        return;
    }
    csock_error e;
    csock *a = cs_wrap(fd[0]), *c = cs_wrap(fd[1]);
    uint64_t c0 = csock_syscall_count();
    double t0 = now();
    for (long i = 0; i < ops; i++) {
        CS_CHECK(csock_send(a, &b, 1, 0, &e), "send");
        if (csock_recv_into(c, &b, 1, 0, 0, &e) != 1)
            die_cs("recv_into", &e);
        CS_CHECK(csock_send(c, &b, 1, 0, &e), "send");
        if (csock_recv_into(a, &b, 1, 0, 0, &e) != 1)
            die_cs("recv_into", &e);
    }
    res->seconds = now() - t0;
    res->rt_syscalls = (long long)(csock_syscall_count() - c0);
    cs_close(a);
    cs_close(c);
}

/* The child of pingpong: echo single bytes until EOF or 'q'. */
static void pingpong_child(int fd)
{
    char b;
    if (!g_csock) {
        raw_mode(fd);
        for (;;) {
            if (raw_recv(fd, &b, 1) != 1 || b == 'q')
                _exit(0);
            raw_send(fd, &b, 1);
        }
    }
    csock_error e;
    csock *s = cs_wrap(fd);
    for (;;) {
        ssize_t n = csock_recv_into(s, &b, 1, 0, 0, &e);
        if (n < 0)
            die_cs("child recv_into", &e);
        if (n != 1 || b == 'q')
            _exit(0);
        CS_CHECK(csock_send(s, &b, 1, 0, &e), "child send");
    }
}

static void reap(pid_t pid)
{
    int st;
    if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        fprintf(stderr, "bench_c: child failed\n");
        exit(2);
    }
}

static void case_pingpong(const char *fam, long ops, struct result *res)
{
    int fd[2];
    char b = 'x';
    make_pair(fam, !strcmp(fam, "udp"), fd);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        close(fd[0]);
        pingpong_child(fd[1]);
    }
    close(fd[1]);
    if (!g_csock) {
        raw_mode(fd[0]);
        double t0 = now();
        for (long i = 0; i < ops; i++) {
            raw_send(fd[0], &b, 1);
            if (raw_recv(fd[0], &b, 1) != 1)
                die("short pingpong");
        }
        res->seconds = now() - t0;
        b = 'q';
        raw_send(fd[0], &b, 1);
        close(fd[0]);
    } else {
        csock_error e;
        csock *s = cs_wrap(fd[0]);
        uint64_t c0 = csock_syscall_count();
        double t0 = now();
        for (long i = 0; i < ops; i++) {
            CS_CHECK(csock_send(s, &b, 1, 0, &e), "send");
            if (csock_recv_into(s, &b, 1, 0, 0, &e) != 1)
                die_cs("recv_into", &e);
        }
        res->seconds = now() - t0;
        res->rt_syscalls = (long long)(csock_syscall_count() - c0);
        b = 'q';
        CS_CHECK(csock_send(s, &b, 1, 0, &e), "send");
        cs_close(s);
    }
    reap(pid);
}

static void case_bulk(const char *fam, long ops, struct result *res)
{
    int fd[2];
    static char buf[BULK_CHUNK];
    long long total = (long long)ops * BULK_CHUNK, got = 0;
    make_pair(fam, 0, fd);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        close(fd[0]);
        memset(buf, 'b', sizeof buf);
        if (!g_csock) {
            raw_mode(fd[1]);
            for (long i = 0; i < ops; i++)
                raw_sendall(fd[1], buf, sizeof buf);
            close(fd[1]);
        } else {
            csock_error e;
            csock *s = cs_wrap(fd[1]);
            for (long i = 0; i < ops; i++)
                CS_CHECK(csock_sendall(s, buf, sizeof buf, 0, &e), "sendall");
            cs_close(s);
        }
        _exit(0);
    }
    close(fd[1]);
    if (!g_csock) {
        raw_mode(fd[0]);
        double t0 = now();
        while (got < total) {
            ssize_t n = raw_recv(fd[0], buf, sizeof buf);
            if (n == 0)
                die("early EOF");
            got += n;
        }
        res->seconds = now() - t0;
        close(fd[0]);
    } else {
        csock_error e;
        csock *s = cs_wrap(fd[0]);
        uint64_t c0 = csock_syscall_count();
        double t0 = now();
        while (got < total) {
            ssize_t n = csock_recv_into(s, buf, sizeof buf, 0, 0, &e);
            if (n <= 0)
                die_cs("recv_into", &e);
            got += n;
        }
        res->seconds = now() - t0;
        res->rt_syscalls = (long long)(csock_syscall_count() - c0);
        cs_close(s);
    }
    res->bytes = (double)total;
    reap(pid);
}

/* ops datagrams, in windows of WINDOW: send them all on A, receive them
 * all on B (one thread: per-call cost, no wake-ups, no loss). */
static void case_datagram(const char *fam, long ops, int batch,
                          struct result *res)
{
    int fd[2];
    static char out[WINDOW][DGRAM_SIZE], in[WINDOW][DGRAM_SIZE];
    make_pair(fam, 1, fd);
    memset(out, 'd', sizeof out);
    if (ops % WINDOW)
        ops += WINDOW - ops % WINDOW;
    long windows = ops / WINDOW;
    if (!g_csock) {
        raw_mode(fd[0]);
        raw_mode(fd[1]);
        struct mmsghdr sv[WINDOW], rv[WINDOW];
        struct iovec siov[WINDOW], riov[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            siov[i] = (struct iovec){ out[i], DGRAM_SIZE };
            riov[i] = (struct iovec){ in[i], DGRAM_SIZE };
            memset(&sv[i], 0, sizeof sv[i]);
            memset(&rv[i], 0, sizeof rv[i]);
            sv[i].msg_hdr.msg_iov = &siov[i];
            sv[i].msg_hdr.msg_iovlen = 1;
            rv[i].msg_hdr.msg_iov = &riov[i];
            rv[i].msg_hdr.msg_iovlen = 1;
        }
        double t0 = now();
        for (long w = 0; w < windows; w++) {
            if (!batch) {
                for (int i = 0; i < WINDOW; i++)
                    raw_send(fd[0], out[i], DGRAM_SIZE);
                for (int i = 0; i < WINDOW; i++)
                    if (raw_recv(fd[1], in[i], DGRAM_SIZE) != DGRAM_SIZE)
                        die("short datagram");
                continue;
            }
            for (int done = 0; done < WINDOW;) {
                int r = sendmmsg(fd[0], sv + done, (unsigned)(WINDOW - done), 0);
                if (r > 0)
                    done += r;
                else if (r < 0 && errno == EAGAIN && g_timeout)
                    raw_wait(fd[0], POLLOUT);
                else if (r < 0 && errno != EINTR)
                    die("sendmmsg");
            }
            for (int done = 0; done < WINDOW;) {
                int r = recvmmsg(fd[1], rv + done, (unsigned)(WINDOW - done),
                                 MSG_WAITFORONE, NULL);
                if (r > 0)
                    done += r;
                else if (r < 0 && errno == EAGAIN && g_timeout)
                    raw_wait(fd[1], POLLIN);
                else if (r < 0 && errno != EINTR)
                    die("recvmmsg");
            }
        }
        res->seconds = now() - t0;
        close(fd[0]);
        close(fd[1]);
        return;
    }
    csock_error e;
    csock *a = cs_wrap(fd[0]), *c = cs_wrap(fd[1]);
    csock_mmsg sm[WINDOW], rm[WINDOW];
    for (int i = 0; i < WINDOW; i++) {
        sm[i] = (csock_mmsg){ out[i], DGRAM_SIZE, NULL, 0, 0 };
        rm[i] = (csock_mmsg){ in[i], DGRAM_SIZE, NULL, 0, 0 };
    }
    uint64_t c0 = csock_syscall_count();
    double t0 = now();
    for (long w = 0; w < windows; w++) {
        if (!batch) {
            for (int i = 0; i < WINDOW; i++)
                CS_CHECK(csock_send(a, out[i], DGRAM_SIZE, 0, &e), "send");
            for (int i = 0; i < WINDOW; i++)
                if (csock_recv_into(c, in[i], DGRAM_SIZE, 0, 0, &e) !=
                    DGRAM_SIZE)
                    die_cs("recv_into", &e);
            continue;
        }
        for (size_t done = 0; done < WINDOW;) {
            ssize_t r = csock_sendmmsg(a, sm + done, WINDOW - done, 0, &e);
            CS_CHECK(r, "sendmmsg");
            done += (size_t)r;
        }
        for (size_t done = 0; done < WINDOW;) {
            ssize_t r = csock_recvmmsg(c, rm + done, WINDOW - done, 0, &e);
            CS_CHECK(r, "recvmmsg");
            done += (size_t)r;
        }
    }
    res->seconds = now() - t0;
    res->rt_syscalls = (long long)(csock_syscall_count() - c0);
    cs_close(a);
    cs_close(c);
}

static void case_connect(const char *fam, long ops, struct result *res)
{
    struct sockaddr_storage addr;
    socklen_t alen;
    int l = listener(fam, &addr, &alen);
    int af = addr.ss_family;
    if (!g_csock) {
        raw_mode(l);
        int nb = g_timeout ? SOCK_NONBLOCK : 0;
        double t0 = now();
        for (long i = 0; i < ops; i++) {
            int c = socket(af, SOCK_STREAM | SOCK_CLOEXEC | nb, 0);
            if (c < 0)
                die("socket");
            if (connect(c, (struct sockaddr *)&addr, alen) < 0) {
                if (!g_timeout || errno != EINPROGRESS)
                    die("connect");
                raw_wait(c, POLLOUT);
                int soerr = 0;
                socklen_t sl = sizeof soerr;
                if (getsockopt(c, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0 ||
                    soerr) {
                    errno = soerr;
                    die("connect (SO_ERROR)");
                }
            }
            int s;
            while ((s = accept4(l, NULL, NULL, SOCK_CLOEXEC)) < 0) {
                if (g_timeout && errno == EAGAIN)
                    raw_wait(l, POLLIN);
                else if (errno != EINTR)
                    die("accept");
            }
            close(s);
            close(c);
        }
        res->seconds = now() - t0;
        close(l);
        return;
    }
    csock_error e;
    csock *ls = cs_wrap(l);
    csock_addr ca;
    CS_CHECK(csock_getsockname(ls, &ca, &e), "getsockname");
    double t = TIMEOUT_S;
    /* New sockets (and accepted ones) take the mode from the default. */
    CS_CHECK(csock_setdefaulttimeout(g_timeout ? t : CSOCK_TIMEOUT_NONE, &e),
             "setdefaulttimeout");
    uint64_t c0 = csock_syscall_count();
    double t0 = now();
    for (long i = 0; i < ops; i++) {
        csock *c = csock_socket(af, SOCK_STREAM, 0, &e);
        if (!c)
            die_cs("socket", &e);
        CS_CHECK(csock_connect(c, &ca, &e), "connect");
        csock *s = csock_accept(ls, NULL, &e);
        if (!s)
            die_cs("accept", &e);
        cs_close(s);
        cs_close(c);
    }
    res->seconds = now() - t0;
    res->rt_syscalls = (long long)(csock_syscall_count() - c0);
    cs_close(ls);
}

static void case_getaddrinfo(long ops, struct result *res)
{
    if (!g_csock) {
        double t0 = now();
        for (long i = 0; i < ops; i++) {
            /* Python's call: zeroed hints (family 0, type 0, flags 0),
             * not NULL (which means AI_V4MAPPED|AI_ADDRCONFIG). */
            struct addrinfo hints, *ai;
            memset(&hints, 0, sizeof hints);
            int r = getaddrinfo("localhost", "80", &hints, &ai);
            if (r != 0) {
                fprintf(stderr, "bench_c: getaddrinfo: %s\n", gai_strerror(r));
                exit(2);
            }
            freeaddrinfo(ai);
        }
        res->seconds = now() - t0;
        return;
    }
    csock_error e;
    uint64_t c0 = csock_syscall_count();
    double t0 = now();
    for (long i = 0; i < ops; i++) {
        size_t n;
        csock_addrinfo *ai =
            csock_getaddrinfo_port("localhost", 80, 0, 0, 0, 0, &n, &e);
        if (!ai)
            die_cs("getaddrinfo", &e);
        csock_addrinfo_free(ai);
    }
    res->seconds = now() - t0;
    res->rt_syscalls = (long long)(csock_syscall_count() - c0);
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: bench_c CASE FAMILY MODE IMPL OPS\n");
        return 2;
    }
    const char *cas = argv[1], *fam = argv[2], *mode = argv[3],
               *impl = argv[4];
    long ops = strtol(argv[5], NULL, 10);
    if (ops <= 0 || (strcmp(mode, "blocking") && strcmp(mode, "timeout")) ||
        (strcmp(impl, "raw") && strcmp(impl, "csock"))) {
        fprintf(stderr, "bench_c: bad arguments\n");
        return 2;
    }
    g_timeout = !strcmp(mode, "timeout");
    g_csock = !strcmp(impl, "csock");
    signal(SIGPIPE, SIG_IGN);
    struct result res = { 0, 0, -1 };
    if (!strcmp(cas, "exchange"))
        case_exchange(fam, ops, &res);
    else if (!strcmp(cas, "pingpong"))
        case_pingpong(fam, ops, &res);
    else if (!strcmp(cas, "bulk"))
        case_bulk(fam, ops, &res);
    else if (!strcmp(cas, "datagram"))
        case_datagram(fam, ops, 0, &res);
    else if (!strcmp(cas, "datagram-batch"))
        case_datagram(fam, ops, 1, &res);
    else if (!strcmp(cas, "connect"))
        case_connect(fam, ops, &res);
    else if (!strcmp(cas, "getaddrinfo"))
        case_getaddrinfo(ops, &res);
    else {
        fprintf(stderr, "bench_c: unknown case %s\n", cas);
        return 2;
    }
    if (!strcmp(cas, "datagram") || !strcmp(cas, "datagram-batch"))
        if (ops % WINDOW)
            ops += WINDOW - ops % WINDOW;
    printf("{\"ops\": %ld, \"seconds\": %.9f, \"bytes\": %.0f, "
           "\"rt_syscalls\": %lld}\n",
           ops, res.seconds, res.bytes, res.rt_syscalls);
    return 0;
}
