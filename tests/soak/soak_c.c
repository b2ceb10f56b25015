/* Soak: N concurrent TCP connections on 127.0.0.1 through the C API.
 *
 *   soak_c [N]      (default 10000)
 *
 * The server end runs in a forked child (each process then needs about N
 * fds, within the 20000 limit): a non-blocking listener and timeout-mode
 * connections driven by epoll.  The client (this process) opens N
 * non-blocking connections (csock_connect_ex + epoll), waits until the
 * server holds all N at once, then switches each to timeout mode, sends a
 * checksummed message of 64..2047 bytes with csock_sendall and reads the
 * echo with csock_recv_into as epoll reports it, and only after every
 * echo arrived closes them all.  Checks: every connection made and held
 * at once, 0 lost, 0 corrupt (the server verifies each checksum, the
 * client compares every echoed byte), the server sees N clean ends of
 * file, and both processes' fd counts are back to where they started.
 * Prints the time taken; the last line is `soak_c: N passed, N failed`
 * counting those checks. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"

#define MSG_MIN 64
#define MSG_SPAN 1984 /* payload 64..2047 bytes */
#define MSG_MAX (sizeof(struct hdr) + MSG_MIN + MSG_SPAN + 4)
#define IN_FLIGHT 512 /* connects pending at once */
#define TIME_LIMIT 600.0

struct hdr {
    uint32_t id, len;
    uint64_t seed;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n - 1;
}

static uint32_t fnv1a(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static uint64_t mix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* The message of connection id: header, payload, fnv1a of both. */
static size_t make_msg(uint32_t id, unsigned char *out)
{
    uint64_t x = 0x5eed0000ULL + id;
    struct hdr h = { id, MSG_MIN + (uint32_t)(mix64(&x) % MSG_SPAN), x };
    memcpy(out, &h, sizeof h);
    for (uint32_t i = 0; i < h.len; i++)
        out[sizeof h + i] = (unsigned char)mix64(&x);
    uint32_t sum = fnv1a(out, sizeof h + h.len);
    memcpy(out + sizeof h + h.len, &sum, 4);
    return sizeof h + h.len + 4;
}

/* Bytes a message needs, once its header is in (0: not yet known). */
static size_t msg_need(const unsigned char *buf, size_t have)
{
    struct hdr h;
    if (have < sizeof h)
        return 0;
    memcpy(&h, buf, sizeof h);
    if (h.len < MSG_MIN || h.len >= MSG_MIN + MSG_SPAN)
        return (size_t)-1;
    return sizeof h + h.len + 4;
}

static int msg_sum_ok(const unsigned char *buf, size_t n)
{
    uint32_t sum;
    memcpy(&sum, buf + n - 4, 4);
    return fnv1a(buf, n - 4) == sum;
}

struct conn {
    csock *s;
    size_t have, need;
    int state; /* client: 0 connecting, 1 connected, 2 echoed, 3 failed */
    unsigned char buf[MSG_MAX];
};

/* ------------------------------------------------------------------ */
/* Server (child process)                                              */
/* ------------------------------------------------------------------ */

struct report {
    long accepted, peak_open, echoed, corrupt, eofs, errors;
    int fds_before, fds_after;
    char first_error[CSOCK_ERROR_MESSAGE_MAX + 64];
};

static void note_error(struct report *r, const char *what, const char *msg)
{
    r->errors++;
    if (!r->first_error[0])
        snprintf(r->first_error, sizeof r->first_error, "%s: %s", what, msg);
}

static int server(csock *l, long n, int report_fd, int ready_fd)
{
    struct report r;
    memset(&r, 0, sizeof r);
    r.fds_before = count_fds();
    csock_error e;
    double zero = 0.0, five = 5.0;
    /* Accepted sockets take the default timeout: timeout mode. */
    if (csock_settimeout(l, zero, &e) < 0 ||
        csock_setdefaulttimeout(five, &e) < 0) {
        fprintf(stderr, "server: %s\n", e.message);
        return 1;
    }
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = NULL };
    epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(l), &ev);
    long open = 0;
    int told = 0;
    double t0 = now_s();
    struct epoll_event evs[256];
    while (r.eofs + r.errors < n && now_s() - t0 < TIME_LIMIT) {
        int k = epoll_wait(ep, evs, 256, 1000);
        for (int i = 0; i < k; i++) {
            struct conn *c = evs[i].data.ptr;
            if (!c) {
                for (;;) {
                    csock *s = csock_accept(l, NULL, &e);
                    if (!s) {
                        if (!(e.kind == CSOCK_ERR_OS && e.code == EAGAIN))
                            note_error(&r, "accept", e.message);
                        break;
                    }
                    c = calloc(1, sizeof *c);
                    if (!c) {
                        note_error(&r, "calloc", "out of memory");
                        csock_close(s, NULL);
                        continue;
                    }
                    c->s = s;
                    struct epoll_event ce = { .events = EPOLLIN,
                                              .data.ptr = c };
                    epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(s), &ce);
                    r.accepted++;
                    if (++open > r.peak_open)
                        r.peak_open = open;
                }
                if (!told && r.accepted == n) {
                    told = 1;
                    char b = 'A';
                    if (write(ready_fd, &b, 1) != 1)
                        note_error(&r, "ready pipe", strerror(errno));
                }
                continue;
            }
            size_t room = c->need ? c->need - c->have : MSG_MAX - c->have;
            if (c->need == (size_t)-2)
                room = sizeof c->buf; /* echoed: only the end may come */
            ssize_t got = csock_recv_into(c->s, c->need == (size_t)-2
                                                    ? c->buf
                                                    : c->buf + c->have,
                                          room, 0, 0, &e);
            if (got > 0 && c->need != (size_t)-2) {
                c->have += (size_t)got;
                if (!c->need)
                    c->need = msg_need(c->buf, c->have);
                if (c->need == (size_t)-1 ||
                    (c->need && c->have > c->need)) {
                    r.corrupt++;
                    c->need = (size_t)-2;
                } else if (c->need && c->have == c->need) {
                    if (!msg_sum_ok(c->buf, c->need))
                        r.corrupt++;
                    else if (csock_sendall(c->s, c->buf, c->need, 0, &e) < 0)
                        note_error(&r, "sendall", e.message);
                    else
                        r.echoed++;
                    c->need = (size_t)-2;
                }
                continue;
            }
            if (got > 0) {
                r.corrupt++; /* bytes after the message */
                continue;
            }
            if (got == 0 && c->need == (size_t)-2)
                r.eofs++;
            else
                note_error(&r, "recv", got == 0 ? "end of file before the "
                                                  "whole message"
                                                : e.message);
            epoll_ctl(ep, EPOLL_CTL_DEL, csock_fileno(c->s), NULL);
            csock_close(c->s, NULL);
            free(c);
            open--;
        }
    }
    csock_close(l, NULL);
    close(ep);
    close(ready_fd);
    /* What is left open after a failure is counted as a leak too. */
    r.fds_after = count_fds() + 2; /* the listener and the ready pipe */
    if (write(report_fd, &r, sizeof r) != (ssize_t)sizeof r)
        return 1;
    close(report_fd);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Client                                                              */
/* ------------------------------------------------------------------ */

static int checks_passed, checks_failed;

static void check(int ok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void check(int ok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("  [%s] ", ok ? "ok" : "FAILED");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
    if (ok)
        checks_passed++;
    else
        checks_failed++;
}

static int read_full(int fd, void *buf, size_t n, int ms)
{
    size_t have = 0;
    while (have < n) {
        struct pollfd p = { fd, POLLIN, 0 };
        int r = poll(&p, 1, ms);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        ssize_t k = read(fd, (char *)buf + have, n - have);
        if (k <= 0)
            return -1;
        have += (size_t)k;
    }
    return 0;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 10000;
    if (n <= 0 || n > 14000) {
        fprintf(stderr, "soak_c: N must be 1..14000 (the ephemeral ports "
                        "one address offers connect() on Linux)\n");
        return 2;
    }
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    if ((rlim_t)n + 64 > rl.rlim_cur) {
        fprintf(stderr, "soak_c: %ld connections need %ld fds per process; "
                        "the limit is %llu\n", n, n + 64,
                (unsigned long long)rl.rlim_cur);
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    int fds0 = count_fds();
    double t0 = now_s();
    printf("soak_c: %ld concurrent TCP connections on 127.0.0.1\n", n);

    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_addr where = csock_addr_inet("127.0.0.1", 0);
    if (!l || csock_bind(l, &where, &e) < 0 || csock_listen(l, 4096, &e) < 0 ||
        csock_getsockname(l, &where, &e) < 0) {
        fprintf(stderr, "soak_c: listener: %s\n", e.message);
        return 2;
    }
    int rep[2], rdy[2];
    if (pipe2(rep, O_CLOEXEC) < 0 || pipe2(rdy, O_CLOEXEC) < 0) {
        perror("pipe2");
        return 2;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        close(rep[0]);
        close(rdy[0]);
        _exit(server(l, n, rep[1], rdy[1]));
    }
    close(rep[1]);
    close(rdy[1]);
    csock_close(l, NULL);

    struct conn *conns = calloc((size_t)n, sizeof *conns);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event evs[256];
    if (!conns || ep < 0) {
        perror("soak_c");
        return 2;
    }

    /* 1. Connect all, IN_FLIGHT pending at a time. */
    long started = 0, connected = 0, failed = 0, pending = 0;
    char first_error[CSOCK_ERROR_MESSAGE_MAX + 64] = "";
    while (connected + failed < n && now_s() - t0 < TIME_LIMIT) {
        while (pending < IN_FLIGHT && started < n) {
            struct conn *c = &conns[started];
            c->s = csock_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0, &e);
            int r = c->s ? csock_connect_ex(c->s, &where, &e) : -1;
            if (r != 0 && r != EINPROGRESS) {
                if (!first_error[0])
                    snprintf(first_error, sizeof first_error,
                             "connect %ld: %d %s", started, r,
                             r < 0 ? e.message : strerror(r));
                c->state = 3;
                failed++;
                started++;
                continue;
            }
            struct epoll_event ce = { .events = EPOLLOUT,
                                      .data.u64 = (uint64_t)started };
            epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(c->s), &ce);
            pending++;
            started++;
        }
        int k = epoll_wait(ep, evs, 256, 1000);
        for (int i = 0; i < k; i++) {
            struct conn *c = &conns[evs[i].data.u64];
            int soerr = 0;
            csock_getsockopt_int(c->s, SOL_SOCKET, SO_ERROR, &soerr, &e);
            epoll_ctl(ep, EPOLL_CTL_DEL, csock_fileno(c->s), NULL);
            pending--;
            if (soerr) {
                if (!first_error[0])
                    snprintf(first_error, sizeof first_error,
                             "connect: %s", strerror(soerr));
                c->state = 3;
                failed++;
            } else {
                c->state = 1;
                connected++;
            }
        }
    }
    double t_conn = now_s() - t0;
    check(connected == n, "%ld of %ld connected (%.2fs)%s%s", connected, n,
          t_conn, first_error[0] ? ": " : "", first_error);

    /* 2. The server holds all of them while we do. */
    char b;
    int all_accepted = read_full(rdy[0], &b, 1, 60000) == 0;
    int fds_held = count_fds();
    check(all_accepted && fds_held >= fds0 + n,
          "all %ld held at once: server accepted all, client has %d fds "
          "open (%d before)", n, fds_held, fds0);

    /* 3. Echo: send every message, then read the echoes as they come. */
    double t1 = now_s();
    long sent = 0, echoed = 0, corrupt = 0, lost = 0;
    double ten = 10.0;
    for (long i = 0; i < n; i++) {
        struct conn *c = &conns[i];
        if (c->state != 1)
            continue;
        unsigned char msg[MSG_MAX];
        size_t len = make_msg((uint32_t)i, msg);
        if (csock_settimeout(c->s, ten, &e) < 0 ||
            csock_sendall(c->s, msg, len, 0, &e) < 0) {
            if (!first_error[0])
                snprintf(first_error, sizeof first_error, "sendall: %s",
                         e.message);
            c->state = 3;
            continue;
        }
        sent++;
        c->need = len;
        struct epoll_event ce = { .events = EPOLLIN, .data.u64 = (uint64_t)i };
        epoll_ctl(ep, EPOLL_CTL_ADD, csock_fileno(c->s), &ce);
    }
    long waiting = sent;
    while (waiting > 0 && now_s() - t1 < TIME_LIMIT) {
        int k = epoll_wait(ep, evs, 256, 5000);
        if (k == 0)
            break; /* nothing for 5 s: what is missing is lost */
        for (int i = 0; i < k; i++) {
            long id = (long)evs[i].data.u64;
            struct conn *c = &conns[id];
            ssize_t got = csock_recv_into(c->s, c->buf + c->have,
                                          sizeof c->buf - c->have, 0, 0, &e);
            if (got > 0)
                c->have += (size_t)got;
            if (got > 0 && c->have < c->need)
                continue;
            epoll_ctl(ep, EPOLL_CTL_DEL, csock_fileno(c->s), NULL);
            waiting--;
            unsigned char msg[MSG_MAX];
            size_t len = make_msg((uint32_t)id, msg);
            if (got <= 0) {
                lost++;
                if (!first_error[0])
                    snprintf(first_error, sizeof first_error, "recv: %s",
                             got == 0 ? "end of file" : e.message);
            } else if (c->have != len || memcmp(c->buf, msg, len) != 0 ||
                       !msg_sum_ok(c->buf, c->have)) {
                corrupt++;
            } else {
                c->state = 2;
                echoed++;
            }
        }
    }
    lost += waiting;
    double t_echo = now_s() - t1;
    check(echoed == n && lost == 0 && corrupt == 0,
          "echoed %ld of %ld messages intact: %ld lost, %ld corrupt (%.2fs)%s%s",
          echoed, n, lost, corrupt, t_echo, first_error[0] ? ": " : "",
          first_error);

    /* 4. Close them all; the server sees every end of file. */
    double t2 = now_s();
    for (long i = 0; i < n; i++)
        if (conns[i].s && csock_close(conns[i].s, &e) < 0 && !first_error[0])
            snprintf(first_error, sizeof first_error, "close: %s", e.message);
    struct report r;
    memset(&r, 0, sizeof r);
    int got_report = read_full(rep[0], &r, sizeof r, 120000) == 0;
    int st = 0;
    waitpid(pid, &st, 0);
    check(got_report && WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "server process ended normally (report %s, status %d)",
          got_report ? "received" : "missing", st);
    check(r.accepted == n && r.peak_open == n && r.echoed == n &&
              r.corrupt == 0 && r.eofs == n && r.errors == 0,
          "server: accepted %ld, %ld open at the peak, verified and echoed "
          "%ld, %ld corrupt, %ld clean ends of file, %ld errors%s%s",
          r.accepted, r.peak_open, r.echoed, r.corrupt, r.eofs, r.errors,
          r.first_error[0] ? ": " : "", r.first_error);
    check(r.fds_after == r.fds_before,
          "server fds back to where they started (%d, then %d)",
          r.fds_before, r.fds_after);
    close(ep);
    close(rep[0]);
    close(rdy[0]);
    free(conns);
    int fds1 = count_fds();
    check(fds1 == fds0, "client fds back to where they started (%d, then %d)",
          fds0, fds1);
    double total = now_s() - t0;
    check(total < TIME_LIMIT, "done in %.2fs (connect %.2fs, echo %.2fs, "
          "close %.2fs; limit %.0fs)", total, t_conn, t_echo,
          now_s() - t2, TIME_LIMIT);
    printf("soak_c: %d passed, %d failed\n", checks_passed, checks_failed);
    return checks_failed ? 1 : 0;
}
