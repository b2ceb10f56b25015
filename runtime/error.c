/* Error reporting: csock_error filled as Python prints the exception. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int csock__set_error(csock_error *err, int kind, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->kind = kind;
        err->code = code;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return -1;
}

int csock__set_os_error(csock_error *err, int errnum)
{
    if (err) {
        char buf[128];
#if CSOCK_HAVE_STRERROR_R_GNU
        /* GNU strerror_r returns a pointer that may or may not be buf. */
        const char *s = strerror_r(errnum, buf, sizeof buf);
#else
        /* XSI strerror_r fills buf; on failure Python's text for an
         * unknown code ("Unknown error N", as glibc and musl print it). */
        const char *s = buf;
        if (strerror_r(errnum, buf, sizeof buf) != 0)
            snprintf(buf, sizeof buf, "Unknown error %d", errnum);
#endif
        csock__set_error(err, CSOCK_ERR_OS, errnum, "[Errno %d] %s", errnum, s);
    }
    return -1;
}

int csock__set_os_message(csock_error *err, int errnum, const char *msg)
{
    return csock__set_error(err, CSOCK_ERR_OS, errnum, "%s", msg);
}

void csock__clear_error(csock_error *err)
{
    if (err) {
        err->kind = CSOCK_ERR_NONE;
        err->code = 0;
        err->message[0] = '\0';
    }
}
