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
/* OSError: "{caller}(): bad family". No address format for the socket's family. */
int csock__err_addr_bad_family(csock_error *err, const char *caller);
/* TypeError: "{caller}(): {family} address must be tuple, not {given}". A non-tuple address for a tuple family. */
int csock__err_addr_not_tuple(csock_error *err, const char *caller, const char *family, const char *given);
/* TypeError: "a bytes-like object is required, not '{given}'". A tuple for a path family. */
int csock__err_addr_bytes_required(csock_error *err, const char *given);
/* TypeError: "AF_INET address must be a pair (host, port)". Another family's tuple for AF_INET. */
int csock__err_addr_inet_shape(csock_error *err);
#define CSOCK_MSG_ADDR_INET_SHAPE "AF_INET address must be a pair (host, port)"
/* OverflowError: "{caller}(): port must be 0-65535.". Port out of range. */
int csock__err_addr_port_range(csock_error *err, const char *caller);
/* OSError: "AF_UNIX path too long". Path does not fit. */
int csock__err_addr_unix_too_long(csock_error *err);
#define CSOCK_MSG_ADDR_UNIX_TOO_LONG "AF_UNIX path too long"
/* OSError: "address family mismatched". '<broadcast>' for a non-AF_INET address. */
int csock__err_addr_family_mismatched(csock_error *err);
#define CSOCK_MSG_ADDR_FAMILY_MISMATCHED "address family mismatched"

#endif
