/* A small Criterion-compatible harness (tests/harness/): the subset of
 * Criterion 2.4's C API that csock's suites use, for platforms where
 * Debian's libcriterion does not exist (musl, cross builds run under
 * qemu).  The same test sources compile against either: the build puts
 * -Itests/harness first and links tests/harness/runner.c instead of
 * -lcriterion.
 *
 * What it does as Criterion does: every test runs in a child process of
 * its own (fork), with its suite's .init/.fini and its own (suite first,
 * test's own after; teardown in reverse), a failed cr_assert_* ends the
 * test and still runs the teardown, cr_expect_* records and goes on, a
 * signal counts as a crash, --timeout and .timeout bound a test, and the
 * run ends with Criterion's line
 *   [====] Synthesis: Tested: N | Passing: N | Failing: N | Crashing: N
 * What it lacks: theories, the "new" assertion API, XML/JSON/TAP output,
 * .signal and .exit_code expectations (a test using them does not
 * compile), and test-level stdio redirection (cr_redirect_*). */
#ifndef CSOCK_HARNESS_CRITERION_H
#define CSOCK_HARNESS_CRITERION_H

#include <stddef.h>
#include <string.h>

#ifdef __cplusplus
#error "the in-tree harness is C only"
#endif

struct criterion_test_params {
    size_t size;
    void *params;
    size_t length;
};

struct crm_suite {
    const char *name;
    void (*init)(void);
    void (*fini)(void);
    double timeout;
    const char *description;
    int disabled;
    struct crm_suite *next;
};

struct crm_test {
    const char *suite;
    const char *name;
    void (*fn)(void);                       /* plain tests */
    void (*pfn)(void *);                    /* parameterized tests */
    struct criterion_test_params (*params)(void);
    void (*init)(void);
    void (*fini)(void);
    double timeout;
    const char *description;
    int disabled;
    struct crm_test *next;
};

void crm_register_test(struct crm_test *t);
void crm_register_suite(struct crm_suite *s);

/* Failure reports: abort (cr_assert) or not (cr_expect).  fmt is the
 * user's message with a leading space (see CRM_MSG). */
void crm_fail(int abort_test, const char *file, int line, const char *expr,
              const char *values, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void crm_skip(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void crm_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void crm_values(char *buf, size_t n, const char *a, const char *b);
/* String equality for cr_*_str_eq.  The suites expect Python's messages as
 * glibc words them ("[Errno 88] Socket operation on non-socket"); built
 * against another C library, "[Errno N] text" also matches when the code
 * is the same and the text is this C library's own for it (strerror, or
 * gai_strerror for a negative code), followed by the same words: what
 * Python prints there. */
int crm_str_same(const char *actual, const char *expected);

#define CRM_CAT_(a, b) a##b
#define CRM_CAT(a, b) CRM_CAT_(a, b)
#define CRM_ID(suite, name, what) CRM_CAT(CRM_CAT(CRM_CAT(crm_, suite), CRM_CAT(_, name)), what)

#define Test(S, N, ...)                                                        \
    static void CRM_ID(S, N, _fn)(void);                                       \
    static struct crm_test CRM_ID(S, N, _desc) = {                             \
        .suite = #S, .name = #N, .fn = CRM_ID(S, N, _fn), __VA_ARGS__};        \
    __attribute__((constructor)) static void CRM_ID(S, N, _reg)(void)          \
    {                                                                          \
        crm_register_test(&CRM_ID(S, N, _desc));                               \
    }                                                                          \
    static void CRM_ID(S, N, _fn)(void)

#define TestSuite(S, ...)                                                      \
    static struct crm_suite CRM_CAT(crm_suite_, S) = {.name = #S, __VA_ARGS__}; \
    __attribute__((constructor)) static void CRM_CAT(crm_suite_reg_, S)(void)  \
    {                                                                          \
        crm_register_suite(&CRM_CAT(crm_suite_, S));                           \
    }

/* The user's optional message: a literal format (and arguments) after a
 * leading space, so that no message is a zero-length format. */
#define CRM_MSG(...) " " __VA_ARGS__

/* Values of compared operands, for the report (integers, floating point,
 * pointers and strings). */
void crm_fmt_ll(char *b, long long v);
void crm_fmt_ull(char *b, unsigned long long v);
void crm_fmt_ld(char *b, long double v);
void crm_fmt_ptr(char *b, const void *v);
#define CRM_FMT(b, v)                                                          \
    _Generic((v),                                                              \
        _Bool: crm_fmt_ull, char: crm_fmt_ll, signed char: crm_fmt_ll,         \
        short: crm_fmt_ll, int: crm_fmt_ll, long: crm_fmt_ll,                  \
        long long: crm_fmt_ll, unsigned char: crm_fmt_ull,                     \
        unsigned short: crm_fmt_ull, unsigned int: crm_fmt_ull,                \
        unsigned long: crm_fmt_ull, unsigned long long: crm_fmt_ull,           \
        float: crm_fmt_ld, double: crm_fmt_ld, long double: crm_fmt_ld,        \
        default: crm_fmt_ptr)((b), (v))

#define CRM_CMP(abort_test, op, a, b, ...)                                     \
    do {                                                                       \
        /* Each operand evaluated once; compared as Criterion compares    \
         * them, (a) op (b), without its sign-compare noise. */           \
        __typeof__((a) + 0) crm_a_ = (a);                                      \
        __typeof__((b) + 0) crm_b_ = (b);                                      \
        _Pragma("GCC diagnostic push")                                         \
        _Pragma("GCC diagnostic ignored \"-Wsign-compare\"")                   \
        int crm_ok_ = crm_a_ op crm_b_;                                        \
        _Pragma("GCC diagnostic pop")                                          \
        if (!crm_ok_) {                                                        \
            char crm_x_[64], crm_y_[64], crm_v_[160];                          \
            CRM_FMT(crm_x_, crm_a_);                                           \
            CRM_FMT(crm_y_, crm_b_);                                           \
            crm_values(crm_v_, sizeof crm_v_, crm_x_, crm_y_);                 \
            crm_fail((abort_test), __FILE__, __LINE__, #a " " #op " " #b,      \
                     crm_v_, CRM_MSG(__VA_ARGS__));                            \
        }                                                                      \
    } while (0)

#define CRM_COND(abort_test, cond, text, ...)                                  \
    do {                                                                       \
        if (!(cond))                                                           \
            crm_fail((abort_test), __FILE__, __LINE__, text, "",               \
                     CRM_MSG(__VA_ARGS__));                                    \
    } while (0)

#define CRM_STR(abort_test, eq, a, b, ...)                                     \
    do {                                                                       \
        const char *crm_a_ = (a), *crm_b_ = (b);                               \
        int crm_same_ = crm_a_ && crm_b_ &&                                    \
                        ((eq) ? crm_str_same(crm_a_, crm_b_)                   \
                              : strcmp(crm_a_, crm_b_) == 0);                  \
        if (crm_same_ != (eq)) {                                               \
            char crm_v_[600];                                                  \
            crm_values(crm_v_, sizeof crm_v_, crm_a_ ? crm_a_ : "(null)",      \
                       crm_b_ ? crm_b_ : "(null)");                            \
            crm_fail((abort_test), __FILE__, __LINE__,                         \
                     (eq) ? #a " equals " #b : #a " differs from " #b, crm_v_, \
                     CRM_MSG(__VA_ARGS__));                                    \
        }                                                                      \
    } while (0)

#define cr_assert(cond, ...) CRM_COND(1, cond, #cond, __VA_ARGS__)
#define cr_expect(cond, ...) CRM_COND(0, cond, #cond, __VA_ARGS__)
#define cr_assert_not(cond, ...) CRM_COND(1, !(cond), "!(" #cond ")", __VA_ARGS__)
#define cr_expect_not(cond, ...) CRM_COND(0, !(cond), "!(" #cond ")", __VA_ARGS__)
#define cr_assert_fail(...) CRM_COND(1, 0, "cr_assert_fail", __VA_ARGS__)
#define cr_expect_fail(...) CRM_COND(0, 0, "cr_expect_fail", __VA_ARGS__)
#define cr_assert_null(v, ...) CRM_COND(1, (v) == NULL, #v " is NULL", __VA_ARGS__)
#define cr_expect_null(v, ...) CRM_COND(0, (v) == NULL, #v " is NULL", __VA_ARGS__)
#define cr_assert_not_null(v, ...) CRM_COND(1, (v) != NULL, #v " is not NULL", __VA_ARGS__)
#define cr_expect_not_null(v, ...) CRM_COND(0, (v) != NULL, #v " is not NULL", __VA_ARGS__)

#define cr_assert_eq(a, b, ...) CRM_CMP(1, ==, a, b, __VA_ARGS__)
#define cr_expect_eq(a, b, ...) CRM_CMP(0, ==, a, b, __VA_ARGS__)
#define cr_assert_neq(a, b, ...) CRM_CMP(1, !=, a, b, __VA_ARGS__)
#define cr_expect_neq(a, b, ...) CRM_CMP(0, !=, a, b, __VA_ARGS__)
#define cr_assert_lt(a, b, ...) CRM_CMP(1, <, a, b, __VA_ARGS__)
#define cr_expect_lt(a, b, ...) CRM_CMP(0, <, a, b, __VA_ARGS__)
#define cr_assert_leq(a, b, ...) CRM_CMP(1, <=, a, b, __VA_ARGS__)
#define cr_expect_leq(a, b, ...) CRM_CMP(0, <=, a, b, __VA_ARGS__)
#define cr_assert_gt(a, b, ...) CRM_CMP(1, >, a, b, __VA_ARGS__)
#define cr_expect_gt(a, b, ...) CRM_CMP(0, >, a, b, __VA_ARGS__)
#define cr_assert_geq(a, b, ...) CRM_CMP(1, >=, a, b, __VA_ARGS__)
#define cr_expect_geq(a, b, ...) CRM_CMP(0, >=, a, b, __VA_ARGS__)

#define cr_assert_str_eq(a, b, ...) CRM_STR(1, 1, a, b, __VA_ARGS__)
#define cr_expect_str_eq(a, b, ...) CRM_STR(0, 1, a, b, __VA_ARGS__)
#define cr_assert_str_neq(a, b, ...) CRM_STR(1, 0, a, b, __VA_ARGS__)
#define cr_expect_str_neq(a, b, ...) CRM_STR(0, 0, a, b, __VA_ARGS__)

#define cr_skip_test(...) crm_skip(CRM_MSG(__VA_ARGS__))
#define cr_skip(...) crm_skip(CRM_MSG(__VA_ARGS__))
#define cr_log_info(...) crm_log(__VA_ARGS__)
#define cr_log_warn(...) crm_log(__VA_ARGS__)
#define cr_log_error(...) crm_log(__VA_ARGS__)

#endif
