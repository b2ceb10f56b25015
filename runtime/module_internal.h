/* Internal helpers shared by the module-function files (runtime/module_*.c).
 * Not installed; never included by users. */
#ifndef CSOCK_MODULE_INTERNAL_H
#define CSOCK_MODULE_INTERNAL_H

#include "internal.h"
#include "errors.h"

#include <netdb.h>
#include <sys/socket.h>

/* Python's set_gaierror: EAI_SYSTEM is an OSError from errno, any other
 * code a gaierror "[Errno <code>] <gai_strerror>".  Returns -1. */
int csock__mod_gai_error(csock_error *err, int code);

/* Python's set_herror: herror "[Errno <h_errno>] <hstrerror>".  Returns -1. */
int csock__mod_h_error(csock_error *err, int code);

/* Python's setipaddr(): resolve name for family af (AF_INET, AF_INET6 or
 * AF_UNSPEC) into *ss: '' is the wildcard, '<broadcast>' INADDR_BROADCAST,
 * numeric addresses skip the resolver, anything else is getaddrinfo's
 * first answer.  Returns the address length or -1 with *err. */
int csock__mod_setipaddr(const char *name, int af,
                         struct sockaddr_storage *ss, csock_error *err);

/* getaddrinfo(3) inside the runtime's blocking hooks. */
int csock__mod_getaddrinfo(const char *host, const char *serv,
                           const struct addrinfo *hints,
                           struct addrinfo **res);

/* A timeout in create_connection's three-state convention
 * (CSOCK_TIMEOUT_DEFAULT / CSOCK_TIMEOUT_NONE / seconds) applied to s. */
int csock__mod_apply_timeout(csock *s, double timeout, csock_error *err);

#endif
