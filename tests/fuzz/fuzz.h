/* Shared by the libFuzzer harnesses of tests/fuzz/ and the seed writer
 * (tests/fuzz/seeds.c): a reader over the fuzz input, the checks every
 * harness makes (a failed call leaves a clean csock_error; no fd leaks),
 * and the input layouts the seed writer must produce. */
#ifndef CSOCK_TESTS_FUZZ_H
#define CSOCK_TESTS_FUZZ_H

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"

/* ------------------------------------------------------------------ */
/* Input layouts (the seed writer produces these)                      */
/* ------------------------------------------------------------------ */

/* fuzz_addr: [family selector][sock_proto][sockaddr bytes...].  The
 * selector FZ_ADDR_RAW keeps the family the bytes carry; any other value
 * picks one of the harness's families and writes it into sa_family. */
#define FZ_ADDR_RAW 0xff

/* fuzz_text: [op][operands...]. */
enum fz_text_op {
    FZ_PTON4,       /* [text]: inet_pton(AF_INET), csock__addr_pton4 */
    FZ_PTON6,       /* [text]: inet_pton(AF_INET6) */
    FZ_PTON_OTHER,  /* [family][text]: inet_pton of any family */
    FZ_ATON,        /* [text]: inet_aton (counted: may hold NULs) */
    FZ_NTOP4,       /* [bytes]: inet_ntop(AF_INET), csock__addr_ntop */
    FZ_NTOP6,       /* [bytes]: inet_ntop(AF_INET6), csock__addr_ntop */
    FZ_NTOA,        /* [bytes]: inet_ntoa */
    FZ_GETADDRINFO, /* [family][type][proto][flags][host NUL service] */
    FZ_GETNAMEINFO, /* [af6][port:4][flowinfo:4][scope:4][flags][host] */
    FZ_TEXT_OPS
};

/* ------------------------------------------------------------------ */
/* Reading the input                                                   */
/* ------------------------------------------------------------------ */

typedef struct fz_in {
    const uint8_t *p;
    size_t n;
} fz_in;

static inline uint8_t fz_u8(fz_in *in)
{
    if (!in->n)
        return 0;
    in->n--;
    return *in->p++;
}

static inline uint32_t fz_u32(fz_in *in)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++)
        v |= (uint32_t)fz_u8(in) << (8 * i);
    return v;
}

/* Up to want bytes (fewer when the input runs out); *got says how many. */
static inline const uint8_t *fz_bytes(fz_in *in, size_t want, size_t *got)
{
    const uint8_t *p = in->p;
    if (want > in->n)
        want = in->n;
    in->p += want;
    in->n -= want;
    *got = want;
    return p;
}

/* ------------------------------------------------------------------ */
/* Checks                                                              */
/* ------------------------------------------------------------------ */

/* A failed check aborts: libFuzzer saves the input as a crash. */
#define FZ_CHECK(cond, ...)                                                  \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, \
                    #cond);                                                  \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* What a call that returned -1 / NULL must leave: a known kind and a
 * non-empty message that ends inside the array. */
static inline void fz_check_error(const csock_error *e, const char *what)
{
    FZ_CHECK(e->kind > CSOCK_ERR_NONE && e->kind < CSOCK_ERR__COUNT,
             "%s: error kind %d", what, e->kind);
    size_t n = strnlen(e->message, sizeof e->message);
    FZ_CHECK(n > 0 && n < sizeof e->message, "%s: message of %zu bytes",
             what, n);
}

/* The open fds of this process, as a bitmap (fds below FZ_MAXFD). */
#define FZ_MAXFD 4096
typedef struct fz_fds {
    unsigned char open[FZ_MAXFD / 8];
} fz_fds;

static inline void fz_fds_snapshot(fz_fds *s)
{
    memset(s, 0, sizeof *s);
    DIR *d = opendir("/proc/self/fd");
    FZ_CHECK(d != NULL, "opendir /proc/self/fd");
    int self = dirfd(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        int fd = atoi(e->d_name);
        if (fd != self && fd >= 0 && fd < FZ_MAXFD)
            s->open[fd / 8] |= (unsigned char)(1u << (fd % 8));
    }
    closedir(d);
}

/* Abort naming the first fd that differs between two snapshots. */
static inline void fz_fds_same(const fz_fds *before, const fz_fds *after)
{
    for (int fd = 0; fd < FZ_MAXFD; fd++) {
        int b = before->open[fd / 8] >> (fd % 8) & 1;
        int a = after->open[fd / 8] >> (fd % 8) & 1;
        FZ_CHECK(a == b, "fd %d %s", fd,
                 a ? "leaked (open now, not before)" : "closed behind our back");
    }
}

#endif
