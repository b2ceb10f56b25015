/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "errors.h"

#include <errno.h>

#include "internal.h"

const char *csock_error_kind_name(int kind)
{
    switch (kind) {
    case CSOCK_ERR_NONE: return "no error";
    case CSOCK_ERR_OS: return "OSError";
    case CSOCK_ERR_HERROR: return "socket.herror";
    case CSOCK_ERR_GAI: return "socket.gaierror";
    case CSOCK_ERR_TIMEOUT: return "socket.timeout";
    case CSOCK_ERR_VALUE: return "ValueError";
    case CSOCK_ERR_TYPE: return "TypeError";
    case CSOCK_ERR_OVERFLOW: return "OverflowError";
    case CSOCK_ERR_NOMEM: return "MemoryError";
    case CSOCK_ERR_ABORTED: return "BaseException";
    default: return "unknown error kind";
    }
}

int csock__err_timed_out(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TIMEOUT, 0, "timed out");
}

int csock__err_nomem(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_NOMEM, 0, "out of memory");
}

int csock__err_aborted(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_ABORTED, 0, "interrupted by a signal handler");
}

int csock__err_negative_bufsize(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "negative buffersize in %s", caller);
}

int csock__err_timeout_out_of_range(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "Timeout value out of range");
}

int csock__err_timeout_nan(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "Invalid value NaN (not a number)");
}

int csock__err_recv_buffer_too_small(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "buffer too small for requested bytes");
}

int csock__err_recv_nbytes_too_large(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "nbytes is greater than the length of the buffer");
}

int csock__err_recvmsg_negative_bufsize(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "negative buffer size in recvmsg()");
}

int csock__err_invalid_ancbufsize(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "invalid ancillary data buffer length");
}

int csock__err_getsockopt_buflen(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "getsockopt buflen out of range");
}

int csock__err_cmsg_out_of_range(csock_error *err, const char *func)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s() argument out of range", func);
}

int csock__err_timeout_overflow(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "timestamp out of range for platform time_t");
}

int csock__err_negative_fd(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "negative file descriptor");
}

int csock__err_algset_not_alg(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "algset is only supported for AF_ALG");
}

int csock__err_ancdata_item_too_large(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "ancillary data item too large");
}

int csock__err_too_much_ancdata(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "too much ancillary data");
}
