/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/errors.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
#include "errors.h"

#include <errno.h>

#include "internal.h"

const char *csock_error_kind_name(int kind)
{
    switch (kind) {
    case CSOCK_ERR_NONE: return "no error";
    case CSOCK_ERR_OS: return "OSError";
    case CSOCK_ERR_VALUE: return "ValueError";
    default: return "unknown error kind";
    }
}

int csock__err_negative_bufsize(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "negative buffersize in %s", caller);
}

int csock__err_percent(csock_error *err, int n)
{
    return csock__set_error(err, CSOCK_ERR_OS, EINVAL, "100%% %d done", n);
}
