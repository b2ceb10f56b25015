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
    case CSOCK_ERR_GAI: return "socket.gaierror";
    case CSOCK_ERR_VALUE: return "ValueError";
    case CSOCK_ERR_TYPE: return "TypeError";
    case CSOCK_ERR_OVERFLOW: return "OverflowError";
    default: return "unknown error kind";
    }
}

int csock__err_addr_bad_family(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "%s(): bad family", caller);
}

int csock__err_addr_not_tuple(csock_error *err, const char *caller, const char *family, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "%s(): %s address must be tuple, not %s", caller, family, given);
}

int csock__err_addr_bytes_required(csock_error *err, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "a bytes-like object is required, not '%s'", given);
}

int csock__err_addr_inet_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_INET address must be a pair (host, port)");
}

int csock__err_addr_port_range(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s(): port must be 0-65535.", caller);
}

int csock__err_addr_unix_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "AF_UNIX path too long");
}

int csock__err_addr_family_mismatched(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "address family mismatched");
}
