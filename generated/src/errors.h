/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_GEN_ERRORS_H
#define CSOCK_GEN_ERRORS_H

#include "csock/csock.h"

#if CSOCK_GEN_LOCK != 1
#error "generated/src/errors.h does not match csock_gen.h: run `ninja gen`"
#endif

/* One function per fixed message of spec/errors.yaml.  Each fills *err
 * (which may be NULL) and returns -1.  A message without arguments also
 * has its text as CSOCK_MSG_<NAME> (for bindings that raise it
 * themselves). */
/* socket.timeout: "timed out". The deadline of a call in timeout mode passed. */
int csock__err_timed_out(csock_error *err);
#define CSOCK_MSG_TIMED_OUT "timed out"
/* MemoryError: "out of memory". An allocation failed. */
int csock__err_nomem(csock_error *err);
#define CSOCK_MSG_NOMEM "out of memory"
/* BaseException: "interrupted by a signal handler". The on_eintr hook returned -1. */
int csock__err_aborted(csock_error *err);
#define CSOCK_MSG_ABORTED "interrupted by a signal handler"
/* ValueError: "negative buffersize in {caller}". A receive was asked for a negative number of bytes. */
int csock__err_negative_bufsize(csock_error *err, const char *caller);
/* ValueError: "Timeout value out of range". settimeout / setdefaulttimeout with a negative value. */
int csock__err_timeout_out_of_range(csock_error *err);
#define CSOCK_MSG_TIMEOUT_OUT_OF_RANGE "Timeout value out of range"
/* ValueError: "Invalid value NaN (not a number)". settimeout / setdefaulttimeout with NaN. */
int csock__err_timeout_nan(csock_error *err);
#define CSOCK_MSG_TIMEOUT_NAN "Invalid value NaN (not a number)"
/* ValueError: "buffer too small for requested bytes". recv_into was asked for more bytes than the buffer holds. */
int csock__err_recv_buffer_too_small(csock_error *err);
#define CSOCK_MSG_RECV_BUFFER_TOO_SMALL "buffer too small for requested bytes"
/* ValueError: "nbytes is greater than the length of the buffer". recvfrom_into was asked for more bytes than the buffer holds. */
int csock__err_recv_nbytes_too_large(csock_error *err);
#define CSOCK_MSG_RECV_NBYTES_TOO_LARGE "nbytes is greater than the length of the buffer"
/* ValueError: "negative buffer size in recvmsg()". recvmsg was asked for a negative number of bytes. */
int csock__err_recvmsg_negative_bufsize(csock_error *err);
#define CSOCK_MSG_RECVMSG_NEGATIVE_BUFSIZE "negative buffer size in recvmsg()"
/* ValueError: "invalid ancillary data buffer length". recvmsg / recvmsg_into with a negative or too large ancbufsize. */
int csock__err_invalid_ancbufsize(csock_error *err);
#define CSOCK_MSG_INVALID_ANCBUFSIZE "invalid ancillary data buffer length"
/* OSError: "getsockopt buflen out of range". getsockopt's buffer form with buflen outside 1..1024. */
int csock__err_getsockopt_buflen(csock_error *err);
#define CSOCK_MSG_GETSOCKOPT_BUFLEN "getsockopt buflen out of range"
/* OverflowError: "{func}() argument out of range". CMSG_LEN / CMSG_SPACE with a negative length or one whose result exceeds the socklen_t limit. */
int csock__err_cmsg_out_of_range(csock_error *err, const char *func);
/* OverflowError: "timestamp too large to convert to C _PyTime_t". settimeout / setdefaulttimeout with a value too large for the nanosecond clock. */
int csock__err_timeout_overflow(csock_error *err);
#define CSOCK_MSG_TIMEOUT_OVERFLOW "timestamp too large to convert to C _PyTime_t"
/* OverflowError: "timestamp too large to convert to C PyTime_t". timeout_overflow as CPython 3.13 spells it for an int (PyTime_t is public there); raised by the Python binding where spec/api's py_versions says. */
int csock__err_timeout_overflow_pytime(csock_error *err);
#define CSOCK_MSG_TIMEOUT_OVERFLOW_PYTIME "timestamp too large to convert to C PyTime_t"
/* OverflowError: "timestamp out of range for platform time_t". CPython 3.13's message for a float timeout too large for the nanosecond clock; raised by the Python binding where spec/api's py_versions says. */
int csock__err_timeout_overflow_time_t(csock_error *err);
#define CSOCK_MSG_TIMEOUT_OVERFLOW_TIME_T "timestamp out of range for platform time_t"
/* ValueError: "negative file descriptor". socket(fileno=...) with a negative descriptor. */
int csock__err_negative_fd(csock_error *err);
#define CSOCK_MSG_NEGATIVE_FD "negative file descriptor"
/* OSError: "algset is only supported for AF_ALG". sendmsg_afalg on a socket whose family is not AF_ALG. */
int csock__err_algset_not_alg(csock_error *err);
#define CSOCK_MSG_ALGSET_NOT_ALG "algset is only supported for AF_ALG"
/* TypeError: "Invalid or missing argument 'op'". sendmsg_afalg on an AF_ALG socket with a negative (missing) op. */
int csock__err_afalg_op_missing(csock_error *err);
#define CSOCK_MSG_AFALG_OP_MISSING "Invalid or missing argument 'op'"
/* OverflowError: "Python int too large to convert to C int". sendmsg_afalg with an assoclen that does not fit a C int. */
int csock__err_afalg_assoclen_overflow(csock_error *err);
#define CSOCK_MSG_AFALG_ASSOCLEN_OVERFLOW "Python int too large to convert to C int"
/* OSError: "unsupported address family". A resolver answer in a family other than AF_INET/AF_INET6 (Python's setipaddr, gethost_common, gethostbyaddr). */
int csock__err_unsupported_address_family(csock_error *err);
#define CSOCK_MSG_UNSUPPORTED_ADDRESS_FAMILY "unsupported address family"
/* OSError: "ancillary data item too large". sendmsg with an ancillary item whose CMSG_SPACE exceeds the socklen_t limit. */
int csock__err_ancdata_item_too_large(csock_error *err);
#define CSOCK_MSG_ANCDATA_ITEM_TOO_LARGE "ancillary data item too large"
/* OSError: "too much ancillary data". sendmsg whose ancillary items together exceed the socklen_t limit. */
int csock__err_too_much_ancdata(csock_error *err);
#define CSOCK_MSG_TOO_MUCH_ANCDATA "too much ancillary data"
/* OverflowError: "getnameinfo(): flowinfo must be 0-1048575.". getnameinfo with an IPv6 flowinfo above 20 bits. */
int csock__err_ni_flowinfo(csock_error *err);
#define CSOCK_MSG_NI_FLOWINFO "getnameinfo(): flowinfo must be 0-1048575."
/* OSError: "IPv4 sockaddr must be 2 tuple". getnameinfo with a 4-tuple (AF_INET6 csock_addr) whose host is IPv4. */
int csock__err_ni_ipv4_tuple(csock_error *err);
#define CSOCK_MSG_NI_IPV4_TUPLE "IPv4 sockaddr must be 2 tuple"
/* OSError: "sockaddr resolved to multiple addresses". getnameinfo's host resolved to more than one address. */
int csock__err_ni_multiple(csock_error *err);
#define CSOCK_MSG_NI_MULTIPLE "sockaddr resolved to multiple addresses"
/* TypeError: "getnameinfo(): illegal sockaddr argument". getnameinfo with an address that is neither AF_INET nor AF_INET6. */
int csock__err_ni_illegal_sockaddr(csock_error *err);
#define CSOCK_MSG_NI_ILLEGAL_SOCKADDR "getnameinfo(): illegal sockaddr argument"
/* OSError: "wildcard resolved to multiple address". gethostbyaddr('') where the wildcard resolves to several addresses. */
int csock__err_wildcard_multiple(csock_error *err);
#define CSOCK_MSG_WILDCARD_MULTIPLE "wildcard resolved to multiple address"
/* OSError: "protocol not found". getprotobyname with an unknown protocol. */
int csock__err_protocol_not_found(csock_error *err);
#define CSOCK_MSG_PROTOCOL_NOT_FOUND "protocol not found"
/* OSError: "service/proto not found". getservbyname with an unknown service or protocol. */
int csock__err_service_not_found(csock_error *err);
#define CSOCK_MSG_SERVICE_NOT_FOUND "service/proto not found"
/* OSError: "port/proto not found". getservbyport with an unknown port or protocol. */
int csock__err_port_not_found(csock_error *err);
#define CSOCK_MSG_PORT_NOT_FOUND "port/proto not found"
/* OverflowError: "getservbyport: port must be 0-65535.". getservbyport with a port outside 0..65535. */
int csock__err_getservbyport_range(csock_error *err);
#define CSOCK_MSG_GETSERVBYPORT_RANGE "getservbyport: port must be 0-65535."
/* OverflowError: "{func}: Python int too large to convert to C 16-bit unsigned integer". htons / ntohs with a value above 65535. */
int csock__err_short_too_large(csock_error *err, const char *func);
/* OverflowError: "{func}: can't convert negative Python int to C 16-bit unsigned integer". htons / ntohs with a negative value. */
int csock__err_short_negative(csock_error *err, const char *func);
/* OverflowError: "int larger than 32 bits". htonl / ntohl with a value above 2**32-1. */
int csock__err_long_too_large(csock_error *err);
#define CSOCK_MSG_LONG_TOO_LARGE "int larger than 32 bits"
/* OverflowError: "can't convert negative value to unsigned int". htonl / ntohl / if_indextoname with a negative value. */
int csock__err_negative_unsigned(csock_error *err);
#define CSOCK_MSG_NEGATIVE_UNSIGNED "can't convert negative value to unsigned int"
/* OSError: "illegal IP address string passed to inet_aton". inet_aton with text that is not an IPv4 address. */
int csock__err_inet_aton_illegal(csock_error *err);
#define CSOCK_MSG_INET_ATON_ILLEGAL "illegal IP address string passed to inet_aton"
/* OSError: "illegal IP address string passed to inet_pton". inet_pton with text that is not an address of the family. */
int csock__err_inet_pton_illegal(csock_error *err);
#define CSOCK_MSG_INET_PTON_ILLEGAL "illegal IP address string passed to inet_pton"
/* ValueError: "embedded null character". A (pointer, length) string argument contains a NUL byte. */
int csock__err_embedded_null(csock_error *err);
#define CSOCK_MSG_EMBEDDED_NULL "embedded null character"
/* OSError: "packed IP wrong length for inet_ntoa". inet_ntoa with other than 4 bytes. */
int csock__err_inet_ntoa_length(csock_error *err);
#define CSOCK_MSG_INET_NTOA_LENGTH "packed IP wrong length for inet_ntoa"
/* ValueError: "invalid length of packed IP address string". inet_ntop with a packed address of the wrong length for the family. */
int csock__err_inet_ntop_length(csock_error *err);
#define CSOCK_MSG_INET_NTOP_LENGTH "invalid length of packed IP address string"
/* ValueError: "unknown address family {family}". inet_ntop with a family other than AF_INET / AF_INET6. */
int csock__err_inet_ntop_family(csock_error *err, int family);
/* OSError: "no interface with this name". if_nametoindex with an unknown interface name. */
int csock__err_no_interface(csock_error *err);
#define CSOCK_MSG_NO_INTERFACE "no interface with this name"
/* OSError: "getaddrinfo returns an empty list". create_connection when getaddrinfo gave no address. */
int csock__err_getaddrinfo_empty(csock_error *err);
#define CSOCK_MSG_GETADDRINFO_EMPTY "getaddrinfo returns an empty list"
/* ValueError: "SO_REUSEPORT not supported on this platform". create_server(reuse_port=True) where SO_REUSEPORT does not exist. */
int csock__err_reuseport_unsupported(csock_error *err);
#define CSOCK_MSG_REUSEPORT_UNSUPPORTED "SO_REUSEPORT not supported on this platform"
/* ValueError: "dualstack_ipv6 not supported on this platform". create_server(dualstack_ipv6=True) where has_dualstack_ipv6() is false. */
int csock__err_dualstack_unsupported(csock_error *err);
#define CSOCK_MSG_DUALSTACK_UNSUPPORTED "dualstack_ipv6 not supported on this platform"
/* ValueError: "dualstack_ipv6 requires AF_INET6 family". create_server(dualstack_ipv6=True) with a family other than AF_INET6. */
int csock__err_dualstack_family(csock_error *err);
#define CSOCK_MSG_DUALSTACK_FAMILY "dualstack_ipv6 requires AF_INET6 family"
/* ValueError: "non-blocking sockets are not supported". sendfile on a socket in non-blocking mode. */
int csock__err_sendfile_nonblocking(csock_error *err);
#define CSOCK_MSG_SENDFILE_NONBLOCKING "non-blocking sockets are not supported"
/* ValueError: "only SOCK_STREAM type sockets are supported". sendfile on a socket that is not SOCK_STREAM. */
int csock__err_sendfile_not_stream(csock_error *err);
#define CSOCK_MSG_SENDFILE_NOT_STREAM "only SOCK_STREAM type sockets are supported"
/* ValueError: "count must be a positive integer (got {count})". sendfile with a count of zero or less. */
int csock__err_sendfile_count(csock_error *err, long count);
/* ValueError: "invalid mode '{mode}' (only r, w, b allowed)". makefile with a mode other than r, w, rw, rb, wb, rwb. */
int csock__err_makefile_mode(csock_error *err, const char *mode);
/* ValueError: "unbuffered streams must be binary". makefile with buffering 0 in a text mode. */
int csock__err_makefile_unbuffered_text(csock_error *err);
#define CSOCK_MSG_MAKEFILE_UNBUFFERED_TEXT "unbuffered streams must be binary"
/* OSError: "{caller}(): bad family". An address for a socket whose family csock has no address format for (CPython getsockaddrarg). */
int csock__err_addr_bad_family(csock_error *err, const char *caller);
/* TypeError: "{caller}(): {family} address must be tuple, not {given}". A non-tuple address (e.g. an AF_UNIX path) for a family whose addresses are tuples. */
int csock__err_addr_not_tuple(csock_error *err, const char *caller, const char *family, const char *given);
/* TypeError: "getsockaddrarg: {family} address must be tuple, not {given}". A non-tuple address for an AF_VSOCK or AF_QIPCRTR socket (CPython names getsockaddrarg there, not the method). */
int csock__err_addr_getsockaddrarg_not_tuple(csock_error *err, const char *family, const char *given);
/* TypeError: "a bytes-like object is required, not '{given}'". A tuple address for an AF_UNIX socket, or a non-bytes field where bytes are needed. */
int csock__err_addr_bytes_required(csock_error *err, const char *given);
/* TypeError: "AF_INET address must be a pair (host, port)". Another family's tuple for an AF_INET socket. */
int csock__err_addr_inet_shape(csock_error *err);
#define CSOCK_MSG_ADDR_INET_SHAPE "AF_INET address must be a pair (host, port)"
/* TypeError: "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])". Another family's tuple for an AF_INET6 socket. */
int csock__err_addr_inet6_shape(csock_error *err);
#define CSOCK_MSG_ADDR_INET6_SHAPE "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
/* TypeError: "AF_NETLINK address must be a pair (pid, groups)". Another family's tuple for an AF_NETLINK socket. */
int csock__err_addr_netlink_shape(csock_error *err);
#define CSOCK_MSG_ADDR_NETLINK_SHAPE "AF_NETLINK address must be a pair (pid, groups)"
/* TypeError: "AF_PACKET address must be a tuple of two to five elements". Another family's tuple for an AF_PACKET socket. */
int csock__err_addr_packet_shape(csock_error *err);
#define CSOCK_MSG_ADDR_PACKET_SHAPE "AF_PACKET address must be a tuple of two to five elements"
/* TypeError: "AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])". Another family's tuple for an AF_TIPC socket. */
int csock__err_addr_tipc_shape(csock_error *err);
#define CSOCK_MSG_ADDR_TIPC_SHAPE "AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])"
/* TypeError: "AF_ALG address must be a tuple (type, name[, feat[, mask]])". Another family's address for an AF_ALG socket. */
int csock__err_addr_alg_shape(csock_error *err);
#define CSOCK_MSG_ADDR_ALG_SHAPE "AF_ALG address must be a tuple (type, name[, feat[, mask]])"
/* TypeError: "AF_CAN address must be a tuple (interface, )". Another family's tuple for an AF_CAN socket (CAN_RAW, CAN_BCM). */
int csock__err_addr_can_shape(csock_error *err);
#define CSOCK_MSG_ADDR_CAN_SHAPE "AF_CAN address must be a tuple (interface, )"
/* TypeError: "getsockaddrarg() takes exactly 2 arguments ({count} given)". Another family's tuple for an AF_VSOCK or AF_QIPCRTR socket (PyArg's message for a getsockaddrarg with two items). */
int csock__err_addr_getsockaddrarg_count(csock_error *err, int count);
/* TypeError: "{caller}(): AF_UNIX address must be str or bytes, not {given}". An AF_UNIX address that is neither str nor a bytes-like object (CPython 3.12 on; 3.11 leaves the buffer protocol's TypeError). */
int csock__err_addr_unix_str_or_bytes(csock_error *err, const char *caller, const char *given);
/* OverflowError: "{caller}(): address argument out of range". An AF_PACKET tuple item too large for its C int (CPython rewrites PyArg's OverflowError). */
int csock__err_addr_argument_range(csock_error *err, const char *caller);
/* OSError: "AF_UNIX path too long". An AF_UNIX path that does not fit sun_path (a filesystem path needs room for its NUL). */
int csock__err_addr_unix_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_UNIX_TOO_LONG "AF_UNIX path too long"
/* OverflowError: "{caller}(): port must be 0-65535.". An AF_INET/AF_INET6 port outside 0..65535. */
int csock__err_addr_port_range(csock_error *err, const char *caller);
/* OverflowError: "{caller}(): flowinfo must be 0-1048575.". An AF_INET6 flowinfo outside 0..2**20-1. */
int csock__err_addr_flowinfo_range(csock_error *err, const char *caller);
/* OverflowError: "{caller}(): proto must be 0-65535.". An AF_PACKET protocol outside 0..65535. */
int csock__err_addr_proto_range(csock_error *err, const char *caller);
/* ValueError: "Hardware address must be 8 bytes or less". An AF_PACKET hardware address longer than sll_addr. */
int csock__err_addr_hwaddr_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_HWADDR_TOO_LONG "Hardware address must be 8 bytes or less"
/* ValueError: "AF_ALG type too long.". An AF_ALG type that does not fit salg_type (with its NUL). */
int csock__err_addr_alg_type_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_ALG_TYPE_TOO_LONG "AF_ALG type too long."
/* ValueError: "AF_ALG name too long.". An AF_ALG name that does not fit salg_name (with its NUL). */
int csock__err_addr_alg_name_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_ALG_NAME_TOO_LONG "AF_ALG name too long."
/* OSError: "bad bluetooth address". A Bluetooth address that is not six hex bytes separated by colons. */
int csock__err_addr_bad_bdaddr(csock_error *err);
#define CSOCK_MSG_ADDR_BAD_BDADDR "bad bluetooth address"
/* OSError: "{caller}(): unknown Bluetooth protocol". An AF_BLUETOOTH socket whose protocol has no address format. */
int csock__err_addr_bt_unknown_proto(csock_error *err, const char *caller);
/* OSError: "{caller}(): unsupported CAN protocol". An AF_CAN socket whose protocol has no address format. */
int csock__err_addr_can_unsupported_proto(csock_error *err, const char *caller);
/* OSError: "address family mismatched". '<broadcast>' as the host of a non-AF_INET address (Python's setipaddr). */
int csock__err_addr_family_mismatched(csock_error *err);
#define CSOCK_MSG_ADDR_FAMILY_MISMATCHED "address family mismatched"
/* OSError: "AF_CAN interface name too long". An AF_CAN interface name of IFNAMSIZ bytes or more. */
int csock__err_addr_can_ifname_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_CAN_IFNAME_TOO_LONG "AF_CAN interface name too long"
/* TypeError: "Invalid address type". An AF_TIPC addr_type other than TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME, TIPC_ADDR_ID (CPython's getsockaddrarg raises TypeError). */
int csock__err_addr_tipc_bad_type(csock_error *err);
#define CSOCK_MSG_ADDR_TIPC_BAD_TYPE "Invalid address type"
/* ValueError: "Invalid address type". A struct sockaddr_tipc whose addrtype is none of the three (CPython's makesockaddr raises ValueError). */
int csock__err_addr_tipc_bad_type_decode(csock_error *err);
#define CSOCK_MSG_ADDR_TIPC_BAD_TYPE_DECODE "Invalid address type"
/* ValueError: "Unknown Bluetooth protocol". Decoding an AF_BLUETOOTH address for a protocol without format (CPython's makesockaddr). */
int csock__err_addr_bt_unknown_proto_decode(csock_error *err);
#define CSOCK_MSG_ADDR_BT_UNKNOWN_PROTO_DECODE "Unknown Bluetooth protocol"
/* OSError: "{caller}(): wrong format". An address of another shape for an AF_BLUETOOTH socket. */
int csock__err_addr_bt_wrong_format(csock_error *err, const char *caller);

#endif
