/* csock_addr_decode on any sockaddr the kernel could hand back (any
 * family, any length, any protocol of the socket), then the round trip:
 * what decodes must encode again, or fail with a clean csock_error, and
 * decoding that encoding must give an equal address.  The input is
 * [family selector][sock_proto][sockaddr bytes] (tests/fuzz/fuzz.h); the
 * bytes are copied into an allocation of exactly their length, so ASan
 * sees any read past what the kernel would have written.
 *
 * Also differential: the host text of AF_INET/AF_INET6 (csock's own
 * formatter, runtime/addr_support.c) must be glibc's inet_ntop, byte for
 * byte. */
#include "fuzz.h"
#include "addr_internal.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>

static const int families[] = {
    AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6,
#ifdef AF_PACKET
    AF_PACKET,
#endif
#ifdef AF_NETLINK
    AF_NETLINK,
#endif
#ifdef AF_TIPC
    AF_TIPC,
#endif
#ifdef AF_CAN
    AF_CAN,
#endif
#ifdef AF_BLUETOOTH
    AF_BLUETOOTH,
#endif
#ifdef AF_ALG
    AF_ALG,
#endif
#ifdef AF_VSOCK
    AF_VSOCK,
#endif
#ifdef AF_RDS
    AF_RDS,
#endif
#ifdef AF_QIPCRTR
    AF_QIPCRTR,
#endif
    AF_APPLETALK, 255,
};
#define NFAMILIES (sizeof families / sizeof *families)

#define STR_OK(field) (strnlen((field), sizeof(field)) < sizeof(field))

/* Every string of the decoded value ends inside its array, and lengths
 * stay inside their buffers. */
static void check_decoded(const csock_addr *a)
{
    switch (a->family) {
    case AF_UNIX:
        FZ_CHECK(a->u.un.len <= sizeof a->u.un.path, "un.len %zu",
                 a->u.un.len);
        break;
    case AF_INET:
        FZ_CHECK(STR_OK(a->u.inet.host), "inet host unterminated");
        FZ_CHECK(a->u.inet.port >= 0 && a->u.inet.port <= 65535, "port %d",
                 a->u.inet.port);
        break;
    case AF_INET6:
        FZ_CHECK(STR_OK(a->u.inet6.host), "inet6 host unterminated");
        FZ_CHECK(a->u.inet6.port >= 0 && a->u.inet6.port <= 65535,
                 "port %d", a->u.inet6.port);
        break;
#ifdef AF_PACKET
    case AF_PACKET:
        FZ_CHECK(STR_OK(a->u.packet.ifname), "ifname unterminated");
        FZ_CHECK(a->u.packet.addr_len <= sizeof a->u.packet.addr,
                 "packet addr_len %zu", a->u.packet.addr_len);
        break;
#endif
#ifdef AF_CAN
    case AF_CAN:
        FZ_CHECK(STR_OK(a->u.can.interface), "can interface unterminated");
        break;
#endif
#ifdef AF_BLUETOOTH
    case AF_BLUETOOTH:
        FZ_CHECK(STR_OK(a->u.bt.bdaddr), "bdaddr unterminated");
        break;
#endif
#ifdef AF_ALG
    case AF_ALG:
        FZ_CHECK(STR_OK(a->u.alg.type), "alg type unterminated");
        FZ_CHECK(STR_OK(a->u.alg.name), "alg name unterminated");
        break;
#endif
    default:
        break;
    }
}

/* A family without an address format decodes as the family with the
 * member zeroed. */
static void check_zero_member(const csock_addr *a)
{
    static const csock_addr zero;
    FZ_CHECK(memcmp(&a->u, &zero.u, sizeof a->u) == 0,
             "family %d without format: member not zeroed", a->family);
}

/* The host text must be glibc's inet_ntop of the same bytes (the sockaddr
 * read as the kernel's layout, zeros past len). */
static void check_host(const csock_addr *a, const struct sockaddr_storage *ss)
{
    char want[INET6_ADDRSTRLEN];
    if (a->family == AF_INET) {
        const struct sockaddr_in *sin = (const void *)ss;
        FZ_CHECK(inet_ntop(AF_INET, &sin->sin_addr, want, sizeof want),
                 "inet_ntop");
        FZ_CHECK(strcmp(a->u.inet.host, want) == 0, "host '%s', glibc '%s'",
                 a->u.inet.host, want);
        FZ_CHECK(a->u.inet.port == ntohs(sin->sin_port), "port");
    } else if (a->family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const void *)ss;
        FZ_CHECK(inet_ntop(AF_INET6, &sin6->sin6_addr, want, sizeof want),
                 "inet_ntop");
        FZ_CHECK(strcmp(a->u.inet6.host, want) == 0, "host '%s', glibc '%s'",
                 a->u.inet6.host, want);
        FZ_CHECK(a->u.inet6.flowinfo == ntohl(sin6->sin6_flowinfo),
                 "flowinfo");
        FZ_CHECK(a->u.inet6.scope_id == sin6->sin6_scope_id, "scope_id");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint8_t sel = data[0];
    int proto = data[1];
    size_t len = size - 2;
    unsigned char *raw = malloc(len ? len : 1);
    FZ_CHECK(raw != NULL, "malloc");
    memcpy(raw, data + 2, len);
    if (sel != FZ_ADDR_RAW && len >= sizeof(sa_family_t)) {
        sa_family_t f = (sa_family_t)families[sel % NFAMILIES];
        memcpy(raw, &f, sizeof f);
    }

    /* What the decoders may read: the bytes, zeros after them. */
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    memcpy(&ss, raw, len < sizeof ss ? len : sizeof ss);

    csock_addr a;
    csock_error e;
    memset(&e, 0, sizeof e);
    int r = csock_addr_decode((const struct sockaddr *)raw, (socklen_t)len,
                              proto, &a, &e);
    free(raw);
    FZ_CHECK(r == 0 || r == -1, "decode returned %d", r);
    if (r < 0) {
        fz_check_error(&e, "decode");
        return 0;
    }
    if (len < sizeof(sa_family_t)) {
        FZ_CHECK(a.family == 0, "short sockaddr decoded as family %d",
                 a.family);
        return 0;
    }
    FZ_CHECK(a.family == ss.ss_family, "family %d decoded as %d",
             ss.ss_family, a.family);
    check_decoded(&a);
    check_host(&a, &ss);
    if (a.family == AF_UNIX) {
        /* The path is the bytes after sun_family: all of them for an
         * abstract name, up to the first NUL for a filesystem path. */
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? len - off : 0;
        const char *p = ((const struct sockaddr_un *)&ss)->sun_path;
        if (n > sizeof a.u.un.path)
            n = sizeof a.u.un.path;
        if (!(n > 0 && p[0] == '\0'))
            n = strnlen(p, n);
        FZ_CHECK(a.u.un.len == n && memcmp(a.u.un.path, p, n) == 0,
                 "AF_UNIX path of %zu bytes decoded as %zu", n, a.u.un.len);
    }
    /* decode -> encode -> decode.  A family csock has no format for
     * decodes as the family with the member zeroed, and encodes to
     * OSError "bind(): bad family". */
    struct sockaddr_storage ss2;
    socklen_t len2 = 0;
    memset(&e, 0, sizeof e);
    r = csock_addr_encode(&a, a.family, proto, "bind", &ss2, &len2, &e);
    FZ_CHECK(r == 0 || r == -1, "encode returned %d", r);
    if (r < 0) {
        fz_check_error(&e, "encode");
        if (strcmp(e.message, "bind(): bad family") == 0)
            check_zero_member(&a);
        return 0;
    }
    FZ_CHECK(len2 >= sizeof(sa_family_t) && len2 <= sizeof ss2,
             "encoded length %u", (unsigned)len2);
    csock_addr b;
    memset(&e, 0, sizeof e);
    r = csock_addr_decode((const struct sockaddr *)&ss2, len2, proto, &b, &e);
    FZ_CHECK(r == 0, "decoding our own encoding failed: %s", e.message);
#ifdef AF_RDS
    /* The kernel reports RDS addresses as AF_INET sockaddrs (it never
     * hands back an AF_RDS one), and an AF_RDS csock_addr encodes to one:
     * decoding gives AF_INET, as in Python. */
    if (a.family == AF_RDS) {
        FZ_CHECK(b.family == AF_INET, "AF_RDS encoded as family %d",
                 b.family);
        return 0;
    }
#endif
    FZ_CHECK(csock_addr_equal(&a, &b),
             "family %d: decode(encode(decode(x))) != decode(x)", a.family);
    return 0;
}
