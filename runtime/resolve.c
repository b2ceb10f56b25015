/* Host names to addresses for the socket object: what bind, connect and
 * sendto need to resolve a host (Python's setipaddr), and the error
 * mapping of the resolver (gaierror, herror) that the module functions
 * share.  The module area (runtime/module/) builds on this; nothing here
 * depends on it. */
#include "internal.h"
#include "errors.h"
#include "addr_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>

int csock__gai_error(csock_error *err, int code)
{
#ifdef EAI_SYSTEM
    if (code == EAI_SYSTEM)
        return csock__set_os_error(err, errno);
#endif
    return csock__set_error(err, CSOCK_ERR_GAI, code, "[Errno %d] %s", code,
                            gai_strerror(code));
}

int csock__h_error(csock_error *err, int code)
{
    /* hstrerror returns a constant string; we copy it at once. */
    return csock__set_error(err, CSOCK_ERR_HERROR, code, "[Errno %d] %s",
                            code, hstrerror(code));
}

int csock__getaddrinfo(const char *host, const char *serv,
                           const struct addrinfo *hints,
                           struct addrinfo **res)
{
    csock__blocking b = csock__block_begin();
    int e = errno;
    int r = getaddrinfo(host, serv, hints, res);
    if (r == EAI_SYSTEM)
        e = errno;
    csock__block_end(&b);
    errno = e;
    return r;
}

int csock__setipaddr(const char *name, int af,
                         struct sockaddr_storage *ss, csock_error *err)
{
    struct addrinfo hints, *res = NULL;
    memset(ss, 0, sizeof *ss);
    memset(&hints, 0, sizeof hints);

    if (name[0] == '\0') {
        hints.ai_family = af;
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        int r = csock__getaddrinfo(NULL, "0", &hints, &res);
        if (r != 0)
            return csock__gai_error(err, r);
        if (res->ai_family != AF_INET && res->ai_family != AF_INET6) {
            freeaddrinfo(res);
            return csock__err_unsupported_address_family(err);
        }
        if (res->ai_next) {
            freeaddrinfo(res);
            return csock__err_wildcard_multiple(err);
        }
        int len = (int)res->ai_addrlen;
        memcpy(ss, res->ai_addr, res->ai_addrlen);
        freeaddrinfo(res);
        return len;
    }
    /* As Python's setipaddr, the broadcast address spelled out is
     * special too: AF_INET only. */
    if ((name[0] == '<' && strcmp(name, "<broadcast>") == 0) ||
        (name[0] == '2' && strcmp(name, "255.255.255.255") == 0)) {
        if (af != AF_INET && af != AF_UNSPEC)
            return csock__err_addr_family_mismatched(err);
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return (int)sizeof *sin;
    }
    /* Numeric addresses never reach the resolver. */
    if (af == AF_INET || af == AF_UNSPEC) {
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        if (csock__addr_pton4(name, &sin->sin_addr)) { /* inet_pton's */
            sin->sin_family = AF_INET;
            return (int)sizeof *sin;
        }
    }
    if (af == AF_INET6 || af == AF_UNSPEC) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
        if (inet_pton(AF_INET6, name, &sin6->sin6_addr) > 0) {
            sin6->sin6_family = AF_INET6;
            return (int)sizeof *sin6;
        }
    }
    hints.ai_family = af;
    int r = csock__getaddrinfo(name, NULL, &hints, &res);
    if (r != 0)
        return csock__gai_error(err, r);
    size_t len = res->ai_addrlen < sizeof *ss ? res->ai_addrlen : sizeof *ss;
    memcpy(ss, res->ai_addr, len);
    freeaddrinfo(res);
    return (int)len;
}
