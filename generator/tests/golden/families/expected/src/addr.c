/* Generated from spec/errors.yaml, spec/families/inet.yaml, spec/families/unix.yaml, spec/platforms.yaml by generator/csockgen with templates/addr.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/addr.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* csock_addr: constructors, encode (csock_addr -> struct sockaddr) and
 * decode (struct sockaddr -> csock_addr) for every family of
 * spec/families/, each compiled only where its platform and AF_* exist.
 * What each field does is the field-type model's
 * (generator/csockgen/fieldtypes.py); hosts, interface names and Bluetooth
 * addresses go through the helpers of runtime/addr_support.c. */
#include "internal.h"
#include "errors.h"
#include "addr_internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#if defined(CSOCK_ADDR_HAVE_INET)
#define CSOCK__HAVE_INET 1
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_UN)
#define CSOCK__HAVE_UN 1
#include <sys/un.h>
#endif

/* The Python type of a family's address values (what a TypeError about
 * an address of the wrong family names). */
static inline const char *py_type(int family)
{
    switch (family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return "str";
#endif
    default:
        return "NoneType";
    }
}

/* The number of items of a family's (first format's) address tuple. */
CSOCK__MAYBE_UNUSED static inline int py_count(int family)
{
    switch (family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return 2;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return 1;
#endif
    default:
        return 0;
    }
}

static inline void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= cap)
        n = cap - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

static inline void copy_bytes(unsigned char *dst, size_t cap, size_t *dlen,
                       const void *src, size_t n)
{
    /* A too long value keeps its length so that encode reports it. */
    *dlen = n;
    if (n > cap)
        n = cap;
    if (n)
        memcpy(dst, src, n);
}

#ifdef CSOCK__HAVE_INET
/* ------------------------------------------------------------------ */
/* AF_INET (spec/families/inet.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_inet(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_inet_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_INET", given);
}

csock_addr csock_addr_inet(const char *host, int port)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET;
    copy_str(a.u.inet.host, sizeof a.u.inet.host, host);
    a.u.inet.port = port;
    return a;
}

#if 1
static int enc_inet(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_in *sa = (struct sockaddr_in *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* host (host) */
    if (csock__addr_host(a->u.inet.host, AF_INET, &sa->sin_addr, sizeof sa->sin_addr, err) < 0)
        return -1;
    /* port (port) */
    if (a->u.inet.port < 0 || a->u.inet.port > 65535)
        return csock__err_addr_port_range(err, caller);
    sa->sin_port = htons((uint16_t)a->u.inet.port);
    sa->sin_family = AF_INET;
    return 0;
}

static int dec_inet(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_in *sa =
        (const struct sockaddr_in *)(const void *)ss;
    (void)len;
    (void)err;
    if (!csock__addr_ntop(AF_INET, &sa->sin_addr, out->u.inet.host, sizeof out->u.inet.host))
        return csock__set_os_error(err, errno);
    out->u.inet.port = ntohs(sa->sin_port);
    return 0;
}
#endif

#endif /* AF_INET */

#ifdef CSOCK__HAVE_UN
/* ------------------------------------------------------------------ */
/* AF_UNIX (spec/families/unix.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_un(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    return csock__err_addr_bytes_required(err, given);
}

csock_addr csock_addr_unix(const char *path)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    size_t n = path ? strlen(path) : 0;
    a.u.un.len = n;
    if (n > sizeof a.u.un.path)
        n = sizeof a.u.un.path;
    if (n)
        memcpy(a.u.un.path, path, n);
    return a;
}

csock_addr csock_addr_unix_bytes(const void *path, size_t len)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    size_t n = len;
    a.u.un.len = n;
    if (n > sizeof a.u.un.path)
        n = sizeof a.u.un.path;
    if (n)
        memcpy(a.u.un.path, path, n);
    return a;
}

#if 1
static int enc_unix(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_un *sa = (struct sockaddr_un *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* path (path) */
    {
        size_t n = a->u.un.len;
        #ifdef __linux__
        int abstract = n > 0 && a->u.un.path[0] == '\0';
        #else
        int abstract = 0;
        #endif
        if (abstract ? n > sizeof sa->sun_path : n >= sizeof sa->sun_path)
            return csock__err_addr_unix_too_long(err);
        if (n)
            memcpy(sa->sun_path, a->u.un.path, n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
    }
    sa->sun_family = AF_UNIX;
    return 0;
}

static int dec_unix(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_un *sa =
        (const struct sockaddr_un *)(const void *)ss;
    (void)len;
    (void)err;
    {
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? (size_t)len - off : 0;
        if (n > sizeof out->u.un.path)
            n = sizeof out->u.un.path;
        #ifdef __linux__
        if (!(n > 0 && sa->sun_path[0] == '\0'))
        #endif
            n = strnlen(sa->sun_path, n);
        if (n)
            memcpy(out->u.un.path, sa->sun_path, n);
        out->u.un.len = n;
    }
    return 0;
}
#endif

#endif /* AF_UNIX */

int csock__addr_encode(const csock_addr *a, int fd, int sock_family,
                       int sock_proto, const char *caller,
                       struct sockaddr_storage *ss, socklen_t *len,
                       csock_error *err)
{
    /* Used only by the families this platform has (maybe none). */
    (void)a;
    (void)fd;
    (void)sock_proto;
    (void)ss;
    (void)len;
    if (!caller)
        caller = "bind";
    switch (sock_family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET: {
        if (a->family != AF_INET)
            return wrong_inet(a, caller, err);
        return enc_inet(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX: {
        if (a->family != AF_UNIX)
            return wrong_un(a, caller, err);
        return enc_unix(a, fd, caller, ss, len, err);
    }
#endif
    default:
        return csock__err_addr_bad_family(err, caller);
    }
}

int csock_addr_encode(const csock_addr *a, int sock_family, int sock_proto,
                      const char *caller, struct sockaddr_storage *ss,
                      socklen_t *len, csock_error *err)
{
    return csock__addr_encode(a, -1, sock_family, sock_proto, caller, ss, len, err);
}

int csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                      int sock_proto, csock_addr *out, csock_error *err)
{
    struct sockaddr_storage ss;
    (void)sock_proto;
    (void)err;
    memset(out, 0, sizeof *out);
    if (!sa || len < (socklen_t)sizeof(sa_family_t))
        return 0; /* Python's None */
    if (len > (socklen_t)sizeof ss)
        len = (socklen_t)sizeof ss;
    /* The decoders may read past len (a short address reads as zeros). */
    memcpy(&ss, sa, len);
    memset((char *)&ss + len, 0, sizeof ss - len);
    out->family = ss.ss_family;
    switch (ss.ss_family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return dec_inet(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return dec_unix(&ss, len, out, err);
#endif
    default:
        return 0;
    }
}

int csock_addr_equal(const csock_addr *a, const csock_addr *b)
{
    if (a->family != b->family || a->proto != b->proto)
        return 0;
    switch (a->family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        if (strncmp(a->u.inet.host, b->u.inet.host, sizeof a->u.inet.host) != 0)
            return 0;
        if (a->u.inet.port != b->u.inet.port)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        if (a->u.un.len != b->u.un.len ||
    memcmp(a->u.un.path, b->u.un.path, a->u.un.len < sizeof a->u.un.path ? a->u.un.len : sizeof a->u.un.path) != 0)
            return 0;
        return 1;
#endif
    default:
        return 1;
    }
}

/* ------------------------------------------------------------------ */
/* Python's repr() of each format's value, as text: csock_addr_format  */
/* (runtime/addr_format.c) writes it for the families without a form   */
/* of their own (every family but AF_INET, AF_INET6 and AF_UNIX).      */
/* ------------------------------------------------------------------ */

#ifdef CSOCK__HAVE_INET
#if 1
static void repr_inet(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.inet.host, strnlen(a->u.inet.host, sizeof a->u.inet.host));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.inet.port);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_UN
#if 1
static void repr_unix(csock__text *o, const csock_addr *a)
{
    csock__text_pypath(o, a->u.un.path, a->u.un.len);
}
#endif
#endif

int csock__addr_repr(csock__text *o, const csock_addr *a)
{
    switch (a->family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        repr_inet(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        repr_unix(o, a);
        return 0;
#endif
    default:
        break;
    }
    return -1;
}
