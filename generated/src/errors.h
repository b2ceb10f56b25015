/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_GEN_ERRORS_H
#define CSOCK_GEN_ERRORS_H

#include "csock/csock.h"

#if CSOCK_GEN_ABI != 1
#error "generated/src/errors.h does not match csock_gen.h: run `ninja gen`"
#endif

/* One function per fixed message of spec/errors.yaml.  Each fills *err
 * (which may be NULL) and returns -1. */
/* socket.timeout: "timed out". The deadline of a call in timeout mode passed. */
int csock__err_timed_out(csock_error *err);
/* MemoryError: "out of memory". An allocation failed. */
int csock__err_nomem(csock_error *err);
/* BaseException: "interrupted by a signal handler". The on_eintr hook returned -1. */
int csock__err_aborted(csock_error *err);
/* ValueError: "negative buffersize in {caller}". A receive was asked for a negative number of bytes. */
int csock__err_negative_bufsize(csock_error *err, const char *caller);
/* ValueError: "Timeout value out of range". settimeout / setdefaulttimeout with a negative value. */
int csock__err_timeout_out_of_range(csock_error *err);
/* ValueError: "Invalid value NaN (not a number)". settimeout / setdefaulttimeout with NaN. */
int csock__err_timeout_nan(csock_error *err);
/* ValueError: "buffer too small for requested bytes". recv_into was asked for more bytes than the buffer holds. */
int csock__err_recv_buffer_too_small(csock_error *err);
/* ValueError: "nbytes is greater than the length of the buffer". recvfrom_into was asked for more bytes than the buffer holds. */
int csock__err_recv_nbytes_too_large(csock_error *err);
/* ValueError: "negative buffer size in recvmsg()". recvmsg was asked for a negative number of bytes. */
int csock__err_recvmsg_negative_bufsize(csock_error *err);
/* ValueError: "invalid ancillary data buffer length". recvmsg / recvmsg_into with a negative or too large ancbufsize. */
int csock__err_invalid_ancbufsize(csock_error *err);
/* OSError: "getsockopt buflen out of range". getsockopt's buffer form with buflen outside 1..1024. */
int csock__err_getsockopt_buflen(csock_error *err);
/* OverflowError: "{func}() argument out of range". CMSG_LEN / CMSG_SPACE with a negative length or one whose result exceeds the socklen_t limit. */
int csock__err_cmsg_out_of_range(csock_error *err, const char *func);
/* OverflowError: "timestamp out of range for platform time_t". settimeout / setdefaulttimeout with a value too large for the nanosecond clock. */
int csock__err_timeout_overflow(csock_error *err);
/* ValueError: "negative file descriptor". socket(fileno=...) with a negative descriptor. */
int csock__err_negative_fd(csock_error *err);
/* OSError: "algset is only supported for AF_ALG". sendmsg_afalg on a socket whose family is not AF_ALG. */
int csock__err_algset_not_alg(csock_error *err);
/* OSError: "ancillary data item too large". sendmsg with an ancillary item whose CMSG_SPACE exceeds the socklen_t limit. */
int csock__err_ancdata_item_too_large(csock_error *err);
/* OSError: "too much ancillary data". sendmsg whose ancillary items together exceed the socklen_t limit. */
int csock__err_too_much_ancdata(csock_error *err);

#endif
