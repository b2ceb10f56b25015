/* Helpers of the generated address codec: hosts (Python's setipaddr),
 * interface names, Bluetooth addresses, and the runtime codecs. */
#include "addr_internal.h"
#include "errors.h"
#include "module_internal.h"

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
    if (csock__mod_setipaddr(host, af, &ss, err) < 0)
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
