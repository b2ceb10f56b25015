/* Internal helpers shared by the module-function files (runtime/module_*.c).
 * Not installed; never included by users. */
#ifndef CSOCK_MODULE_INTERNAL_H
#define CSOCK_MODULE_INTERNAL_H

#include "internal.h"
#include "errors.h"

#include <netdb.h>
#include <sys/socket.h>

/* A timeout in create_connection's three-state convention
 * (CSOCK_TIMEOUT_DEFAULT / CSOCK_TIMEOUT_NONE / seconds) applied to s. */
int csock__mod_apply_timeout(csock *s, double timeout, csock_error *err);

#endif
