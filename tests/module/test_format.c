/* The decode path's own formatters against libc: AF_INET/AF_INET6 hosts
 * (csock__addr_ntop, used by csock_addr_decode instead of inet_ntop) and
 * getaddrinfo's numeric port (csock_getaddrinfo_port).  Same bytes as
 * inet_ntop / snprintf("%ld") over edge values, every byte value in every
 * position, every zero-group pattern of an IPv6 address, and a large
 * pseudo-random sample. */
#include "common.h"

#include <arpa/inet.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

/* runtime/addr_internal.h (not installed). */
const char *csock__addr_ntop(int af, const void *src, char *dst, size_t size);

TestSuite(format, .init = fd_check_init, .fini = fd_check_fini);

/* xorshift64: a fixed sequence, so a failure repeats. */
static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static long checked;

/* Decode a sockaddr_in with these 4 bytes; the host must be inet_ntop's. */
static void check4(const unsigned char b[4])
{
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons(8080);
    memcpy(&sin.sin_addr, b, 4);
    char want[INET_ADDRSTRLEN];
    cr_assert_not_null(inet_ntop(AF_INET, &sin.sin_addr, want, sizeof want));
    csock_addr a;
    csock_error e;
    ASSERT_OK(csock_addr_decode((struct sockaddr *)&sin, sizeof sin, 0, &a, &e),
              e);
    cr_assert_eq(a.family, AF_INET);
    cr_assert_str_eq(a.u.inet.host, want);
    cr_assert_eq(a.u.inet.port, 8080);
    checked++;
}

static void check6(const unsigned char b[16])
{
    struct sockaddr_in6 sin6;
    memset(&sin6, 0, sizeof sin6);
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(443);
    sin6.sin6_flowinfo = htonl(0x12345);
    sin6.sin6_scope_id = 7;
    memcpy(&sin6.sin6_addr, b, 16);
    char want[INET6_ADDRSTRLEN];
    cr_assert_not_null(inet_ntop(AF_INET6, &sin6.sin6_addr, want, sizeof want));
    csock_addr a;
    csock_error e;
    ASSERT_OK(csock_addr_decode((struct sockaddr *)&sin6, sizeof sin6, 0, &a,
                                &e), e);
    cr_assert_eq(a.family, AF_INET6);
    cr_assert_str_eq(a.u.inet6.host, want);
    cr_assert_eq(a.u.inet6.port, 443);
    cr_assert_eq(a.u.inet6.flowinfo, 0x12345u);
    cr_assert_eq(a.u.inet6.scope_id, 7u);
    checked++;
}

Test(format, inet4_matches_inet_ntop)
{
    static const unsigned char edge[][4] = {
        { 0, 0, 0, 0 },       { 255, 255, 255, 255 }, { 127, 0, 0, 1 },
        { 10, 0, 0, 1 },      { 192, 168, 1, 254 },   { 1, 2, 3, 4 },
        { 9, 10, 99, 100 },   { 100, 99, 10, 9 },     { 199, 200, 249, 250 },
        { 0, 255, 0, 255 },   { 224, 0, 0, 251 },     { 169, 254, 0, 1 },
    };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        check4(edge[i]);
    /* Every byte value in every position (the others 0, 9, 99 or 255). */
    static const unsigned char fill[] = { 0, 9, 99, 255 };
    for (int pos = 0; pos < 4; pos++)
        for (int f = 0; f < 4; f++)
            for (int v = 0; v < 256; v++) {
                unsigned char b[4];
                memset(b, fill[f], 4);
                b[pos] = (unsigned char)v;
                check4(b);
            }
    for (int i = 0; i < 200000; i++) {
        uint64_t r = next();
        unsigned char b[4];
        memcpy(b, &r, 4);
        check4(b);
    }
    cr_assert_geq(checked, 200000 + 16 * 256);
}

/* A 16-bit group of some digit count (0: zero). */
static unsigned group(uint64_t r)
{
    switch (r % 8) {
    case 0: case 1: case 2: return 0;
    case 3: return 1 + (unsigned)(r >> 8) % 0xf;            /* 1 digit */
    case 4: return 0x10 + (unsigned)(r >> 8) % 0xf0;        /* 2 digits */
    case 5: return 0x100 + (unsigned)(r >> 8) % 0xf00;      /* 3 digits */
    case 6: return 0xffff;
    default: return (unsigned)(r >> 8) & 0xffff;
    }
}

static void put_groups(unsigned char b[16], const unsigned w[8])
{
    for (int i = 0; i < 8; i++) {
        b[2 * i] = (unsigned char)(w[i] >> 8);
        b[2 * i + 1] = (unsigned char)w[i];
    }
}

Test(format, inet6_matches_inet_ntop)
{
    unsigned char b[16];
    unsigned w[8];
    /* Edge values, IPv4-mapped and -compatible forms, runs of equal
     * length (the first one is compressed), runs at both ends. */
    static const unsigned edge[][8] = {
        { 0, 0, 0, 0, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0, 0, 1 },
        { 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff },
        { 0, 0, 0, 0, 0, 0xffff, 0x7f00, 0x0001 },
        { 0, 0, 0, 0, 0, 0xffff, 0, 0 },
        { 0, 0, 0, 0, 0, 0xffff, 0, 1 },
        { 0, 0, 0, 0, 0, 0, 0x0102, 0x0304 },
        { 0, 0, 0, 0, 0, 0, 0, 0x0304 },
        { 0, 0, 0, 0, 0, 0, 0x0102, 0 },
        { 0, 0, 0, 0, 0, 0xfffe, 0x0102, 0x0304 },
        { 0, 0, 0, 0, 0xffff, 0, 0x0102, 0x0304 },
        { 0, 0, 0, 0, 1, 0xffff, 0x0102, 0x0304 },
        { 0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221 },
        { 0xfe80, 0, 0, 0, 0, 0, 0, 1 },
        { 0x2001, 0xdb8, 0, 0, 1, 0, 0, 1 },
        { 0x2001, 0xdb8, 0, 1, 0, 0, 0, 1 },
        { 1, 0, 0, 0, 0, 0, 0, 0 },
        { 1, 0, 1, 0, 1, 0, 1, 0 },
        { 0, 1, 0, 1, 0, 1, 0, 1 },
        { 0xabcd, 0xef01, 0x2345, 0x6789, 0xa, 0xb0, 0xc00, 0xd000 },
        { 0xff02, 0, 0, 0, 0, 0, 0, 0xfb },
    };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) {
        put_groups(b, edge[i]);
        check6(b);
    }
    /* Every zero/non-zero pattern of the 8 groups, with non-zero groups of
     * each kind (1 to 4 hex digits, ffff). */
    static const unsigned nz[] = { 1, 0xa, 0x10, 0xff, 0x100, 0xabc,
                                   0x1000, 0xffff, 0x7f00, 0x0102 };
    for (unsigned pat = 0; pat < 256; pat++)
        for (size_t k = 0; k < sizeof nz / sizeof nz[0]; k++) {
            for (int i = 0; i < 8; i++)
                w[i] = (pat >> i & 1) ? nz[(k + (size_t)i) % 10] : 0;
            put_groups(b, w);
            check6(b);
        }
    /* ::ffff:a.b.c.d and ::a.b.c.d with every byte value in every
     * position of the IPv4 part. */
    for (int mapped = 0; mapped < 2; mapped++)
        for (int pos = 0; pos < 4; pos++)
            for (int v = 0; v < 256; v++) {
                memset(b, 0, 16);
                if (mapped)
                    b[10] = b[11] = 0xff;
                memset(b + 12, 1, 4);
                b[12 + pos] = (unsigned char)v;
                check6(b);
            }
    /* Random groups, a third of them zero: runs of every length anywhere. */
    for (int i = 0; i < 200000; i++) {
        for (int g = 0; g < 8; g++)
            w[g] = group(next());
        put_groups(b, w);
        check6(b);
    }
    /* Fully random bytes. */
    for (int i = 0; i < 50000; i++) {
        uint64_t r1 = next(), r2 = next();
        memcpy(b, &r1, 8);
        memcpy(b + 8, &r2, 8);
        check6(b);
    }
}

/* Short buffers: NULL with ENOSPC exactly where inet_ntop fails, nothing
 * written past size; an unknown family is EAFNOSUPPORT. */
Test(format, ntop_buffer_sizes_and_errors)
{
    static const unsigned char v4[][4] = { { 0, 0, 0, 0 },
                                           { 255, 255, 255, 255 },
                                           { 10, 1, 20, 3 } };
    static const unsigned v6[][8] = {
        { 0, 0, 0, 0, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0xffff, 0xffff, 0xffff },
        { 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff },
        { 0x2001, 0xdb8, 0, 0, 0, 0, 0, 1 },
    };
    unsigned char src[16];
    for (size_t n = 0; n < 3 + 4; n++) {
        int af = n < 3 ? AF_INET : AF_INET6;
        if (n < 3)
            memcpy(src, v4[n], 4);
        else
            put_groups(src, v6[n - 3]);
        for (size_t size = 0; size <= 64; size++) {
            char want[80], got[80];
            memset(want, 'x', sizeof want);
            memset(got, 'x', sizeof got);
            errno = 0;
            const char *rw = inet_ntop(af, src, want, (socklen_t)size);
            int ew = errno;
            errno = 0;
            const char *rg = csock__addr_ntop(af, src, got, size);
            int eg = errno;
            cr_assert_eq(rg == NULL, rw == NULL, "af %d size %zu", af, size);
            if (rg) {
                cr_assert_eq(rg, got);
                cr_assert_str_eq(got, want);
            } else {
                cr_assert_eq(eg, ENOSPC);
                cr_assert_eq(eg, ew);
            }
            for (size_t i = size; i < sizeof got; i++)
                cr_assert_eq(got[i], 'x', "af %d size %zu: byte %zu written",
                             af, size, i);
        }
    }
    char buf[64];
    errno = 0;
    cr_assert_null(csock__addr_ntop(AF_UNIX, src, buf, sizeof buf));
    cr_assert_eq(errno, EAFNOSUPPORT);
}

/* getaddrinfo(host, <int port>) formats the port as Python's "%ld": the
 * same answer (or the same error) as passing that string. */
static void check_port(long port)
{
    char s[32];
    snprintf(s, sizeof s, "%ld", port);
    csock_error e1, e2;
    size_t n1 = 0, n2 = 0;
    memset(&e1, 0, sizeof e1);
    memset(&e2, 0, sizeof e2);
    csock_addrinfo *a = csock_getaddrinfo_port("127.0.0.1", port, AF_INET,
                                               SOCK_STREAM, 0, AI_NUMERICHOST,
                                               &n1, &e1);
    csock_addrinfo *b = csock_getaddrinfo("127.0.0.1", s, AF_INET,
                                          SOCK_STREAM, 0, AI_NUMERICHOST,
                                          &n2, &e2);
    cr_assert_eq(a == NULL, b == NULL, "port %ld", port);
    if (a) {
        cr_assert_eq(n1, n2);
        cr_assert_eq(n1, 1u);
        cr_assert_eq(a[0].addr.u.inet.port, b[0].addr.u.inet.port);
        if (port >= 0 && port <= 65535)
            cr_assert_eq(a[0].addr.u.inet.port, (int)port);
        cr_assert_str_eq(a[0].addr.u.inet.host, "127.0.0.1");
    } else {
        cr_assert_eq(e1.kind, e2.kind, "port %ld", port);
        cr_assert_eq(e1.code, e2.code, "port %ld", port);
        cr_assert_str_eq(e1.message, e2.message);
    }
    csock_addrinfo_free(a);
    csock_addrinfo_free(b);
}

Test(format, getaddrinfo_port_matches_ld)
{
    static const long edge[] = { 0, 1, 9, 10, 99, 100, 8080, 65534, 65535,
                                 65536, 99999, 100000,
#if LONG_MAX > 4294967295
                                 4294967295L, 4294967296L, /* a 64-bit long */
#endif
                                 -1, -9, -10, -65535,
                                 LONG_MAX, LONG_MIN, LONG_MIN + 1 };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        check_port(edge[i]);
    for (long p = 0; p <= 65535; p += 97)
        check_port(p);
    for (int i = 0; i < 500; i++)
        check_port((long)next());
}

/* The AF_INET numeric fast path (csock__addr_pton4, runtime/
 * addr_internal.h) accepts exactly what inet_pton(AF_INET) accepts. */
int csock__addr_pton4(const char *s, void *dst);

static void check_pton(const char *s)
{
    unsigned char want[4] = { 0xaa, 0xaa, 0xaa, 0xaa };
    unsigned char got[4] = { 0xaa, 0xaa, 0xaa, 0xaa };
    int rw = inet_pton(AF_INET, s, want);
    int rg = csock__addr_pton4(s, got);
    cr_assert_eq(rg, rw > 0 ? 1 : 0, "\"%s\": %d, inet_pton %d", s, rg, rw);
    cr_assert_eq(memcmp(got, want, 4), 0, "\"%s\"", s);
}

Test(format, pton4_matches_inet_pton)
{
    static const char *edge[] = {
        "0.0.0.0", "255.255.255.255", "127.0.0.1", "1.2.3.4", "256.1.1.1",
        "1.1.1.256", "01.2.3.4", "1.2.3.04", "1.2.3.00", "00.0.0.0",
        "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3", "1.2.3.4.5", "", ".",
        "1", "1.2", "0x1.2.3.4", "1.2.3.4 ", " 1.2.3.4", "1.2.3.4x",
        "1000.1.1.1", "1.1.1.1000", "999.1.1.1", "255.255.255.2555",
        "1.2.3.-4", "+1.2.3.4", "1.2.3.4\n", "localhost", "::1",
        "::ffff:1.2.3.4", "100.200.250.255", "199.099.1.1", "9.99.199.249",
        "4294967295", "1.2.3.4/8", "1.2.3.4:80",
    };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        check_pton(edge[i]);
    char s[32];
    /* Every part value 0..999 in every position, plain and zero-padded. */
    for (int pos = 0; pos < 4; pos++)
        for (int v = 0; v < 1000; v++) {
            int p[4] = { 10, 0, 255, 7 };
            p[pos] = v;
            snprintf(s, sizeof s, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
            check_pton(s);
            snprintf(s, sizeof s, "%d.%d.%d.%03d", p[0], p[1], p[2], p[3]);
            check_pton(s);
            snprintf(s, sizeof s, "%02d.%d.%d.%d", p[0], p[1], p[2], p[3]);
            check_pton(s);
        }
    /* Random strings over digits, dots and a few others, length 0..17. */
    static const char alpha[] = "0123456789012345......x -";
    for (int i = 0; i < 300000; i++) {
        uint64_t r = next();
        size_t n = r % 18;
        for (size_t k = 0; k < n; k++)
            s[k] = alpha[next() % (sizeof alpha - 1)];
        s[n] = '\0';
        check_pton(s);
    }
    /* Random valid addresses, formatted back. */
    for (int i = 0; i < 100000; i++) {
        uint64_t r = next();
        snprintf(s, sizeof s, "%u.%u.%u.%u", (unsigned)(r & 255),
                 (unsigned)(r >> 8 & 255), (unsigned)(r >> 16 & 255),
                 (unsigned)(r >> 24 & 255));
        check_pton(s);
    }
}

/* csock_addr_format / csock_addr_port beyond the spec's examples (those
 * are generated: generated/tests/addr_examples.c): addresses from real
 * sockets, truncation, the edge cases the header states. */
Test(format, addr_text_of_real_sockets)
{
    csock_error e;
    char text[CSOCK_ADDR_TEXT_MAX], want[64];
    csock *l = csock_create_server("127.0.0.1", 0, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0, &e);
    cr_assert_not_null(l, "%s", e.message);
    csock_addr a;
    cr_assert_eq(csock_getsockname(l, &a, &e), 0);
    int port = csock_addr_port(&a);
    cr_assert(port > 0 && port < 65536);
    snprintf(want, sizeof want, "127.0.0.1:%d", port);
    cr_assert_eq(csock_addr_format(&a, text, sizeof text), strlen(want));
    cr_assert_str_eq(text, want);
    csock_close(l, NULL);

    l = csock_create_server("::1", 0, AF_INET6, CSOCK_LISTEN_DEFAULT, 0, 0, &e);
    cr_assert_not_null(l, "%s", e.message);
    cr_assert_eq(csock_getsockname(l, &a, &e), 0);
    port = csock_addr_port(&a);
    snprintf(want, sizeof want, "[::1]:%d", port);
    csock_addr_format(&a, text, sizeof text);
    cr_assert_str_eq(text, want);
    csock_close(l, NULL);

    /* AF_UNIX: a path in a temporary directory, and an unnamed pair */
    char dir[] = "/tmp/csock-fmt-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/app.sock", dir);
    csock *u = csock_socket(AF_UNIX, SOCK_STREAM, 0, &e);
    csock_addr ua = csock_addr_unix(path);
    cr_assert_eq(csock_bind(u, &ua, &e), 0, "%s", e.message);
    cr_assert_eq(csock_getsockname(u, &a, &e), 0);
    csock_addr_format(&a, text, sizeof text);
    cr_assert_str_eq(text, path);
    cr_assert_eq(csock_addr_port(&a), -1);
    csock_close(u, NULL);
    unlink(path);
    rmdir(dir);
    csock *p[2];
    cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), 0);
    cr_assert_eq(csock_getsockname(p[0], &a, &e), 0);
    cr_assert_eq(csock_addr_format(&a, text, sizeof text), 0);
    cr_assert_str_eq(text, "");
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}

Test(format, addr_text_edges)
{
    char text[CSOCK_ADDR_TEXT_MAX];
    csock_addr a = csock_addr_inet("192.168.100.200", 65535);
    /* cut like snprintf: the length of the whole text comes back */
    char small[8];
    cr_assert_eq(csock_addr_format(&a, small, sizeof small), strlen("192.168.100.200:65535"));
    cr_assert_str_eq(small, "192.168");
    cr_assert_eq(csock_addr_format(&a, NULL, 0), strlen("192.168.100.200:65535"));
    char one[1] = { 'x' };
    cr_assert_eq(csock_addr_format(&a, one, 1), 21);
    cr_assert_eq(one[0], '\0');
    /* no address, a NULL address */
    csock_addr none;
    memset(&none, 0, sizeof none);
    cr_assert_eq(csock_addr_format(&none, text, sizeof text), 0);
    cr_assert_str_eq(text, "");
    cr_assert_eq(csock_addr_format(NULL, text, sizeof text), 0);
    cr_assert_eq(csock_addr_port(NULL), -1);
    cr_assert_eq(csock_addr_port(&none), -1);
    /* IPv6 with a scope, and the port accessor */
    csock_addr b = csock_addr_inet6("fe80::1", 443, 0, 3);
    csock_addr_format(&b, text, sizeof text);
    cr_assert_str_eq(text, "[fe80::1%3]:443");
    cr_assert_eq(csock_addr_port(&b), 443);
    /* an abstract name with a byte that is not printable */
    csock_addr c = csock_addr_unix_bytes("\0name\001x", 7);
    csock_addr_format(&c, text, sizeof text);
    cr_assert_str_eq(text, "@name\\x01x");
    /* a family without address format: Python's (family, sa_data) */
    csock_addr d;
    memset(&d, 0, sizeof d);
    d.family = 12345;
    csock_addr_format(&d, text, sizeof text);
    cr_assert_str_eq(text, "(12345, b'')");
}
