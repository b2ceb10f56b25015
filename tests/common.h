/* Helpers shared by every Criterion suite under tests/: fd-leak check,
 * assertions on csock calls, the monotonic clock. */
#ifndef CSOCK_TESTS_COMMON_H
#define CSOCK_TESTS_COMMON_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"

/* Open fds of this process (excluding the one used to count). */
static inline int count_fds(void)
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

static inline double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
