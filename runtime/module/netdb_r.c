/* The reentrant netdb calls the resolver uses, with glibc's signatures:
 * the C library's own where it has them (spec/platforms.yaml's features
 * gethostbyname_r, getprotobyname_r, getservbyname_r), else the classic
 * call under one process-wide lock with the result copied into the
 * caller's buffer (CPython's netdb_lock does the same).  ERANGE asks the
 * caller for a larger buffer, as the real _r calls do. */
#include "module_internal.h"
#include "netdb_r.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#if !CSOCK_HAVE_GETHOSTBYNAME_R || !CSOCK_HAVE_GETPROTOBYNAME_R || \
    !CSOCK_HAVE_GETSERVBYNAME_R
#include <pthread.h>

static pthread_mutex_t netdb_lock = PTHREAD_MUTEX_INITIALIZER;

/* A bump allocator over the caller's buffer. */
struct arena {
    char *p;
    size_t left;
};

static void *take(struct arena *a, size_t n, size_t align)
{
    size_t pad = (align - ((uintptr_t)a->p % align)) % align;
    if (pad > a->left || n > a->left - pad)
        return NULL;
    void *r = a->p + pad;
    a->p += pad + n;
    a->left -= pad + n;
    return r;
}

static char *copy_str(struct arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = take(a, n, 1);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* A NULL-terminated list; each item is a string, or itemlen bytes when
 * itemlen > 0.  NULL when the buffer is too small. */
static char **copy_list(struct arena *a, char *const *src, size_t itemlen)
{
    size_t n = 0;
    while (src && src[n])
        n++;
    char **out = take(a, (n + 1) * sizeof *out, _Alignof(char *));
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (itemlen) {
            out[i] = take(a, itemlen, 8);
            if (out[i])
                memcpy(out[i], src[i], itemlen);
        } else {
            out[i] = copy_str(a, src[i]);
        }
        if (!out[i])
            return NULL;
    }
    out[n] = NULL;
    return out;
}
#endif

/* ------------------------------------------------------------------ */

#if CSOCK_HAVE_GETHOSTBYNAME_R
int csock__gethostbyname_r(const char *name, struct hostent *he, char *buf,
                           size_t buflen, struct hostent **result,
                           int *h_errnop)
{
    return gethostbyname_r(name, he, buf, buflen, result, h_errnop);
}

int csock__gethostbyaddr_r(const void *addr, socklen_t len, int af,
                           struct hostent *he, char *buf, size_t buflen,
                           struct hostent **result, int *h_errnop)
{
    return gethostbyaddr_r(addr, len, af, he, buf, buflen, result, h_errnop);
}
#else
/* Copy *h (the C library's static result) into he and buf; ERANGE when
 * buf is too small. */
static int copy_hostent_r(const struct hostent *h, struct hostent *he,
                          char *buf, size_t buflen, struct hostent **result,
                          int *h_errnop)
{
    struct arena a = { buf, buflen };
    *result = NULL;
    if (!h) {
        *h_errnop = h_errno;
        return 0;
    }
    he->h_addrtype = h->h_addrtype;
    he->h_length = h->h_length;
    if (!(he->h_name = copy_str(&a, h->h_name)) ||
        !(he->h_aliases = copy_list(&a, h->h_aliases, 0)) ||
        !(he->h_addr_list = copy_list(&a, h->h_addr_list, (size_t)h->h_length)))
        return ERANGE;
    *result = he;
    return 0;
}

int csock__gethostbyname_r(const char *name, struct hostent *he, char *buf,
                           size_t buflen, struct hostent **result,
                           int *h_errnop)
{
    pthread_mutex_lock(&netdb_lock);
    int r = copy_hostent_r(gethostbyname(name), he, buf, buflen, result,
                           h_errnop);
    pthread_mutex_unlock(&netdb_lock);
    return r;
}

int csock__gethostbyaddr_r(const void *addr, socklen_t len, int af,
                           struct hostent *he, char *buf, size_t buflen,
                           struct hostent **result, int *h_errnop)
{
    pthread_mutex_lock(&netdb_lock);
    int r = copy_hostent_r(gethostbyaddr(addr, len, af), he, buf, buflen,
                           result, h_errnop);
    pthread_mutex_unlock(&netdb_lock);
    return r;
}
#endif

/* ------------------------------------------------------------------ */

#if CSOCK_HAVE_GETPROTOBYNAME_R
int csock__getprotobyname_r(const char *name, struct protoent *pe,
                            char *buf, size_t buflen,
                            struct protoent **result)
{
    return getprotobyname_r(name, pe, buf, buflen, result);
}
#else
int csock__getprotobyname_r(const char *name, struct protoent *pe,
                            char *buf, size_t buflen,
                            struct protoent **result)
{
    struct arena a = { buf, buflen };
    int r = 0;
    *result = NULL;
    pthread_mutex_lock(&netdb_lock);
    const struct protoent *p = getprotobyname(name);
    if (p) {
        pe->p_proto = p->p_proto;
        if ((pe->p_name = copy_str(&a, p->p_name)) &&
            (pe->p_aliases = copy_list(&a, p->p_aliases, 0)))
            *result = pe;
        else
            r = ERANGE;
    }
    pthread_mutex_unlock(&netdb_lock);
    return r;
}
#endif

/* ------------------------------------------------------------------ */

#if CSOCK_HAVE_GETSERVBYNAME_R
int csock__getservbyname_r(const char *name, const char *proto,
                           struct servent *se, char *buf, size_t buflen,
                           struct servent **result)
{
    return getservbyname_r(name, proto, se, buf, buflen, result);
}

int csock__getservbyport_r(int port, const char *proto, struct servent *se,
                           char *buf, size_t buflen, struct servent **result)
{
    return getservbyport_r(port, proto, se, buf, buflen, result);
}
#else
static int copy_servent_r(const struct servent *s, struct servent *se,
                          char *buf, size_t buflen, struct servent **result)
{
    struct arena a = { buf, buflen };
    *result = NULL;
    if (!s)
        return 0;
    se->s_port = s->s_port;
    if (!(se->s_name = copy_str(&a, s->s_name)) ||
        !(se->s_proto = copy_str(&a, s->s_proto)) ||
        !(se->s_aliases = copy_list(&a, s->s_aliases, 0)))
        return ERANGE;
    *result = se;
    return 0;
}

int csock__getservbyname_r(const char *name, const char *proto,
                           struct servent *se, char *buf, size_t buflen,
                           struct servent **result)
{
    pthread_mutex_lock(&netdb_lock);
    int r = copy_servent_r(getservbyname(name, proto), se, buf, buflen,
                           result);
    pthread_mutex_unlock(&netdb_lock);
    return r;
}

int csock__getservbyport_r(int port, const char *proto, struct servent *se,
                           char *buf, size_t buflen, struct servent **result)
{
    pthread_mutex_lock(&netdb_lock);
    int r = copy_servent_r(getservbyport(port, proto), se, buf, buflen,
                           result);
    pthread_mutex_unlock(&netdb_lock);
    return r;
}
#endif
