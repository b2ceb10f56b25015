/* Helpers of the generated address codec: hosts (Python's setipaddr),
 * interface names, Bluetooth addresses, IPv4/IPv6 text without stdio. */
#include "addr_internal.h"
#include "errors.h"

#include <errno.h>
#include <net/if.h>
#include <sys/ioctl.h>
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

int csock__addr_ifindex(const char *name, int empty_is_any, int fd, int *index,
                        csock_error *err)
{
    struct ifreq ifr;
    if (empty_is_any && name[0] == '\0') {
        *index = 0;
        return 0;
    }
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, name, sizeof ifr.ifr_name - 1);
#ifdef SIOCGIFINDEX
    /* CPython asks the socket itself (the interface of its namespace). */
    if (fd >= 0) {
        if (csock__sys_ioctl_ptr(fd, SIOCGIFINDEX, &ifr) < 0)
            return csock__set_os_error(err, errno);
        *index = ifr.ifr_ifindex;
        return 0;
    }
#else
    (void)fd;
#endif
    unsigned idx = if_nametoindex(ifr.ifr_name);
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
