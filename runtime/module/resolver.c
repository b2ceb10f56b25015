/* Resolver and databases: getaddrinfo, getnameinfo, gethostby*,
 * gethostname/sethostname, getfqdn, getprotobyname, getservby*.
 *
 * Python's socketmodule.c rules and messages (checked against python3).
 * Thread safety: only the _r database functions are used (netdb_r.c: a
 * lock where the platform lacks them), and every result is copied into
 * caller storage or one allocation of ours. */
#include "module_internal.h"
#include "addr_internal.h"
#include "netdb_r.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void csock_str_free(char *s)
{
    free(s);
}

static char *dup_str(const char *s, csock_error *err)
{
    char *d = strdup(s);
    if (!d)
        csock__err_nomem(err);
    return d;
}

/* ------------------------------------------------------------------ */
/* getaddrinfo                                                         */
/* ------------------------------------------------------------------ */

csock_addrinfo *csock_getaddrinfo(const char *host, const char *service,
                                  int family, int type, int proto, int flags,
                                  size_t *count, csock_error *err)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    *count = 0;
    int r = csock__getaddrinfo(host, service, &hints, &res);
    if (r != 0) {
        csock__gai_error(err, r);
        return NULL;
    }
    /* One block: the entries, then their canonical names. */
    size_t n = 0, names = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        n++;
        names += (ai->ai_canonname ? strlen(ai->ai_canonname) : 0) + 1;
    }
    /* malloc, not calloc: every field of every entry is set below
     * (csock_addr_decode zeroes the whole address first). */
    csock_addrinfo *list = malloc(n * sizeof *list + names);
    if (!list) {
        freeaddrinfo(res);
        csock__err_nomem(err);
        return NULL;
    }
    char *strings = (char *)(list + n);
    size_t i = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next, i++) {
        csock_addrinfo *e = &list[i];
        e->family = ai->ai_family;
        e->type = ai->ai_socktype;
        e->proto = ai->ai_protocol;
        const char *cn = ai->ai_canonname ? ai->ai_canonname : "";
        size_t l = strlen(cn) + 1;
        memcpy(strings, cn, l);
        e->canonname = strings;
        strings += l;
        if (csock_addr_decode(ai->ai_addr, ai->ai_addrlen, proto, &e->addr,
                              err) < 0) {
            freeaddrinfo(res);
            free(list);
            return NULL;
        }
    }
    freeaddrinfo(res);
    *count = n;
    return list;
}

/* snprintf(buf, 32, "%ld", v) without stdio (a port is formatted on
 * every getaddrinfo/getnameinfo call). */
static void fmt_long(char buf[32], long v)
{
    char tmp[24];
    size_t n = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *buf++ = '-';
    while (n)
        *buf++ = tmp[--n];
    *buf = '\0';
}

csock_addrinfo *csock_getaddrinfo_port(const char *host, long port,
                                       int family, int type, int proto,
                                       int flags, size_t *count,
                                       csock_error *err)
{
    char buf[32];
    fmt_long(buf, port);
    return csock_getaddrinfo(host, buf, family, type, proto, flags, count,
                             err);
}

void csock_addrinfo_free(csock_addrinfo *list)
{
    free(list);
}

/* The name before 0.2.0 (deprecated, kept one release). */
void csock_freeaddrinfo(csock_addrinfo *list)
{
    csock_addrinfo_free(list);
}

/* ------------------------------------------------------------------ */
/* getnameinfo                                                         */
/* ------------------------------------------------------------------ */

int csock_getnameinfo(const csock_addr *sockaddr, int flags,
                      csock_nameinfo *out, csock_error *err)
{
    const char *host;
    int port, tuple4;
    uint32_t flowinfo = 0, scope_id = 0;
    if (sockaddr->family == AF_INET) {
        host = sockaddr->u.inet.host;
        port = sockaddr->u.inet.port;
        tuple4 = 0;
    } else if (sockaddr->family == AF_INET6) {
        host = sockaddr->u.inet6.host;
        port = sockaddr->u.inet6.port;
        flowinfo = sockaddr->u.inet6.flowinfo;
        scope_id = sockaddr->u.inet6.scope_id;
        tuple4 = 1;
    } else {
        return csock__err_ni_illegal_sockaddr(err);
    }
    if (flowinfo > 0xfffff)
        return csock__err_ni_flowinfo(err);

    char pbuf[32];
    fmt_long(pbuf, port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    int r = csock__getaddrinfo(host, pbuf, &hints, &res);
    if (r != 0)
        return csock__gai_error(err, r);
    if (res->ai_next) {
        freeaddrinfo(res);
        return csock__err_ni_multiple(err);
    }
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    socklen_t len = res->ai_addrlen;
    memcpy(&ss, res->ai_addr, len);
    int fam = res->ai_family;
    freeaddrinfo(res);
    if (fam == AF_INET && tuple4)
        return csock__err_ni_ipv4_tuple(err);
    if (fam == AF_INET6) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
        sin6->sin6_flowinfo = htonl(flowinfo);
        sin6->sin6_scope_id = scope_id;
    }
    csock__blocking b = csock__block_begin();
    r = getnameinfo((struct sockaddr *)&ss, len, out->host, sizeof out->host,
                    out->serv, sizeof out->serv, flags);
    int e = errno;
    csock__block_end(&b);
    if (r != 0) {
        errno = e;
        return csock__gai_error(err, r);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* gethostbyname, gethostbyname_ex, gethostbyaddr                      */
/* ------------------------------------------------------------------ */

int csock_gethostbyname(const char *hostname, char *out, csock_error *err)
{
    struct sockaddr_storage ss;
    if (csock__setipaddr(hostname, AF_INET, &ss, err) < 0)
        return -1;
    struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
    inet_ntop(AF_INET, &sin->sin_addr, out, CSOCK_INET_ADDRSTRLEN);
    return 0;
}

void csock_hostent_free(csock_hostent *h)
{
    free(h);
}

/* Copy a struct hostent into one allocation (Python's gethost_common). */
static csock_hostent *copy_hostent(const struct hostent *h, csock_error *err)
{
    size_t na = 0, nn = 0, strings = strlen(h->h_name) + 1;
    for (char **p = h->h_aliases; p && *p; p++, na++)
        strings += strlen(*p) + 1;
    if (h->h_addrtype != AF_INET && h->h_addrtype != AF_INET6) {
        csock__err_unsupported_address_family(err);
        return NULL;
    }
    for (char **p = h->h_addr_list; p && *p; p++, nn++)
        strings += CSOCK_INET6_ADDRSTRLEN;
    size_t size = sizeof(csock_hostent) + (na + 1 + nn + 1) * sizeof(char *) +
                  strings;
    csock_hostent *out = calloc(1, size);
    if (!out) {
        csock__err_nomem(err);
        return NULL;
    }
    char **ptrs = (char **)(out + 1);
    char *s = (char *)(ptrs + na + 1 + nn + 1);
    out->aliases = ptrs;
    out->addrs = ptrs + na + 1;
    out->naliases = na;
    out->naddrs = nn;
    size_t l = strlen(h->h_name) + 1;
    memcpy(s, h->h_name, l);
    out->name = s;
    s += l;
    for (size_t i = 0; i < na; i++) {
        l = strlen(h->h_aliases[i]) + 1;
        memcpy(s, h->h_aliases[i], l);
        out->aliases[i] = s;
        s += l;
    }
    for (size_t i = 0; i < nn; i++) {
        inet_ntop(h->h_addrtype, h->h_addr_list[i], s,
                  CSOCK_INET6_ADDRSTRLEN);
        out->addrs[i] = s;
        s += strlen(s) + 1;
    }
    return out;
}

/* Run a gethostby*_r call with a buffer that grows on ERANGE. */
typedef int (*hostent_fn)(const void *arg, struct hostent *he, char *buf,
                          size_t buflen, struct hostent **result,
                          int *h_errnop);

static csock_hostent *hostent_call(hostent_fn fn, const void *arg,
                                   csock_error *err)
{
    size_t buflen = 16384;
    for (;;) {
        char *buf = malloc(buflen);
        if (!buf) {
            csock__err_nomem(err);
            return NULL;
        }
        struct hostent he, *result = NULL;
        int herr = 0;
        csock__blocking b = csock__block_begin();
        int r = fn(arg, &he, buf, buflen, &result, &herr);
        csock__block_end(&b);
        if (r == ERANGE && buflen < (1u << 24)) {
            free(buf);
            buflen *= 2;
            continue;
        }
        csock_hostent *out = NULL;
        if (!result)
            csock__h_error(err, herr);
        else
            out = copy_hostent(result, err);
        free(buf);
        return out;
    }
}

static int byname_fn(const void *arg, struct hostent *he, char *buf,
                     size_t buflen, struct hostent **result, int *h_errnop)
{
    return csock__gethostbyname_r((const char *)arg, he, buf, buflen, result,
                           h_errnop);
}

struct byaddr_arg {
    const void *addr;
    socklen_t len;
    int af;
};

static int byaddr_fn(const void *arg, struct hostent *he, char *buf,
                     size_t buflen, struct hostent **result, int *h_errnop)
{
    const struct byaddr_arg *a = arg;
    return csock__gethostbyaddr_r(a->addr, a->len, a->af, he, buf, buflen, result,
                           h_errnop);
}

csock_hostent *csock_gethostbyname_ex(const char *hostname, csock_error *err)
{
    struct sockaddr_storage ss;
    if (csock__setipaddr(hostname, AF_INET, &ss, err) < 0)
        return NULL;
    return hostent_call(byname_fn, hostname, err);
}

csock_hostent *csock_gethostbyaddr(const char *ip_address, csock_error *err)
{
    struct sockaddr_storage ss;
    if (csock__setipaddr(ip_address, AF_UNSPEC, &ss, err) < 0)
        return NULL;
    struct byaddr_arg a;
    a.af = ss.ss_family;
    if (a.af == AF_INET) {
        a.addr = &((struct sockaddr_in *)&ss)->sin_addr;
        a.len = sizeof(struct in_addr);
    } else if (a.af == AF_INET6) {
        a.addr = &((struct sockaddr_in6 *)&ss)->sin6_addr;
        a.len = sizeof(struct in6_addr);
    } else {
        csock__err_unsupported_address_family(err);
        return NULL;
    }
    return hostent_call(byaddr_fn, &a, err);
}

/* ------------------------------------------------------------------ */
/* Host names                                                          */
/* ------------------------------------------------------------------ */

char *csock_gethostname(csock_error *err)
{
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) {
        csock__set_os_error(err, errno);
        return NULL;
    }
    buf[sizeof buf - 1] = '\0';
    return dup_str(buf, err);
}

int csock_sethostname(const char *name, csock_error *err)
{
    if (sethostname(name, strlen(name)) < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

char *csock_getfqdn(const char *name, csock_error *err)
{
    /* name = name.strip() */
    if (!name)
        name = "";
    while (*name && isspace((unsigned char)*name))
        name++;
    size_t n = strlen(name);
    while (n > 0 && isspace((unsigned char)name[n - 1]))
        n--;
    char *given = malloc(n + 1);
    if (!given) {
        csock__err_nomem(err);
        return NULL;
    }
    memcpy(given, name, n);
    given[n] = '\0';
    if (n == 0 || strcmp(given, "0.0.0.0") == 0 || strcmp(given, "::") == 0) {
        free(given);
        given = csock_gethostname(err);
        if (!given)
            return NULL;
    }
    csock_error ignored;
    csock_hostent *h = csock_gethostbyaddr(given, &ignored);
    if (!h)
        return given; /* any OSError: the name as it is */
    const char *pick = NULL;
    if (strchr(h->name, '.'))
        pick = h->name;
    for (size_t i = 0; !pick && i < h->naliases; i++)
        if (strchr(h->aliases[i], '.'))
            pick = h->aliases[i];
    if (!pick)
        pick = h->name;
    char *out = dup_str(pick, err);
    csock_hostent_free(h);
    free(given);
    return out;
}

/* ------------------------------------------------------------------ */
/* Protocol and service databases                                      */
/* ------------------------------------------------------------------ */

/* The _r database calls, with a buffer that grows on ERANGE (an entry
 * with many aliases). */
#define DB_BUF_START 1024
#define DB_BUF_MAX (1u << 20)

int csock_getprotobyname(const char *name, csock_error *err)
{
    for (size_t len = DB_BUF_START; len <= DB_BUF_MAX; len *= 2) {
        char *buf = malloc(len);
        if (!buf)
            return csock__err_nomem(err);
        struct protoent pe, *res = NULL;
        int r = csock__getprotobyname_r(name, &pe, buf, len, &res);
        int proto = res ? res->p_proto : -1;
        free(buf);
        if (r == ERANGE)
            continue;
        if (r != 0 || proto < 0)
            break;
        return proto;
    }
    return csock__err_protocol_not_found(err);
}

int csock_getservbyname(const char *name, const char *proto,
                        csock_error *err)
{
    for (size_t len = DB_BUF_START; len <= DB_BUF_MAX; len *= 2) {
        char *buf = malloc(len);
        if (!buf)
            return csock__err_nomem(err);
        struct servent se, *res = NULL;
        int r = csock__getservbyname_r(name, proto, &se, buf, len, &res);
        int port = res ? ntohs((uint16_t)res->s_port) : -1;
        free(buf);
        if (r == ERANGE)
            continue;
        if (r != 0 || port < 0)
            break;
        return port;
    }
    return csock__err_service_not_found(err);
}

char *csock_getservbyport(long port, const char *proto, csock_error *err)
{
    if (port < 0 || port > 0xffff) {
        csock__err_getservbyport_range(err);
        return NULL;
    }
    for (size_t len = DB_BUF_START; len <= DB_BUF_MAX; len *= 2) {
        char *buf = malloc(len);
        if (!buf) {
            csock__err_nomem(err);
            return NULL;
        }
        struct servent se, *res = NULL;
        int r = csock__getservbyport_r(htons((uint16_t)port), proto, &se, buf, len,
                                &res);
        char *out = NULL;
        if (r == 0 && res) {
            out = dup_str(res->s_name, err);
            free(buf);
            return out; /* NULL only on MemoryError */
        }
        free(buf);
        if (r != ERANGE)
            break;
    }
    csock__err_port_not_found(err);
    return NULL;
}
