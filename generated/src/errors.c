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
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "timestamp too large to convert to C _PyTime_t");
}

int csock__err_timeout_overflow_pytime(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "timestamp too large to convert to C PyTime_t");
}

int csock__err_timeout_overflow_time_t(csock_error *err)
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

int csock__err_afalg_op_missing(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "Invalid or missing argument 'op'");
}

int csock__err_afalg_assoclen_overflow(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "Python int too large to convert to C int");
}

int csock__err_unsupported_address_family(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "unsupported address family");
}

int csock__err_ancdata_item_too_large(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "ancillary data item too large");
}

int csock__err_too_much_ancdata(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "too much ancillary data");
}

int csock__err_ni_flowinfo(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "getnameinfo(): flowinfo must be 0-1048575.");
}

int csock__err_ni_ipv4_tuple(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "IPv4 sockaddr must be 2 tuple");
}

int csock__err_ni_multiple(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "sockaddr resolved to multiple addresses");
}

int csock__err_ni_illegal_sockaddr(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "getnameinfo(): illegal sockaddr argument");
}

int csock__err_wildcard_multiple(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "wildcard resolved to multiple address");
}

int csock__err_protocol_not_found(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "protocol not found");
}

int csock__err_service_not_found(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "service/proto not found");
}

int csock__err_port_not_found(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "port/proto not found");
}

int csock__err_getservbyport_range(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "getservbyport: port must be 0-65535.");
}

int csock__err_short_too_large(csock_error *err, const char *func)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s: Python int too large to convert to C 16-bit unsigned integer", func);
}

int csock__err_short_negative(csock_error *err, const char *func)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s: can't convert negative Python int to C 16-bit unsigned integer", func);
}

int csock__err_long_too_large(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "int larger than 32 bits");
}

int csock__err_negative_unsigned(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "can't convert negative value to unsigned int");
}

int csock__err_inet_aton_illegal(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "illegal IP address string passed to inet_aton");
}

int csock__err_inet_pton_illegal(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "illegal IP address string passed to inet_pton");
}

int csock__err_embedded_null(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "embedded null character");
}

int csock__err_inet_ntoa_length(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "packed IP wrong length for inet_ntoa");
}

int csock__err_inet_ntop_length(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "invalid length of packed IP address string");
}

int csock__err_inet_ntop_family(csock_error *err, int family)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "unknown address family %d", family);
}

int csock__err_no_interface(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "no interface with this name");
}

int csock__err_getaddrinfo_empty(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "getaddrinfo returns an empty list");
}

int csock__err_reuseport_unsupported(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "SO_REUSEPORT not supported on this platform");
}

int csock__err_dualstack_unsupported(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "dualstack_ipv6 not supported on this platform");
}

int csock__err_dualstack_family(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "dualstack_ipv6 requires AF_INET6 family");
}

int csock__err_sendfile_nonblocking(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "non-blocking sockets are not supported");
}

int csock__err_sendfile_not_stream(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "only SOCK_STREAM type sockets are supported");
}

int csock__err_sendfile_count(csock_error *err, long count)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "count must be a positive integer (got %ld)", count);
}

int csock__err_makefile_mode(csock_error *err, const char *mode)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "invalid mode '%s' (only r, w, b allowed)", mode);
}

int csock__err_makefile_unbuffered_text(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "unbuffered streams must be binary");
}

int csock__err_addr_bad_family(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "%s(): bad family", caller);
}

int csock__err_addr_not_tuple(csock_error *err, const char *caller, const char *family, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "%s(): %s address must be tuple, not %s", caller, family, given);
}

int csock__err_addr_getsockaddrarg_not_tuple(csock_error *err, const char *family, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "getsockaddrarg: %s address must be tuple, not %s", family, given);
}

int csock__err_addr_bytes_required(csock_error *err, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "a bytes-like object is required, not '%s'", given);
}

int csock__err_addr_inet_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_INET address must be a pair (host, port)");
}

int csock__err_addr_inet6_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
}

int csock__err_addr_netlink_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_NETLINK address must be a pair (pid, groups)");
}

int csock__err_addr_packet_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_PACKET address must be a tuple of two to five elements");
}

int csock__err_addr_tipc_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])");
}

int csock__err_addr_alg_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_ALG address must be a tuple (type, name[, feat[, mask]])");
}

int csock__err_addr_can_shape(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "AF_CAN address must be a tuple (interface, )");
}

int csock__err_addr_getsockaddrarg_count(csock_error *err, int count)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "getsockaddrarg() takes exactly 2 arguments (%d given)", count);
}

int csock__err_addr_unix_str_or_bytes(csock_error *err, const char *caller, const char *given)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "%s(): AF_UNIX address must be str or bytes, not %s", caller, given);
}

int csock__err_addr_argument_range(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s(): address argument out of range", caller);
}

int csock__err_addr_unix_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "AF_UNIX path too long");
}

int csock__err_addr_port_range(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s(): port must be 0-65535.", caller);
}

int csock__err_addr_flowinfo_range(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s(): flowinfo must be 0-1048575.", caller);
}

int csock__err_addr_proto_range(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OVERFLOW, 0, "%s(): proto must be 0-65535.", caller);
}

int csock__err_addr_hwaddr_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "Hardware address must be 8 bytes or less");
}

int csock__err_addr_alg_type_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "AF_ALG type too long.");
}

int csock__err_addr_alg_name_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "AF_ALG name too long.");
}

int csock__err_addr_bad_bdaddr(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "bad bluetooth address");
}

int csock__err_addr_bt_unknown_proto(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "%s(): unknown Bluetooth protocol", caller);
}

int csock__err_addr_can_unsupported_proto(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "%s(): unsupported CAN protocol", caller);
}

int csock__err_addr_family_mismatched(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "address family mismatched");
}

int csock__err_addr_can_ifname_too_long(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "AF_CAN interface name too long");
}

int csock__err_addr_tipc_bad_type(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_TYPE, 0, "Invalid address type");
}

int csock__err_addr_tipc_bad_type_decode(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "Invalid address type");
}

int csock__err_addr_bt_unknown_proto_decode(csock_error *err)
{
    return csock__set_error(err, CSOCK_ERR_VALUE, 0, "Unknown Bluetooth protocol");
}

int csock__err_addr_bt_wrong_format(csock_error *err, const char *caller)
{
    return csock__set_error(err, CSOCK_ERR_OS, 0, "%s(): wrong format", caller);
}
