/* Helpers shared by the module-function Criterion suites. */
#ifndef CSOCK_TESTS_MODULE_COMMON_H
#define CSOCK_TESTS_MODULE_COMMON_H

#include "../common.h"

/* A listening TCP socket on 127.0.0.1 (or ::1), ephemeral port. */
static inline csock *mod_listener(int family, int *port)
{
    csock_error e;
    csock *l = csock_create_server(family == AF_INET6 ? "::1" : "127.0.0.1",
                                   0, family, CSOCK_LISTEN_DEFAULT, 0, 0, &e);
    ASSERT_PTR(l, e);
    csock_addr a;
    ASSERT_OK(csock_getsockname(l, &a, &e), e);
    *port = family == AF_INET6 ? a.u.inet6.port : a.u.inet.port;
    return l;
}

#endif
