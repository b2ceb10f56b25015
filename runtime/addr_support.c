/* Helpers of the generated address codec: hosts (Python's setipaddr),
 * interface names, Bluetooth addresses, and the runtime codecs. */
#include "addr_internal.h"
#include "errors.h"

#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

int csock__addr_host(const char *host, int af, void *dst, size_t dstlen,
                     csock_error *err)
{
    struct sockaddr_storage ss;
    /* The module area's setipaddr: wildcard, '<broadcast>', numeric fast
     * path, then getaddrinfo inside the runtime's blocking hooks. */
    if (csock__setipaddr(host, af, &ss, err) < 0)
        return -1;
    if (ss.ss_family == AF_INET && af == AF_INET &&
        dstlen == sizeof(struct in_addr)) {
        memcpy(dst, &((struct sockaddr_in *)(void *)&ss)->sin_addr, dstlen);
        return 0;
    }
    if (ss.ss_family == AF_INET6 && af == AF_INET6 &&
        dstlen == sizeof(struct in6_addr)) {
        memcpy(dst, &((struct sockaddr_in6 *)(void *)&ss)->sin6_addr, dstlen);
        return 0;
    }
    /* getaddrinfo answered with another family than asked. */
    return csock__err_addr_family_mismatched(err);
}

int csock__addr_ifindex(const char *name, int *index, csock_error *err)
{
    if (name[0] == '\0') {
        *index = 0;
        return 0;
    }
    unsigned idx = if_nametoindex(name);
    if (idx == 0)
        return csock__set_os_error(err, ENODEV);
    *index = (int)idx;
    return 0;
}

void csock__addr_ifname(int index, char *out)
{
    char buf[IF_NAMESIZE > CSOCK_ADDR_IFNAME_MAX ? IF_NAMESIZE : CSOCK_ADDR_IFNAME_MAX];
    out[0] = '\0';
    if (index > 0 && if_indextoname((unsigned)index, buf)) {
        size_t n = strnlen(buf, CSOCK_ADDR_IFNAME_MAX - 1);
        memcpy(out, buf, n);
        out[n] = '\0';
    }
}

int csock__addr_bdaddr_parse(const char *s, void *bdaddr, csock_error *err)
{
    unsigned b[6];
    char tail;
    unsigned char *out = bdaddr;
    if (sscanf(s, "%X:%X:%X:%X:%X:%X%c", &b[5], &b[4], &b[3], &b[2], &b[1],
               &b[0], &tail) != 6)
        return csock__err_addr_bad_bdaddr(err);
    for (int i = 0; i < 6; i++) {
        if (b[i] > 255)
            return csock__err_addr_bad_bdaddr(err);
        out[i] = (unsigned char)b[i];
    }
    return 0;
}

void csock__addr_bdaddr_format(const void *bdaddr, char *out)
{
    const unsigned char *b = bdaddr;
    snprintf(out, CSOCK_ADDR_BDADDR_MAX, "%02X:%02X:%02X:%02X:%02X:%02X",
             b[5], b[4], b[3], b[2], b[1], b[0]);
}

/* ------------------------------------------------------------------ */
/* inet_ntop without stdio.  glibc formats each part with sprintf, which
 * is most of the cost of decoding an address (getaddrinfo, accept,
 * recvfrom); these write the same bytes directly.  IPv6 follows the
 * glibc/BIND rules: the first longest run of two or more zero groups
 * becomes "::", groups in lowercase hex without leading zeros, and a
 * dotted quad for the last 32 bits when the first 96 are zero (::a.b.c.d,
 * six zero groups) or ::ffff:0:0/96 (IPv4-mapped).                   */
/* ------------------------------------------------------------------ */

/* "00" .. "99": two digits per lookup. */
static const char dec_pairs[201] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static char *ntop4(const unsigned char *a, char *p)
{
    for (int i = 0; i < 4; i++) {
        unsigned v = a[i];
        if (i)
            *p++ = '.';
        if (v >= 100) {
            unsigned h = v >= 200 ? 2 : 1;
            *p++ = (char)('0' + h);
            v -= 100 * h;
            memcpy(p, dec_pairs + 2 * v, 2);
            p += 2;
        } else if (v >= 10) {
            memcpy(p, dec_pairs + 2 * v, 2);
            p += 2;
        } else {
            *p++ = (char)('0' + v);
        }
    }
    return p;
}

static char *ntop6(const unsigned char *a, char *p)
{
    static const char hex[] = "0123456789abcdef";
    unsigned w[8];
    int best = -1, bestlen = 0, cur = -1;
    for (int i = 0; i < 8; i++) {
        w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
        if (w[i] == 0) {
            if (cur < 0)
                cur = i;
            if (i + 1 - cur > bestlen) {
                best = cur;
                bestlen = i + 1 - cur;
            }
        } else {
            cur = -1;
        }
    }
    if (bestlen < 2)
        best = -1;
    for (int i = 0; i < 8; i++) {
        if (best >= 0 && i >= best && i < best + bestlen) {
            if (i == best)
                *p++ = ':';
            continue;
        }
        if (i)
            *p++ = ':';
        if (i == 6 && best == 0 &&
            (bestlen == 6 || (bestlen == 5 && w[5] == 0xffff)))
            return ntop4(a + 12, p);
        unsigned v = w[i];
        int shift = v >= 0x1000 ? 12 : v >= 0x100 ? 8 : v >= 0x10 ? 4 : 0;
        for (; shift >= 0; shift -= 4)
            *p++ = hex[(v >> shift) & 0xf];
    }
    if (best >= 0 && best + bestlen == 8)
        *p++ = ':';
    return p;
}

int csock__addr_pton4(const char *s, void *dst)
{
    unsigned char out[4];
    for (int n = 0;;) {
        if (*s < '0' || *s > '9')
            return 0;
        unsigned v = (unsigned)(*s++ - '0');
        if (*s >= '0' && *s <= '9') {
            if (v == 0)
                return 0; /* leading zero */
            v = v * 10 + (unsigned)(*s++ - '0');
            if (*s >= '0' && *s <= '9') {
                v = v * 10 + (unsigned)(*s++ - '0');
                if (v > 255 || (*s >= '0' && *s <= '9'))
                    return 0;
            }
        }
        out[n++] = (unsigned char)v;
        if (n == 4) {
            if (*s)
                return 0;
            break;
        }
        if (*s++ != '.')
            return 0;
    }
    memcpy(dst, out, 4);
    return 1;
}

const char *csock__addr_ntop(int af, const void *src, char *dst, size_t size)
{
    char tmp[CSOCK__NTOP_MAX];
    char *start = size >= sizeof tmp ? dst : tmp, *end;
    if (af == AF_INET)
        end = ntop4(src, start);
    else if (af == AF_INET6)
        end = ntop6(src, start);
    else {
        errno = EAFNOSUPPORT;
        return NULL;
    }
    size_t n = (size_t)(end - start);
    if (n >= size) {
        errno = ENOSPC;
        return NULL;
    }
    if (start != dst)
        memcpy(dst, start, n);
    dst[n] = '\0';
    return dst;
}

/* ------------------------------------------------------------------ */
/* AF_TIPC: which union member v1..v3 go to depends on addr_type.      */
/* ------------------------------------------------------------------ */
#ifdef CSOCK_ADDR_HAVE_TIPC
#include <linux/tipc.h>

int csock__addr_enc_tipc(const csock_addr *a, const char *caller,
                         struct sockaddr_storage *ss, socklen_t *len,
                         csock_error *err)
{
    struct sockaddr_tipc *sa = (struct sockaddr_tipc *)(void *)ss;
    (void)caller;
    sa->family = AF_TIPC;
    sa->scope = (signed char)a->u.tipc.scope;
    switch (a->u.tipc.addr_type) {
    case TIPC_ADDR_NAMESEQ:
        sa->addrtype = TIPC_ADDR_NAMESEQ;
        sa->addr.nameseq.type = a->u.tipc.v1;
        sa->addr.nameseq.lower = a->u.tipc.v2;
        sa->addr.nameseq.upper = a->u.tipc.v3;
        break;
    case TIPC_ADDR_NAME:
        sa->addrtype = TIPC_ADDR_NAME;
        sa->addr.name.name.type = a->u.tipc.v1;
        sa->addr.name.name.instance = a->u.tipc.v2;
        sa->addr.name.domain = a->u.tipc.v3;
        break;
    case TIPC_ADDR_ID:
        sa->addrtype = TIPC_ADDR_ID;
        sa->addr.id.node = a->u.tipc.v1;
        sa->addr.id.ref = a->u.tipc.v2;
        break;
    default:
        return csock__err_addr_tipc_bad_type(err);
    }
    *len = (socklen_t)sizeof *sa;
    return 0;
}

int csock__addr_dec_tipc(const struct sockaddr_storage *ss, socklen_t len,
                         csock_addr *out, csock_error *err)
{
    const struct sockaddr_tipc *sa =
        (const struct sockaddr_tipc *)(const void *)ss;
    (void)len;
    out->u.tipc.addr_type = sa->addrtype;
    out->u.tipc.scope = sa->scope;
    switch (sa->addrtype) {
    case TIPC_ADDR_NAMESEQ:
        out->u.tipc.v1 = sa->addr.nameseq.type;
        out->u.tipc.v2 = sa->addr.nameseq.lower;
        out->u.tipc.v3 = sa->addr.nameseq.upper;
        return 0;
    case TIPC_ADDR_NAME:
        out->u.tipc.v1 = sa->addr.name.name.type;
        out->u.tipc.v2 = sa->addr.name.name.instance;
        out->u.tipc.v3 = sa->addr.name.domain;
        return 0;
    case TIPC_ADDR_ID:
        out->u.tipc.v1 = sa->addr.id.node;
        out->u.tipc.v2 = sa->addr.id.ref;
        out->u.tipc.v3 = 0;
        return 0;
    default:
        /* Python's makesockaddr: ValueError "Invalid address type". */
        return csock__err_addr_tipc_bad_type(err);
    }
}
#endif

/* ------------------------------------------------------------------ */
/* AF_BLUETOOTH (Linux).  The sockaddrs are the kernel's ABI, declared  */
/* here so that no BlueZ header is needed.                             */
/* ------------------------------------------------------------------ */
#ifdef CSOCK_ADDR_HAVE_BT
typedef struct {
    unsigned char b[6];
} __attribute__((packed)) csock__bdaddr;

struct csock__sockaddr_l2 {
    sa_family_t l2_family;
    unsigned short l2_psm;
    csock__bdaddr l2_bdaddr;
    unsigned short l2_cid;
    uint8_t l2_bdaddr_type;
};
struct csock__sockaddr_rc {
    sa_family_t rc_family;
    csock__bdaddr rc_bdaddr;
    uint8_t rc_channel;
};
struct csock__sockaddr_hci {
    sa_family_t hci_family;
    unsigned short hci_dev;
    unsigned short hci_channel;
};
struct csock__sockaddr_sco {
    sa_family_t sco_family;
    csock__bdaddr sco_bdaddr;
};

int csock__addr_enc_bt_l2cap(const csock_addr *a, const char *caller,
                             struct sockaddr_storage *ss, socklen_t *len,
                             csock_error *err)
{
    struct csock__sockaddr_l2 *sa = (struct csock__sockaddr_l2 *)(void *)ss;
    (void)caller;
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->l2_bdaddr, err) < 0)
        return -1;
    sa->l2_family = AF_BLUETOOTH;
    sa->l2_psm = (unsigned short)a->u.bt.psm;
    *len = (socklen_t)sizeof *sa;
    return 0;
}

int csock__addr_dec_bt_l2cap(const struct sockaddr_storage *ss, socklen_t len,
                             csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_l2 *sa =
        (const struct csock__sockaddr_l2 *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->l2_bdaddr, out->u.bt.bdaddr);
    out->u.bt.psm = sa->l2_psm;
    return 0;
}

int csock__addr_enc_bt_rfcomm(const csock_addr *a, const char *caller,
                              struct sockaddr_storage *ss, socklen_t *len,
                              csock_error *err)
{
    struct csock__sockaddr_rc *sa = (struct csock__sockaddr_rc *)(void *)ss;
    (void)caller;
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->rc_bdaddr, err) < 0)
        return -1;
    sa->rc_family = AF_BLUETOOTH;
    sa->rc_channel = (uint8_t)a->u.bt.channel;
    *len = (socklen_t)sizeof *sa;
    return 0;
}

int csock__addr_dec_bt_rfcomm(const struct sockaddr_storage *ss, socklen_t len,
                              csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_rc *sa =
        (const struct csock__sockaddr_rc *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->rc_bdaddr, out->u.bt.bdaddr);
    out->u.bt.channel = sa->rc_channel;
    return 0;
}

int csock__addr_enc_bt_hci(const csock_addr *a, const char *caller,
                           struct sockaddr_storage *ss, socklen_t *len,
                           csock_error *err)
{
    struct csock__sockaddr_hci *sa = (struct csock__sockaddr_hci *)(void *)ss;
    (void)caller;
    (void)err;
    sa->hci_family = AF_BLUETOOTH;
    sa->hci_dev = (unsigned short)a->u.bt.dev;
    *len = (socklen_t)sizeof *sa;
    return 0;
}

int csock__addr_dec_bt_hci(const struct sockaddr_storage *ss, socklen_t len,
                           csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_hci *sa =
        (const struct csock__sockaddr_hci *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.bt.dev = sa->hci_dev;
    return 0;
}

int csock__addr_enc_bt_sco(const csock_addr *a, const char *caller,
                           struct sockaddr_storage *ss, socklen_t *len,
                           csock_error *err)
{
    struct csock__sockaddr_sco *sa = (struct csock__sockaddr_sco *)(void *)ss;
    (void)caller;
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->sco_bdaddr, err) < 0)
        return -1;
    sa->sco_family = AF_BLUETOOTH;
    *len = (socklen_t)sizeof *sa;
    return 0;
}

int csock__addr_dec_bt_sco(const struct sockaddr_storage *ss, socklen_t len,
                           csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_sco *sa =
        (const struct csock__sockaddr_sco *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->sco_bdaddr, out->u.bt.bdaddr);
    return 0;
}
#endif

/* ------------------------------------------------------------------ */
/* AF_LINK (BSD, macOS): sdl_data holds the name, then the address.    */
/* ------------------------------------------------------------------ */
#if (defined(__FreeBSD__) || defined(__APPLE__)) && defined(AF_LINK)
#include <net/if_dl.h>

int csock__addr_enc_link(const csock_addr *a, const char *caller,
                         struct sockaddr_storage *ss, socklen_t *len,
                         csock_error *err)
{
    struct sockaddr_dl *sa = (struct sockaddr_dl *)(void *)ss;
    size_t nlen = strnlen(a->u.link.name, sizeof a->u.link.name);
    size_t alen = a->u.link.lladdr_len;
    size_t room = sizeof *ss - offsetof(struct sockaddr_dl, sdl_data);
    if (alen > sizeof a->u.link.lladdr || nlen + alen > room)
        return csock__err_addr_bad_family(err, caller);
    memcpy(sa->sdl_data, a->u.link.name, nlen);
    memcpy(sa->sdl_data + nlen, a->u.link.lladdr, alen);
    sa->sdl_family = AF_LINK;
    sa->sdl_index = (unsigned short)a->u.link.index;
    sa->sdl_type = (unsigned char)a->u.link.type;
    sa->sdl_nlen = (unsigned char)nlen;
    sa->sdl_alen = (unsigned char)alen;
    size_t total = offsetof(struct sockaddr_dl, sdl_data) + nlen + alen;
    if (total < sizeof *sa)
        total = sizeof *sa;
    sa->sdl_len = (unsigned char)total;
    *len = (socklen_t)total;
    return 0;
}

int csock__addr_dec_link(const struct sockaddr_storage *ss, socklen_t len,
                         csock_addr *out, csock_error *err)
{
    const struct sockaddr_dl *sa =
        (const struct sockaddr_dl *)(const void *)ss;
    size_t room = sizeof *ss - offsetof(struct sockaddr_dl, sdl_data);
    size_t nlen = sa->sdl_nlen, alen = sa->sdl_alen;
    (void)len;
    (void)err;
    if (nlen > room)
        nlen = room;
    if (alen > room - nlen)
        alen = room - nlen;
    if (nlen >= sizeof out->u.link.name)
        nlen = sizeof out->u.link.name - 1;
    if (alen > sizeof out->u.link.lladdr)
        alen = sizeof out->u.link.lladdr;
    out->u.link.index = sa->sdl_index;
    out->u.link.type = sa->sdl_type;
    memcpy(out->u.link.name, sa->sdl_data, nlen);
    memcpy(out->u.link.lladdr, sa->sdl_data + sa->sdl_nlen, alen);
    out->u.link.lladdr_len = alen;
    return 0;
}
#endif
