/* Helpers shared by the module-function Criterion suites. */
#ifndef CSOCK_TESTS_MODULE_COMMON_H
#define CSOCK_TESTS_MODULE_COMMON_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"

static inline int mod_count_fds(void)
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

/* No test may leak an fd: a leak aborts (Criterion counts the test as
 * crashed, which fails the run). */
static int mod_fds_before;
static inline void mod_init(void)
{
    mod_fds_before = mod_count_fds();
}
static inline void mod_fini(void)
{
    int now = mod_count_fds();
    if (now != mod_fds_before) {
        fprintf(stderr, "fd leak: %d open before the test, %d after\n",
                mod_fds_before, now);
        abort();
    }
}

#define OK(call, e)                                                          \
    cr_assert((call) >= 0, "%s failed: kind %d: %s", #call, (e).kind,        \
              (e).message)
#define NN(call, e)                                                          \
    cr_assert((call) != NULL, "%s failed: kind %d: %s", #call, (e).kind,     \
              (e).message)
#define ERR(e, k, msg)                                                       \
    do {                                                                     \
        cr_assert_eq((e).kind, (k), "kind %d, want %d (%s)", (e).kind, (k),  \
                     (e).message);                                           \
        cr_assert_str_eq((e).message, (msg));                                \
    } while (0)

static inline double mod_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A listening TCP socket on 127.0.0.1 (or ::1), ephemeral port. */
static inline csock *mod_listener(int family, int *port)
{
    csock_error e;
    csock *l = csock_create_server(family == AF_INET6 ? "::1" : "127.0.0.1",
                                   0, family, CSOCK_LISTEN_DEFAULT, 0, 0, &e);
    NN(l, e);
    csock_addr a;
    OK(csock_getsockname(l, &a, &e), e);
    *port = family == AF_INET6 ? a.u.inet6.port : a.u.inet.port;
    return l;
}

#endif
