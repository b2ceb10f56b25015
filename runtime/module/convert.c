/* Conversions: byte order with Python's range checks, inet_aton/ntoa,
 * inet_pton/ntop, network interface names and indexes. */
#include "module_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Byte order                                                          */
/* ------------------------------------------------------------------ */

static int64_t short_swap(int64_t x, const char *func, csock_error *err)
{
    if (x < 0)
        return csock__err_short_negative(err, func);
    if (x > 0xffff)
        return csock__err_short_too_large(err, func);
    return (int64_t)htons((uint16_t)x);
}

static int64_t long_swap(int64_t x, csock_error *err)
{
    if (x < 0)
        return csock__err_negative_unsigned(err);
    if (x > (int64_t)0xffffffff)
        return csock__err_long_too_large(err);
    return (int64_t)htonl((uint32_t)x);
}

/* ntoh* and hton* are the same swap; only the names in messages differ. */
int64_t csock_htons(int64_t x, csock_error *err)
{
    return short_swap(x, "htons", err);
}

int64_t csock_ntohs(int64_t x, csock_error *err)
{
    return short_swap(x, "ntohs", err);
}

int64_t csock_htonl(int64_t x, csock_error *err)
{
    return long_swap(x, err);
}

int64_t csock_ntohl(int64_t x, csock_error *err)
{
    return long_swap(x, err);
}

/* ------------------------------------------------------------------ */
/* inet_aton / inet_ntoa / inet_pton / inet_ntop                       */
/* ------------------------------------------------------------------ */

int csock_inet_aton(const char *ip_string, unsigned char *out,
                    csock_error *err)
{
    struct in_addr a;
    if (inet_aton(ip_string, &a) == 0)
        return csock__err_inet_aton_illegal(err);
    memcpy(out, &a, 4);
    return 0;
}

/* Copy a (pointer, length) string into a NUL-terminated buffer, with
 * Python's "embedded null character" check.  Returns a malloc'd copy. */
static char *counted_string(const char *s, size_t len, csock_error *err)
{
    if (memchr(s, '\0', len)) {
        csock__err_embedded_null(err);
        return NULL;
    }
    char *c = malloc(len + 1);
    if (!c) {
        csock__err_nomem(err);
        return NULL;
    }
    memcpy(c, s, len);
    c[len] = '\0';
    return c;
}

int csock_inet_aton_n(const char *ip_string, size_t len, unsigned char *out,
                      csock_error *err)
{
    char *c = counted_string(ip_string, len, err);
    if (!c)
        return -1;
    int r = csock_inet_aton(c, out, err);
    free(c);
    return r;
}

int csock_inet_ntoa(const void *packed, size_t len, char *out,
                    csock_error *err)
{
    if (len != 4)
        return csock__err_inet_ntoa_length(err);
    inet_ntop(AF_INET, packed, out, CSOCK_INET_ADDRSTRLEN);
    return 0;
}

int csock_inet_pton(int family, const char *ip_string, unsigned char *out,
                    csock_error *err)
{
    unsigned char buf[16];
    int r = inet_pton(family, ip_string, buf);
    if (r < 0)
        return csock__set_os_error(err, errno);
    if (r == 0)
        return csock__err_inet_pton_illegal(err);
    int n = family == AF_INET ? 4 : 16;
    memcpy(out, buf, (size_t)n);
    return n;
}

int csock_inet_pton_n(int family, const char *ip_string, size_t len,
                      unsigned char *out, csock_error *err)
{
    char *c = counted_string(ip_string, len, err);
    if (!c)
        return -1;
    int r = csock_inet_pton(family, c, out, err);
    free(c);
    return r;
}

int csock_inet_ntop(int family, const void *packed, size_t len, char *out,
                    csock_error *err)
{
    if (family == AF_INET) {
        if (len != 4)
            return csock__err_inet_ntop_length(err);
    } else if (family == AF_INET6) {
        if (len != 16)
            return csock__err_inet_ntop_length(err);
    } else {
        return csock__err_inet_ntop_family(err, family);
    }
    if (!inet_ntop(family, packed, out, CSOCK_INET6_ADDRSTRLEN))
        return csock__set_os_error(err, errno);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Interfaces                                                          */
/* ------------------------------------------------------------------ */

csock_ifname *csock_if_nameindex(size_t *count, csock_error *err)
{
    *count = 0;
    struct if_nameindex *ni = if_nameindex();
    if (!ni) {
        csock__set_os_error(err, errno);
        return NULL;
    }
    size_t n = 0;
    while (ni[n].if_index != 0 || ni[n].if_name != NULL)
        n++;
    /* One extra zeroed entry so an empty list is still a valid pointer. */
    csock_ifname *list = calloc(n + 1, sizeof *list);
    if (!list) {
        if_freenameindex(ni);
        csock__err_nomem(err);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        list[i].index = ni[i].if_index;
        snprintf(list[i].name, sizeof list[i].name, "%s", ni[i].if_name);
    }
    if_freenameindex(ni);
    *count = n;
    return list;
}

void csock_ifname_free(csock_ifname *list)
{
    free(list);
}

/* The name before 0.2.0 (deprecated, kept one release). */
void csock_if_freenameindex(csock_ifname *list)
{
    csock_ifname_free(list);
}

unsigned int csock_if_nametoindex(const char *name, csock_error *err)
{
    unsigned int idx = if_nametoindex(name);
    if (idx == 0)
        csock__err_no_interface(err);
    return idx;
}

int csock_if_indextoname(long long index, char *out, csock_error *err)
{
    if (index < 0)
        return csock__err_negative_unsigned(err);
    /* Python hands the C unsigned long to if_indextoname(unsigned int). */
    char buf[IF_NAMESIZE];
    if (!if_indextoname((unsigned int)index, buf))
        return csock__set_os_error(err, errno);
    snprintf(out, CSOCK_IFNAMSIZ, "%s", buf);
    return 0;
}
