/* Text <-> address conversions, differential against glibc: csock's
 * inet_pton/inet_aton/inet_ntop/inet_ntoa, numeric getaddrinfo
 * (AI_NUMERICHOST) and getnameinfo (NI_NUMERICHOST|NI_NUMERICSERV) must
 * accept what glibc accepts and give the same bytes and text, and fail
 * with Python's error where glibc fails.  Also csock's own parser and
 * formatter (csock__addr_pton4, csock__addr_ntop: the numeric fast path of
 * every AF_INET host and the decode path of every address) against
 * glibc's inet_pton/inet_ntop, and the host of an encoded csock_addr.
 *
 * Where Python's socket module is not a plain libc call, the reference
 * below restates the rule of CPython 3.11's Modules/socketmodule.c, named
 * at each place.  Nothing here can reach the network: getaddrinfo always
 * has AI_NUMERICHOST, getnameinfo always NI_NUMERICHOST. */
#include "fuzz.h"
#include "addr_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>

#define MAX_TEXT 300

/* A failed csock call must give exactly this error. */
static void want_error(const csock_error *e, int kind, const char *msg,
                       const char *what)
{
    fz_check_error(e, what);
    FZ_CHECK(e->kind == kind, "%s: kind %d (%s), want %d (%s)", what,
             e->kind, e->message, kind, msg);
    FZ_CHECK(strcmp(e->message, msg) == 0, "%s: '%s', want '%s'", what,
             e->message, msg);
}

/* Python's OSError from errno (PyErr_SetFromErrno). */
static void want_os_error(const csock_error *e, int errnum, const char *what)
{
    char msg[CSOCK_ERROR_MESSAGE_MAX];
    snprintf(msg, sizeof msg, "[Errno %d] %s", errnum, strerror(errnum));
    want_error(e, CSOCK_ERR_OS, msg, what);
    FZ_CHECK(e->code == errnum, "%s: code %d, want %d", what, e->code,
             errnum);
}

/* Python's set_gaierror: EAI_SYSTEM is an OSError from errno, anything
 * else gaierror "[Errno N] gai_strerror(N)". */
static void want_gai_error(const csock_error *e, int code, int errnum,
                           const char *what)
{
    if (code == EAI_SYSTEM) {
        want_os_error(e, errnum, what);
        return;
    }
    char msg[CSOCK_ERROR_MESSAGE_MAX];
    snprintf(msg, sizeof msg, "[Errno %d] %s", code, gai_strerror(code));
    want_error(e, CSOCK_ERR_GAI, msg, what);
    FZ_CHECK(e->code == code, "%s: code %d, want %d", what, e->code, code);
}

/* The counted input as a C string (cut at MAX_TEXT); *has_nul says
 * whether it held a NUL (Python's "s"/"is" argument formats refuse that
 * with ValueError "embedded null character"). */
static char *text_of(fz_in *in, size_t *len, int *has_nul)
{
    size_t n;
    const uint8_t *p = fz_bytes(in, MAX_TEXT, &n);
    char *s = malloc(n + 1);
    FZ_CHECK(s != NULL, "malloc");
    memcpy(s, p, n);
    s[n] = '\0';
    *len = n;
    *has_nul = memchr(s, '\0', n) != NULL;
    return s;
}

/* inet_pton for one family: csock_inet_pton(_n) against glibc; for
 * AF_INET also csock__addr_pton4; for a numeric host, the encoded
 * sockaddr of csock_addr_inet/inet6. */
static void op_pton(int af, fz_in *in)
{
    size_t n;
    int nul;
    char *s = text_of(in, &n, &nul);
    unsigned char want[16], got[16];
    csock_error e;

    memset(&e, 0, sizeof e);
    int r = csock_inet_pton_n(af, s, n, got, &e);
    if (nul) {
        FZ_CHECK(r == -1, "embedded NUL accepted");
        want_error(&e, CSOCK_ERR_VALUE, "embedded null character",
                   "inet_pton_n");
    }

    errno = 0;
    int g = inet_pton(af, s, want);
    int gerr = errno;
    memset(&e, 0, sizeof e);
    r = csock_inet_pton(af, s, got, &e);
    if (g < 0) {
        FZ_CHECK(r == -1, "inet_pton(%d): glibc failed, csock gave %d", af,
                 r);
        want_os_error(&e, gerr, "inet_pton");
    } else if (g == 0) {
        FZ_CHECK(r == -1, "inet_pton(%d, '%s'): glibc refuses, csock %d", af,
                 s, r);
        want_error(&e, CSOCK_ERR_OS,
                   "illegal IP address string passed to inet_pton",
                   "inet_pton");
    } else {
        int size = af == AF_INET ? 4 : 16;
        FZ_CHECK(r == size, "inet_pton(%d, '%s'): %d bytes (%s)", af, s, r,
                 e.message);
        FZ_CHECK(memcmp(got, want, (size_t)size) == 0,
                 "inet_pton(%d, '%s'): other bytes", af, s);
    }

    if (af == AF_INET) {
        unsigned char fast[4] = { 0xa5, 0xa5, 0xa5, 0xa5 };
        int f = csock__addr_pton4(s, fast);
        FZ_CHECK(f == (g > 0), "csock__addr_pton4('%s') = %d, glibc %d", s,
                 f, g);
        if (f)
            FZ_CHECK(memcmp(fast, want, 4) == 0,
                     "csock__addr_pton4('%s'): other bytes", s);
        else
            FZ_CHECK(memcmp(fast, "\xa5\xa5\xa5\xa5", 4) == 0,
                     "csock__addr_pton4 wrote on failure");
    }

    /* gethostbyname of a numeric IPv4 host: Python's setipaddr takes it
     * without the resolver and gives it back as inet_ntop formats it. */
    if (af == AF_INET && g > 0 && !nul) {
        char out[CSOCK_INET_ADDRSTRLEN], text[INET_ADDRSTRLEN];
        memset(&e, 0, sizeof e);
        FZ_CHECK(csock_gethostbyname(s, out, &e) == 0,
                 "gethostbyname('%s'): %s", s, e.message);
        FZ_CHECK(strcmp(out, inet_ntop(AF_INET, want, text, sizeof text)) == 0,
                 "gethostbyname('%s') = '%s'", s, out);
    }

    /* A numeric host encodes to the same bytes, without the resolver. */
    if ((af == AF_INET || af == AF_INET6) && g > 0 && !nul) {
        struct sockaddr_storage ss;
        socklen_t len = 0;
        csock_addr a = af == AF_INET ? csock_addr_inet(s, 80)
                                     : csock_addr_inet6(s, 80, 0, 0);
        memset(&e, 0, sizeof e);
        FZ_CHECK(csock_addr_encode(&a, af, 0, "connect", &ss, &len, &e) == 0,
                 "encode numeric '%s': %s", s, e.message);
        const void *p = af == AF_INET
                            ? (const void *)&((struct sockaddr_in *)&ss)->sin_addr
                            : (const void *)&((struct sockaddr_in6 *)&ss)->sin6_addr;
        FZ_CHECK(memcmp(p, want, af == AF_INET ? 4 : 16) == 0,
                 "encoded host '%s': other bytes", s);
    }
    free(s);
}

static void op_pton_other(fz_in *in)
{
    int af = fz_u8(in);
    op_pton(af, in);
}

/* inet_aton: Python calls inet_aton(3) (it accepts "1", "0x7f.1", and
 * anything after a blank); csock_inet_aton_n refuses NULs as Python. */
static void op_aton(fz_in *in)
{
    size_t n;
    int nul;
    char *s = text_of(in, &n, &nul);
    unsigned char got[4];
    struct in_addr want;
    csock_error e;

    memset(&e, 0, sizeof e);
    int r = csock_inet_aton_n(s, n, got, &e);
    int g = inet_aton(s, &want);
    if (nul) {
        FZ_CHECK(r == -1, "embedded NUL accepted");
        want_error(&e, CSOCK_ERR_VALUE, "embedded null character",
                   "inet_aton_n");
    } else if (g) {
        FZ_CHECK(r == 0, "inet_aton('%s'): glibc accepts, csock: %s", s,
                 e.message);
        FZ_CHECK(memcmp(got, &want, 4) == 0, "inet_aton('%s'): other bytes",
                 s);
    } else {
        FZ_CHECK(r == -1, "inet_aton('%s'): glibc refuses, csock accepts", s);
        want_error(&e, CSOCK_ERR_OS,
                   "illegal IP address string passed to inet_aton",
                   "inet_aton");
    }
    memset(&e, 0, sizeof e);
    r = csock_inet_aton(s, got, &e);
    FZ_CHECK((r == 0) == (g != 0), "csock_inet_aton('%s') = %d, glibc %d", s,
             r, g);
    free(s);
}

/* inet_ntop: Python checks the length first (ValueError "invalid length
 * of packed IP address string"), and refuses other families (ValueError
 * "unknown address family N").  csock__addr_ntop must be glibc's text. */
static void op_ntop(int af, fz_in *in)
{
    size_t n;
    const uint8_t *p = fz_bytes(in, 32, &n);
    unsigned char *b = malloc(n ? n : 1); /* exact size: ASan sees overreads */
    FZ_CHECK(b != NULL, "malloc");
    memcpy(b, p, n);
    size_t size = af == AF_INET ? 4 : 16;
    char got[CSOCK_INET6_ADDRSTRLEN], want[INET6_ADDRSTRLEN];
    csock_error e;

    memset(&e, 0, sizeof e);
    int r = csock_inet_ntop(af, b, n, got, &e);
    if (n != size) {
        FZ_CHECK(r == -1, "inet_ntop of %zu bytes accepted", n);
        want_error(&e, CSOCK_ERR_VALUE,
                   "invalid length of packed IP address string", "inet_ntop");
    } else {
        FZ_CHECK(inet_ntop(af, b, want, sizeof want), "glibc inet_ntop");
        FZ_CHECK(r == 0, "inet_ntop: %s", e.message);
        FZ_CHECK(strcmp(got, want) == 0, "inet_ntop: '%s', glibc '%s'", got,
                 want);
        /* Every buffer size: the same text or ENOSPC, never an overflow. */
        for (size_t cap = 0; cap <= strlen(want) + 1; cap++) {
            char *dst = malloc(cap ? cap : 1);
            FZ_CHECK(dst != NULL, "malloc");
            errno = 0;
            const char *t = csock__addr_ntop(af, b, dst, cap);
            if (cap > strlen(want)) {
                FZ_CHECK(t == dst && strcmp(dst, want) == 0,
                         "csock__addr_ntop: '%s', glibc '%s'", t ? dst : "(null)",
                         want);
            } else {
                FZ_CHECK(t == NULL && errno == ENOSPC,
                         "csock__addr_ntop into %zu bytes", cap);
            }
            free(dst);
        }
    }
    /* Any other family. */
    memset(&e, 0, sizeof e);
    int other = n ? b[0] : 0;
    if (other != AF_INET && other != AF_INET6) {
        FZ_CHECK(csock_inet_ntop(other, b, n, got, &e) == -1,
                 "inet_ntop family %d", other);
        char msg[64];
        snprintf(msg, sizeof msg, "unknown address family %d", other);
        want_error(&e, CSOCK_ERR_VALUE, msg, "inet_ntop");
    }
    free(b);
}

/* inet_ntoa: OSError "packed IP wrong length for inet_ntoa" unless 4
 * bytes; then inet_ntoa(3)'s text. */
static void op_ntoa(fz_in *in)
{
    size_t n;
    const uint8_t *p = fz_bytes(in, 16, &n);
    unsigned char *b = malloc(n ? n : 1);
    FZ_CHECK(b != NULL, "malloc");
    memcpy(b, p, n);
    char got[CSOCK_INET_ADDRSTRLEN];
    csock_error e;
    memset(&e, 0, sizeof e);
    int r = csock_inet_ntoa(b, n, got, &e);
    if (n != 4) {
        FZ_CHECK(r == -1, "inet_ntoa of %zu bytes accepted", n);
        want_error(&e, CSOCK_ERR_OS, "packed IP wrong length for inet_ntoa",
                   "inet_ntoa");
    } else {
        struct in_addr a;
        memcpy(&a, b, 4);
        FZ_CHECK(r == 0, "inet_ntoa: %s", e.message);
        FZ_CHECK(strcmp(got, inet_ntoa(a)) == 0, "inet_ntoa: '%s', glibc '%s'",
                 got, inet_ntoa(a));
    }
    free(b);
}

static int pick(uint8_t sel, const int *table, size_t n)
{
    return sel < n ? table[sel] : sel;
}

/* Python's makesockaddr of a getaddrinfo answer, restated over glibc. */
static void check_ai_addr(const csock_addr *got, const struct addrinfo *ai)
{
    char host[INET6_ADDRSTRLEN];
    FZ_CHECK(got->family == ai->ai_family, "family %d, glibc %d", got->family,
             ai->ai_family);
    if (ai->ai_family == AF_INET) {
        const struct sockaddr_in *sin = (const void *)ai->ai_addr;
        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        FZ_CHECK(strcmp(got->u.inet.host, host) == 0, "host '%s', glibc '%s'",
                 got->u.inet.host, host);
        FZ_CHECK(got->u.inet.port == ntohs(sin->sin_port), "port");
    } else if (ai->ai_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const void *)ai->ai_addr;
        inet_ntop(AF_INET6, &sin6->sin6_addr, host, sizeof host);
        FZ_CHECK(strcmp(got->u.inet6.host, host) == 0,
                 "host '%s', glibc '%s'", got->u.inet6.host, host);
        FZ_CHECK(got->u.inet6.port == ntohs(sin6->sin6_port), "port");
        FZ_CHECK(got->u.inet6.flowinfo == ntohl(sin6->sin6_flowinfo),
                 "flowinfo");
        FZ_CHECK(got->u.inet6.scope_id == sin6->sin6_scope_id, "scope_id");
    }
}

/* getaddrinfo(host, port, family, type, proto, flags | AI_NUMERICHOST):
 * Python hands host and port to getaddrinfo(3) as they are (an int port
 * formatted with "%ld", None as NULL), so the answers must be glibc's, in
 * glibc's order.  (Python IDNA-encodes str hosts; csock takes bytes, which
 * Python passes through, so there is no rule to restate.) */
static void op_getaddrinfo(fz_in *in)
{
    static const int fams[] = { AF_UNSPEC, AF_INET, AF_INET6, AF_UNIX };
    static const int types[] = { 0, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW };
    static const int protos[] = { 0, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_SCTP };
    static const int flagbits[] = { AI_PASSIVE, AI_CANONNAME, AI_V4MAPPED,
                                    AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV,
                                    0x10000 /* unknown: EAI_BADFLAGS */ };
    int family = pick(fz_u8(in), fams, 4);
    int type = pick(fz_u8(in), types, 4);
    int proto = pick(fz_u8(in), protos, 4);
    uint8_t fl = fz_u8(in);
    int flags = AI_NUMERICHOST;
    for (int i = 0; i < 7; i++)
        if (fl >> i & 1)
            flags |= flagbits[i];
    int port_number = fl >> 7 & 1;
    long port = port_number ? (long)(int32_t)fz_u32(in) : 0;

    size_t n;
    int nul;
    char *s = text_of(in, &n, &nul);
    /* host NUL service; an empty part stands for None (NULL). */
    const char *host = s, *serv = nul ? s + strlen(s) + 1 : NULL;
    char pbuf[32];
    if (port_number) {
        snprintf(pbuf, sizeof pbuf, "%ld", port);
        serv = pbuf;
    } else if (serv && !*serv) {
        serv = NULL;
    }
    if (!*host)
        host = NULL;

    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    errno = 0;
    int g = getaddrinfo(host, serv, &hints, &res);
    int gerr = errno;

    size_t count = 99;
    csock_error e;
    memset(&e, 0, sizeof e);
    csock_addrinfo *list =
        port_number ? csock_getaddrinfo_port(host, port, family, type, proto,
                                             flags, &count, &e)
                    : csock_getaddrinfo(host, serv, family, type, proto,
                                        flags, &count, &e);
    if (g != 0) {
        FZ_CHECK(list == NULL, "getaddrinfo('%s', '%s'): glibc %d, csock ok",
                 host ? host : "(null)", serv ? serv : "(null)", g);
        FZ_CHECK(count == 0, "count %zu on failure", count);
        want_gai_error(&e, g, gerr, "getaddrinfo");
    } else {
        FZ_CHECK(list != NULL, "getaddrinfo('%s', '%s'): glibc ok, csock: %s",
                 host ? host : "(null)", serv ? serv : "(null)", e.message);
        size_t i = 0;
        for (struct addrinfo *ai = res; ai; ai = ai->ai_next, i++) {
            FZ_CHECK(i < count, "fewer answers than glibc");
            const csock_addrinfo *c = &list[i];
            FZ_CHECK(c->family == ai->ai_family && c->type == ai->ai_socktype &&
                         c->proto == ai->ai_protocol,
                     "answer %zu: (%d, %d, %d), glibc (%d, %d, %d)", i,
                     c->family, c->type, c->proto, ai->ai_family,
                     ai->ai_socktype, ai->ai_protocol);
            FZ_CHECK(strcmp(c->canonname,
                            ai->ai_canonname ? ai->ai_canonname : "") == 0,
                     "canonname '%s'", c->canonname);
            check_ai_addr(&c->addr, ai);
        }
        FZ_CHECK(i == count, "%zu answers, glibc %zu", count, i);
        freeaddrinfo(res);
    }
    csock_addrinfo_free(list);
    free(s);
}

/* getnameinfo(sockaddr, flags), restating CPython's socket_getnameinfo:
 * flowinfo > 0xfffff is OverflowError; the host goes through
 * getaddrinfo(host, "%d" % port, AF_UNSPEC, SOCK_DGRAM, AI_NUMERICHOST)
 * (gaierror); more than one answer is OSError "sockaddr resolved to
 * multiple addresses"; an IPv4 answer for a 4-tuple is OSError "IPv4
 * sockaddr must be 2 tuple"; an IPv6 one gets flowinfo and scope_id; then
 * getnameinfo(3) (gaierror).  An AF_INET csock_addr is Python's 2-tuple,
 * an AF_INET6 one the 4-tuple. */
static void op_getnameinfo(fz_in *in)
{
    static const int flagbits[] = { NI_DGRAM, NI_NAMEREQD, NI_NOFQDN,
                                    0x4000 /* unknown: EAI_BADFLAGS */ };
    int af6 = fz_u8(in) & 1;
    int port = (int)fz_u32(in);
    uint32_t flowinfo = fz_u32(in), scope_id = fz_u32(in);
    uint8_t fl = fz_u8(in);
    int flags = NI_NUMERICHOST | NI_NUMERICSERV;
    for (int i = 0; i < 4; i++)
        if (fl >> i & 1)
            flags |= flagbits[i];
    if (!af6)
        flowinfo = scope_id = 0;
    size_t n;
    int nul;
    char *s = text_of(in, &n, &nul); /* cut at the first NUL */
    if (strlen(s) >= CSOCK_ADDR_HOST_MAX)
        s[CSOCK_ADDR_HOST_MAX - 1] = '\0'; /* what the csock_addr holds */

    csock_addr a = af6 ? csock_addr_inet6(s, port, flowinfo, scope_id)
                       : csock_addr_inet(s, port);
    csock_nameinfo got;
    csock_error e;
    memset(&e, 0, sizeof e);
    int r = csock_getnameinfo(&a, flags, &got, &e);

    /* The reference. */
    if (flowinfo > 0xfffff) {
        FZ_CHECK(r == -1, "flowinfo %u accepted", flowinfo);
        want_error(&e, CSOCK_ERR_OVERFLOW,
                   "getnameinfo(): flowinfo must be 0-1048575.",
                   "getnameinfo");
        free(s);
        return;
    }
    char pbuf[NI_MAXSERV], hbuf[NI_MAXHOST];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    errno = 0;
    int g = getaddrinfo(s, pbuf, &hints, &res);
    int gerr = errno;
    if (g != 0) {
        FZ_CHECK(r == -1, "getnameinfo('%s'): glibc getaddrinfo %d", s, g);
        want_gai_error(&e, g, gerr, "getnameinfo");
    } else if (res->ai_next) {
        FZ_CHECK(r == -1, "several answers accepted");
        want_error(&e, CSOCK_ERR_OS, "sockaddr resolved to multiple addresses",
                   "getnameinfo");
    } else if (res->ai_family == AF_INET && af6) {
        FZ_CHECK(r == -1, "IPv4 4-tuple accepted");
        want_error(&e, CSOCK_ERR_OS, "IPv4 sockaddr must be 2 tuple",
                   "getnameinfo");
    } else {
        if (res->ai_family == AF_INET6) {
            struct sockaddr_in6 *sin6 = (void *)res->ai_addr;
            sin6->sin6_flowinfo = htonl(flowinfo);
            sin6->sin6_scope_id = scope_id;
        }
        errno = 0;
        g = getnameinfo(res->ai_addr, res->ai_addrlen, hbuf, sizeof hbuf, pbuf,
                        sizeof pbuf, flags);
        gerr = errno;
        if (g != 0) {
            FZ_CHECK(r == -1, "getnameinfo('%s'): glibc %d, csock ok", s, g);
            want_gai_error(&e, g, gerr, "getnameinfo");
        } else {
            FZ_CHECK(r == 0, "getnameinfo('%s'): glibc ok, csock: %s", s,
                     e.message);
            FZ_CHECK(strcmp(got.host, hbuf) == 0 && strcmp(got.serv, pbuf) == 0,
                     "getnameinfo: ('%s', '%s'), glibc ('%s', '%s')", got.host,
                     got.serv, hbuf, pbuf);
        }
    }
    if (res)
        freeaddrinfo(res);
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_in in = { data, size };
    switch (fz_u8(&in) % FZ_TEXT_OPS) {
    case FZ_PTON4:
        op_pton(AF_INET, &in);
        break;
    case FZ_PTON6:
        op_pton(AF_INET6, &in);
        break;
    case FZ_PTON_OTHER:
        op_pton_other(&in);
        break;
    case FZ_ATON:
        op_aton(&in);
        break;
    case FZ_NTOP4:
        op_ntop(AF_INET, &in);
        break;
    case FZ_NTOP6:
        op_ntop(AF_INET6, &in);
        break;
    case FZ_NTOA:
        op_ntoa(&in);
        break;
    case FZ_GETADDRINFO:
        op_getaddrinfo(&in);
        break;
    case FZ_GETNAMEINFO:
        op_getnameinfo(&in);
        break;
    }
    return 0;
}
