/* Internal interface shared by runtime/*.c and generated/src/*.c.
 * Not installed; never included by users. */
#ifndef CSOCK_INTERNAL_H
#define CSOCK_INTERNAL_H

#include "csock/csock.h"

#if CSOCK_GEN_ABI != 1
#error "generated/ does not match this runtime (CSOCK_GEN_ABI): run `ninja gen`"
#endif

#ifdef __GNUC__
#define CSOCK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CSOCK_PRINTF(f, a)
#endif

/* Fill *err (may be NULL) with kind, code and a printf-formatted message.
 * Returns -1 so callers can `return csock__set_error(...)`. */
int csock__set_error(csock_error *err, int kind, int code, const char *fmt, ...)
    CSOCK_PRINTF(4, 5);

/* OSError from an errno value: "[Errno N] strerror(N)".  Returns -1. */
int csock__set_os_error(csock_error *err, int errnum);

/* OSError with a fixed message and errno code, as CPython's
 * PyErr_SetString(PyExc_OSError, msg): message is msg alone. */
int csock__set_os_message(csock_error *err, int errnum, const char *msg);

/* Clear *err to CSOCK_ERR_NONE (err may be NULL). */
void csock__clear_error(csock_error *err);

#endif
