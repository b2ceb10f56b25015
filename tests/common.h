/* Helpers shared by every Criterion suite under tests/: fd-leak check,
 * assertions on csock calls, the monotonic clock. */
#ifndef CSOCK_TESTS_COMMON_H
#define CSOCK_TESTS_COMMON_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"

/* Open fds of this process (excluding the one used to count).  Only fds
 * below the soft RLIMIT_NOFILE count: under valgrind the tool keeps its
 * own fds above the limit it reports to the program (and opens and closes
 * them as it reads debug information), and they are not the program's. */
static inline int count_fds(void)
{
    struct rlimit rl;
    long limit = getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
                         rl.rlim_cur != RLIM_INFINITY
                     ? (long)rl.rlim_cur
                     : -1;
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int self = dirfd(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        long fd = strtol(e->d_name, NULL, 10);
        if (fd != self && (limit < 0 || fd < limit))
            n++;
    }
    closedir(d);
    return n;
}

/* Every suite: no test may leak an fd.  (Criterion 2.4 reports an assert
 * in .fini without failing the test, so a leak aborts: the test then
 * counts as crashed, which fails the run.) */
static int fds_before_test;
static inline void fd_check_init(void)
{
    fds_before_test = count_fds();
}
static inline void fd_check_fini(void)
{
    int now = count_fds();
    if (now != fds_before_test) {
        fprintf(stderr, "fd leak: %d open before the test, %d after\n",
                fds_before_test, now);
        abort();
    }
}

/* Python's OSError text for an errno value of the target this test runs
 * on: "[Errno N] strerror(N)" (PyErr_SetFromErrno), then rest (printf
 * format, may be "").  Tests name the error (OSERR(ECONNREFUSED)), never
 * its number: the numbers differ between CPUs (ECONNREFUSED is 111 on
 * x86_64, 239 on hppa, 61 on sparc64) and the words between C libraries.
 * The result lives in a small per-thread ring
 * of buffers: valid until 16 more calls in the same thread. */
__attribute__((format(printf, 2, 3))) static inline const char *
oserr_fmt(int err, const char *rest, ...)
{
    static _Thread_local char ring[16][512];
    static _Thread_local unsigned next;
    char *b = ring[next++ % 16];
    int n = snprintf(b, sizeof ring[0], "[Errno %d] %s", err, strerror(err));
    if (n > 0 && (size_t)n < sizeof ring[0]) {
        va_list ap;
        va_start(ap, rest);
        vsnprintf(b + n, sizeof ring[0] - (size_t)n, rest, ap);
        va_end(ap);
    }
    return b;
}
#define OSERR(err) oserr_fmt((err), "%s", "")

#define ASSERT_OK(call, e)                                                   \
    cr_assert((call) >= 0, "%s failed: kind %d: %s", #call, (e).kind,        \
              (e).message)
#define ASSERT_PTR(call, e)                                                  \
    cr_assert((call) != NULL, "%s failed: kind %d: %s", #call, (e).kind,     \
              (e).message)
#define ASSERT_ERR(e, k, msg)                                                \
    do {                                                                     \
        cr_assert_eq((e).kind, (k), "kind %d, want %d (%s)", (e).kind, (k),  \
                     (e).message);                                           \
        cr_assert_str_eq((e).message, (msg));                                \
    } while (0)

/* Running under valgrind (tests/valgrind/run): tests may shrink their
 * volumes, never skip their checks. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
static inline int under_valgrind(void)
{
#ifdef RUNNING_ON_VALGRIND
    return RUNNING_ON_VALGRIND != 0;
#else
    return 0;
#endif
}

static inline double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
