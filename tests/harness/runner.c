/* The in-tree harness's runner (see criterion/criterion.h): collects the
 * registered tests, runs each in a child process of its own, up to --jobs
 * at a time, and prints Criterion's synthesis line.  On POSIX the child is
 * a fork; on Windows (no fork) the runner starts its own program again
 * with the hidden arguments `--crm-child SUITE NAME INDEX`, its output
 * going to a temporary file, and an unhandled exception (an exit code
 * above 255, the NTSTATUS) counts as a crash.
 *
 *   usage: TESTS [--jobs N | -j N] [--timeout SECONDS] [--filter GLOB]
 *                [--exclude GLOB]... [--verbose] [--list]
 *
 * --filter and --exclude match "suite/name" (fnmatch); an excluded test is
 * reported as skipped.  Exit status 0 when every test
 * passed or was skipped. */
#define _POSIX_C_SOURCE 200809L
#include "criterion/criterion.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <io.h>
#include <process.h>
#define sigjmp_buf jmp_buf
#define sigsetjmp(b, m) setjmp(b)
#define siglongjmp longjmp
/* A child's exit code as a wait status: 0-255 its own exit, anything
 * above the NTSTATUS of an unhandled exception (a crash). */
#define WIFEXITED(s) ((unsigned long)(s) <= 255ul)
#define WEXITSTATUS(s) ((int)(s))
#define WIFSIGNALED(s) (!WIFEXITED(s))
typedef HANDLE crm_proc;
typedef HANDLE crm_out;
/* fnmatch's subset the filters use: '*' and '?'. */
static int crm_glob(const char *p, const char *s)
{
    if (*p == '\0')
        return *s == '\0';
    if (*p == '*')
        return crm_glob(p + 1, s) || (*s && crm_glob(p, s + 1));
    return *s && (*p == '?' || *p == *s) && crm_glob(p + 1, s + 1);
}
#define fnmatch(p, s, f) (crm_glob(p, s) ? 0 : 1)
#else
#include <fnmatch.h>
#include <netdb.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
typedef pid_t crm_proc;
typedef int crm_out;
#endif

static struct crm_test *tests;
static struct crm_suite *suites;

void crm_register_test(struct crm_test *t)
{
    t->next = tests;
    tests = t;
}

void crm_register_suite(struct crm_suite *s)
{
    s->next = suites;
    suites = s;
}

/* ------------------------------------------------------------------ */
/* In the child                                                        */
/* ------------------------------------------------------------------ */

enum { RC_PASS = 0, RC_FAIL = 1, RC_SKIP = 2 };

static sigjmp_buf child_jmp;
static int child_in_test;   /* a longjmp target is set */
static int child_failed;
static int child_skipped;

void crm_values(char *buf, size_t n, const char *a, const char *b)
{
    snprintf(buf, n, " (%s vs %s)", a, b);
}

/* "[Errno N] rest": N and rest, or 0. */
static int errno_message(const char *m, long *code, const char **rest)
{
    char *end;
    if (strncmp(m, "[Errno ", 7) != 0)
        return 0;
    *code = strtol(m + 7, &end, 10);
    if (end == m + 7 || strncmp(end, "] ", 2) != 0)
        return 0;
    *rest = end + 2;
    return 1;
}

int crm_str_same(const char *actual, const char *expected)
{
    if (strcmp(actual, expected) == 0)
        return 1;
#if !defined(__GLIBC__) && !defined(_WIN32)
    long ca, ce;
    const char *ra, *re;
    if (errno_message(actual, &ca, &ra) && errno_message(expected, &ce, &re) &&
        ca == ce) {
        /* actual: "[Errno N] " own-text rest; expected: "[Errno N] "
         * glibc-text rest (rest: Python's own words after the text) */
        const char *own = ca < 0 ? gai_strerror((int)ca) : strerror((int)ca);
        size_t lo = own ? strlen(own) : 0, le = strlen(re);
        const char *rest = ra + lo;
        size_t lr = strlen(rest);
        if (own && strncmp(ra, own, lo) == 0 && lr < le &&
            strcmp(re + le - lr, rest) == 0) {
            fprintf(stderr, "[----] note: '%s' is this C library's text for '%s'\n",
                    actual, expected);
            return 1;
        }
    }
#else
    (void)errno_message;
#endif
    return 0;
}

void crm_fmt_ll(char *b, long long v) { snprintf(b, 64, "%lld", v); }
void crm_fmt_ull(char *b, unsigned long long v) { snprintf(b, 64, "%llu", v); }
void crm_fmt_ld(char *b, long double v) { snprintf(b, 64, "%Lg", v); }
void crm_fmt_ptr(char *b, const void *v) { snprintf(b, 64, "%p", v); }

void crm_fail(int abort_test, const char *file, int line, const char *expr,
              const char *values, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* fmt starts with the space CRM_MSG adds */
    const char *m = msg[0] == ' ' ? msg + 1 : msg;
    fprintf(stderr, "[----] %s:%d: %s: %s%s%s%s\n", file, line,
            abort_test ? "Assertion Failed" : "Expectation Failed", expr,
            values, *m ? ": " : "", m);
    fflush(stderr);
    child_failed = 1;
    if (abort_test && child_in_test)
        siglongjmp(child_jmp, 1);
    if (abort_test) {
        fflush(NULL);
        _exit(RC_FAIL);
    }
}

void crm_skip(const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "[SKIP] %s\n", msg[0] == ' ' ? msg + 1 : msg);
    fflush(stderr);
    child_skipped = 1;
    if (child_in_test)
        siglongjmp(child_jmp, 2);
    fflush(NULL);
    _exit(RC_SKIP);
}

void crm_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("[----] ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static struct crm_suite *suite_of(const char *name)
{
    for (struct crm_suite *s = suites; s; s = s->next)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

/* The test being run (not locals of run_child: longjmp may clobber those). */
static struct crm_test *child_test;
static struct crm_suite *child_suite;
static void *child_param;

static void run_child(struct crm_test *test, void *param)
{
    child_test = test;
    child_suite = suite_of(test->suite);
    child_param = param;
    /* Set up (suite, then the test's own); the test; tear down in
     * reverse, also after a failed assertion or a skip. */
    child_in_test = 1;
    if (sigsetjmp(child_jmp, 0) == 0) {
        if (child_suite && child_suite->init)
            child_suite->init();
        if (child_test->init)
            child_test->init();
        if (child_test->pfn)
            child_test->pfn(child_param);
        else
            child_test->fn();
    }
    if (sigsetjmp(child_jmp, 0) == 0) {
        if (child_test->fini)
            child_test->fini();
    }
    if (sigsetjmp(child_jmp, 0) == 0) {
        if (child_suite && child_suite->fini)
            child_suite->fini();
    }
    child_in_test = 0;
    fflush(NULL);
    _exit(child_failed ? RC_FAIL : child_skipped ? RC_SKIP : RC_PASS);
}

/* ------------------------------------------------------------------ */
/* In the runner                                                       */
/* ------------------------------------------------------------------ */

struct job {
    struct crm_test *t;
    void *param;
    size_t index;       /* parameter index, (size_t)-1 if none */
    crm_proc pid;
    crm_out out;        /* the child's captured output */
    double deadline;    /* monotonic seconds, 0 = none */
    int timed_out;
};

static double now(void)
{
#ifdef _WIN32
    return (double)GetTickCount64() / 1e3;
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
#endif
}

static int cmp_tests(const void *a, const void *b)
{
    const struct crm_test *x = *(struct crm_test *const *)a;
    const struct crm_test *y = *(struct crm_test *const *)b;
    int c = strcmp(x->suite, y->suite);
    return c ? c : strcmp(x->name, y->name);
}

static void print_output(crm_out fd)
{
#ifdef _WIN32
    char wbuf[4096];
    DWORD got;
    if (SetFilePointer(fd, 0, NULL, FILE_BEGIN) == INVALID_SET_FILE_POINTER)
        return;
    while (ReadFile(fd, wbuf, sizeof wbuf, &got, NULL) && got > 0)
        fwrite(wbuf, 1, got, stdout);
    return;
#else
    char buf[4096];
    ssize_t n;
    if (lseek(fd, 0, SEEK_SET) < 0)
        return;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        fwrite(buf, 1, (size_t)n, stdout);
#endif
}

static int tested, passing, failing, crashing, skipped;
static int verbose;

static void finish(struct job *j, int status)
{
    char name[512];
    if (j->index != (size_t)-1)
        snprintf(name, sizeof name, "%s::%s[%zu]", j->t->suite, j->t->name, j->index);
    else
        snprintf(name, sizeof name, "%s::%s", j->t->suite, j->t->name);
    int show = verbose;
    if (j->timed_out) {
        printf("[FAIL] %s: timed out\n", name);
        tested++, crashing++;
        show = 1;
    } else if (WIFSIGNALED(status)) {
#ifdef _WIN32
        printf("[FAIL] %s: CRASH (exception 0x%08lx)\n", name, (unsigned long)status);
#else
        printf("[FAIL] %s: CRASH (signal %d: %s)\n", name, WTERMSIG(status),
               strsignal(WTERMSIG(status)));
#endif
        tested++, crashing++;
        show = 1;
    } else if (WIFEXITED(status) && WEXITSTATUS(status) == RC_SKIP) {
        printf("[SKIP] %s\n", name);
        skipped++;
    } else if (WIFEXITED(status) && WEXITSTATUS(status) == RC_PASS) {
        if (verbose)
            printf("[PASS] %s\n", name);
        tested++, passing++;
    } else {
        printf("[FAIL] %s\n", name);
        tested++, failing++;
        show = 1;
    }
    if (show)
        print_output(j->out);
    fflush(stdout);
#ifdef _WIN32
    CloseHandle(j->out);
    CloseHandle(j->pid);
#else
    close(j->out);
#endif
}

#ifdef _WIN32
/* The child: this program again, told which test (and parameter) to run. */
static int start_process(struct job *j)
{
    char tmpdir[MAX_PATH], path[MAX_PATH], exe[MAX_PATH];
    if (!GetTempPathA(sizeof tmpdir, tmpdir) ||
        !GetTempFileNameA(tmpdir, "crm", 0, path) ||
        !GetModuleFileNameA(NULL, exe, sizeof exe)) {
        fprintf(stderr, "harness: temporary file (%lu)\n", GetLastError());
        return -1;
    }
    SECURITY_ATTRIBUTES sa = { sizeof sa, NULL, TRUE };
    HANDLE out = CreateFileA(path, GENERIC_READ | GENERIC_WRITE,
                             FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, &sa,
                             CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE,
                             NULL);
    if (out == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "harness: %s (%lu)\n", path, GetLastError());
        return -1;
    }
    char cmd[3 * MAX_PATH];
    snprintf(cmd, sizeof cmd, "\"%s\" --crm-child %s %s %lld", exe, j->t->suite, j->t->name,
             j->index == (size_t)-1 ? -1LL : (long long)j->index);
    STARTUPINFOA si;
    memset(&si, 0, sizeof si);
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    si.hStdOutput = out;
    si.hStdError = out;
    PROCESS_INFORMATION pi;
    fflush(NULL);
    if (!CreateProcessA(exe, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) {
        fprintf(stderr, "harness: CreateProcess (%lu)\n", GetLastError());
        CloseHandle(out);
        return -1;
    }
    CloseHandle(pi.hThread);
    j->pid = pi.hProcess;
    j->out = out;
    return 0;
}

/* In the child: find the test the runner named and run it. */
static int run_named(const char *suite, const char *name, long long index)
{
    for (struct crm_test *t = tests; t; t = t->next) {
        if (strcmp(t->suite, suite) != 0 || strcmp(t->name, name) != 0)
            continue;
        void *param = NULL;
        if (t->params) {
            struct criterion_test_params p = t->params();
            if (index < 0 || (size_t)index >= p.length)
                break;
            param = (char *)p.params + (size_t)index * p.size;
        }
        /* No error dialog box for a crash: the exit code says it. */
        SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
        setvbuf(stdout, NULL, _IONBF, 0);
        run_child(t, param);
    }
    fprintf(stderr, "harness: no test %s/%s[%lld]\n", suite, name, index);
    return 2;
}
#endif

static int start(struct job *j, double default_timeout)
{
#ifdef _WIN32
    if (start_process(j) < 0)
        return -1;
#else
    char path[] = "/tmp/csock-harness-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("harness: mkstemp");
        return -1;
    }
    unlink(path);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("harness: fork");
        close(fd);
        return -1;
    }
    if (pid == 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
        run_child(j->t, j->param);
    }
    j->pid = pid;
    j->out = fd;
#endif
    struct crm_suite *s = suite_of(j->t->suite);
    double timeout = j->t->timeout > 0 ? j->t->timeout
                   : s && s->timeout > 0 ? s->timeout : default_timeout;
    j->deadline = timeout > 0 ? now() + timeout : 0;
    j->timed_out = 0;
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: TESTS [--jobs N] [--timeout SECONDS] [--filter GLOB] "
                    "[--exclude GLOB]... [--verbose] [--list]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    long jobs = 1;
    double timeout = 0;
    const char *filter = NULL;
    const char *excludes[64];
    int nexcludes = 0;
    int list = 0;
#ifdef _WIN32
    if (argc == 5 && strcmp(argv[1], "--crm-child") == 0)
        return run_named(argv[2], argv[3], atoll(argv[4]));
#endif
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--jobs=", 7) == 0)
            jobs = atol(a + 7);
        else if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0)
            jobs = i + 1 < argc ? atol(argv[++i]) : (usage(), 0);
        else if (strncmp(a, "-j", 2) == 0 && a[2])
            jobs = atol(a + 2);
        else if (strncmp(a, "--timeout=", 10) == 0)
            timeout = atof(a + 10);
        else if (strcmp(a, "--timeout") == 0)
            timeout = i + 1 < argc ? atof(argv[++i]) : (usage(), 0);
        else if (strncmp(a, "--filter=", 9) == 0)
            filter = a + 9;
        else if (strcmp(a, "--filter") == 0)
            filter = i + 1 < argc ? argv[++i] : (usage(), NULL);
        else if (strcmp(a, "--exclude") == 0 && i + 1 < argc && nexcludes < 64)
            excludes[nexcludes++] = argv[++i];
        else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0)
            verbose = 1;
        else if (strcmp(a, "--list") == 0)
            list = 1;
        else
            usage();
    }
    if (jobs < 1)
        jobs = 1;

    size_t n = 0;
    for (struct crm_test *t = tests; t; t = t->next)
        n++;
    struct crm_test **all = calloc(n ? n : 1, sizeof *all);
    if (!all)
        return 2;
    n = 0;
    for (struct crm_test *t = tests; t; t = t->next)
        all[n++] = t;
    qsort(all, n, sizeof *all, cmp_tests);

    /* One job per test, one per parameter of a parameterized test. */
    size_t njobs = 0, cap = n + 16;
    struct job *q = calloc(cap, sizeof *q);
    if (!q)
        return 2;
    for (size_t i = 0; i < n; i++) {
        struct crm_test *t = all[i];
        char full[512];
        snprintf(full, sizeof full, "%s/%s", t->suite, t->name);
        if (filter && fnmatch(filter, full, 0) != 0)
            continue;
        int excluded = 0;
        for (int k = 0; k < nexcludes; k++)
            excluded |= fnmatch(excludes[k], full, 0) == 0;
        if (excluded) {
            printf("[SKIP] %s::%s: excluded\n", t->suite, t->name);
            skipped++;
            continue;
        }
        struct crm_suite *s = suite_of(t->suite);
        if (t->disabled || (s && s->disabled)) {
            printf("[SKIP] %s::%s: disabled\n", t->suite, t->name);
            skipped++;
            continue;
        }
        struct criterion_test_params p = { 0, NULL, 1 };
        if (t->params)
            p = t->params();
        for (size_t k = 0; k < p.length; k++) {
            if (njobs == cap) {
                cap *= 2;
                struct job *nq = realloc(q, cap * sizeof *q);
                if (!nq)
                    return 2;
                q = nq;
            }
            q[njobs].t = t;
            q[njobs].param = t->params ? (char *)p.params + k * p.size : NULL;
            q[njobs].index = t->params ? k : (size_t)-1;
            njobs++;
        }
    }
    if (list) {
        for (size_t i = 0; i < njobs; i++)
            printf("%s::%s\n", q[i].t->suite, q[i].t->name);
        return 0;
    }

    size_t next = 0, running = 0;
    struct job **live = calloc((size_t)jobs, sizeof *live);
    if (!live)
        return 2;
    while (next < njobs || running > 0) {
        while (running < (size_t)jobs && next < njobs) {
            for (long k = 0; k < jobs; k++) {
                if (!live[k]) {
                    if (start(&q[next], timeout) < 0)
                        return 2;
                    live[k] = &q[next++];
                    running++;
                    break;
                }
            }
        }
        int status = 0;
#ifdef _WIN32
        /* The first live child that has ended, if any. */
        crm_proc pid = NULL;
        for (long k = 0; k < jobs && pid == NULL; k++) {
            DWORD code;
            if (live[k] && WaitForSingleObject(live[k]->pid, 0) == WAIT_OBJECT_0 &&
                GetExitCodeProcess(live[k]->pid, &code)) {
                pid = live[k]->pid;
                status = (int)code;
            }
        }
        if (pid != NULL) {
#else
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
#endif
            for (long k = 0; k < jobs; k++) {
                if (live[k] && live[k]->pid == pid) {
                    finish(live[k], status);
                    live[k] = NULL;
                    running--;
                    break;
                }
            }
            continue;
        }
#ifndef _WIN32
        if (pid < 0 && errno != EINTR && errno != ECHILD) {
            perror("harness: waitpid");
            return 2;
        }
#endif
        double t = now();
        for (long k = 0; k < jobs; k++) {
            if (live[k] && live[k]->deadline > 0 && t > live[k]->deadline &&
                !live[k]->timed_out) {
                live[k]->timed_out = 1;
#ifdef _WIN32
                TerminateProcess(live[k]->pid, 255);
#else
                kill(live[k]->pid, SIGKILL);
#endif
            }
        }
#ifdef _WIN32
        Sleep(2);
#else
        struct timespec ts = { 0, 2 * 1000 * 1000 };
        nanosleep(&ts, NULL);
#endif
    }
    printf("[====] Synthesis: Tested: %d | Passing: %d | Failing: %d | Crashing: %d"
           " | Skipped: %d\n", tested, passing, failing, crashing, skipped);
    free(live);
    free(q);
    free(all);
    return failing || crashing ? 1 : 0;
}
