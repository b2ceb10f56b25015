/* The test harness of the shared-socket suite: Criterion in the normal
 * build, a minimal stand-in under ThreadSanitizer.
 *
 * Criterion cannot start under TSan: BoxFort maps its inheritable arena at
 * random fixed addresses it first probes with mincore(), and TSan's shadow
 * and meta regions cover nearly every candidate, so every try fails
 * ("Could not initialize inheritable arena").  With CSOCK_MINI_HARNESS the
 * same test file builds against the stand-in below instead: each test runs
 * in a forked child (the runner itself starts no thread, so TSan supports
 * the fork), a failed assertion or a TSan report (halt_on_error, see
 * __tsan_default_options) fails it, and the run ends with
 * `threads_tsan: N passed, N failed`.
 *
 * The suite uses only THREAD_TEST and the assertions defined here, always
 * from the test's own thread (workers record results; the test thread
 * asserts after joining them). */
#ifndef CSOCK_TESTS_THREADS_HARNESS_H
#define CSOCK_TESTS_THREADS_HARNESS_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

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

static int fds_before_test;
static inline void fd_check_init(void)
{
    fds_before_test = count_fds();
}
/* A leak aborts: Criterion 2.4 ignores assertions in .fini. */
static inline void fd_check_fini(void)
{
    int now = count_fds();
    if (now != fds_before_test) {
        fprintf(stderr, "fd leak: %d open before the test, %d after\n",
                fds_before_test, now);
        abort();
    }
}

#ifndef CSOCK_MINI_HARNESS

#include <criterion/criterion.h>

#define THREAD_TEST(name)                                                    \
    Test(threads, name, .init = fd_check_init, .fini = fd_check_fini,        \
         .timeout = 120)

#else /* the stand-in */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#if defined(__SANITIZE_THREAD__)
/* Any report fails the test at once, whoever runs the binary. */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void)
{
    return "halt_on_error=1:exitcode=66:second_deadlock_stack=1";
}
#endif

struct mh_test {
    const char *name;
    void (*fn)(void);
};
static struct mh_test mh_tests[64];
static int mh_ntests;

static inline void mh_register(const char *name, void (*fn)(void))
{
    if (mh_ntests < (int)(sizeof mh_tests / sizeof mh_tests[0]))
        mh_tests[mh_ntests++] = (struct mh_test){ name, fn };
    else
        abort();
}

#define THREAD_TEST(name)                                                    \
    static void mh_test_##name(void);                                        \
    __attribute__((constructor)) static void mh_reg_##name(void)             \
    {                                                                        \
        mh_register(#name, mh_test_##name);                                  \
    }                                                                        \
    static void mh_test_##name(void)

#define MH_FAIL(...)                                                         \
    do {                                                                     \
        fprintf(stderr, "%s:%d: assertion failed: ", __FILE__, __LINE__);    \
        fprintf(stderr, "" __VA_ARGS__);                                     \
        fprintf(stderr, "\n");                                               \
        fflush(stderr);                                                      \
        _exit(1);                                                            \
    } while (0)

/* cr_assert(cond [, fmt, args...]) and friends, as Criterion's. */
#define cr_assert(cond, ...)                                                 \
    do {                                                                     \
        if (!(cond))                                                         \
            MH_FAIL("(" #cond ") " __VA_ARGS__);                             \
    } while (0)
#define cr_assert_eq(a, b, ...) cr_assert((a) == (b), __VA_ARGS__)
#define cr_assert_neq(a, b, ...) cr_assert((a) != (b), __VA_ARGS__)
#define cr_assert_lt(a, b, ...) cr_assert((a) < (b), __VA_ARGS__)
#define cr_assert_leq(a, b, ...) cr_assert((a) <= (b), __VA_ARGS__)
#define cr_assert_gt(a, b, ...) cr_assert((a) > (b), __VA_ARGS__)
#define cr_assert_geq(a, b, ...) cr_assert((a) >= (b), __VA_ARGS__)
#define cr_assert_str_eq(a, b, ...) cr_assert(strcmp((a), (b)) == 0, __VA_ARGS__)
#define cr_assert_not_null(p, ...) cr_assert((p) != NULL, __VA_ARGS__)

static inline double mh_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run each test (or those named on the command line) in a child of its
 * own, 300 s at most each. */
int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (int i = 0; i < mh_ntests; i++) {
        if (argc > 1) {
            int want = 0;
            for (int a = 1; a < argc; a++)
                want |= strcmp(argv[a], mh_tests[i].name) == 0;
            if (!want)
                continue;
        }
        double t0 = mh_now();
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 2;
        }
        if (pid == 0) {
            alarm(300);
            fd_check_init();
            mh_tests[i].fn();
            fd_check_fini();
            fflush(stdout);
            exit(0);
        }
        int st = 0;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
        int ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
        if (ok)
            passed++;
        else
            failed++;
        char why[64] = "";
        if (WIFSIGNALED(st))
            snprintf(why, sizeof why, " (signal %d)", WTERMSIG(st));
        else if (!ok)
            snprintf(why, sizeof why, " (exit %d%s)", WEXITSTATUS(st),
                     WEXITSTATUS(st) == 66 ? ": ThreadSanitizer report" : "");
        printf("[%s] threads::%s%s %.2fs\n", ok ? "PASS" : "FAIL",
               mh_tests[i].name, why, mh_now() - t0);
    }
    printf("threads_tsan: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#endif /* CSOCK_MINI_HARNESS */

#endif
