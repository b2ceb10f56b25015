/* Generated from spec/constants/addrinfo.yaml, spec/constants/alg.yaml, spec/constants/bluetooth.yaml, spec/constants/can.yaml, spec/constants/can_bcm.yaml, spec/constants/darwin.yaml, spec/constants/families.yaml, spec/constants/ip.yaml, spec/constants/ipv6.yaml, spec/constants/j1939.yaml, spec/constants/local.yaml, spec/constants/messages.yaml, spec/constants/netlink.yaml, spec/constants/packet.yaml, spec/constants/protocol_families.yaml, spec/constants/protocols.yaml, spec/constants/rds.yaml, spec/constants/socket_options.yaml, spec/constants/socket_types.yaml, spec/constants/tcp.yaml, spec/constants/tipc.yaml, spec/constants/vsock.yaml, spec/constants/windows.yaml, spec/platforms.yaml by generator/csockgen with templates/csock_constants.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The version lock first: csock_gen.h defines CSOCK_GEN_LOCK (and includes
 * this header itself, inside its own guard). */
#include "csock/csock_gen.h"
#ifndef CSOCK_CONSTANTS_H
#define CSOCK_CONSTANTS_H

#if CSOCK_GEN_LOCK != 1
#error "csock/csock_constants.h does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif

/* The socket module's constants (spec/constants/): look-up by name,
 * iteration, and name-from-value for families, socket types and protocols.
 * Only the constants this platform's headers define are present; the same
 * spec gives the tables of linux, freebsd, darwin, windows. */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every constant named in the spec, on any platform. */
#define CSOCK_CONSTANTS_IN_SPEC 408

typedef struct csock_constant_info {
    const char *name;   /* as Python's socket module names it: "SO_REUSEADDR" */
    const char *group;  /* the spec group: addrinfo, alg, bluetooth, can, can_bcm, darwin, families, ip, ipv6, j1939, local, messages, netlink, packet, protocol_families, protocols, rds, socket_options, socket_types, tcp, tipc, vsock, windows */
    long long value;    /* the value (0 for a string-valued constant) */
    const char *str;    /* the value of a string-valued constant (BDADDR_ANY), else NULL */
    const char *doc;    /* one sentence */
} csock_constant_info;

/* Look a constant up by its exact name.  0 and *value set when this platform
 * has an integer constant of that name; -1 otherwise (unknown name, not on
 * this platform, string-valued, or NULL name).  value may be NULL. */
CSOCK_API int csock_constant(const char *name, long long *value);

/* The value of a string-valued constant ("00:00:00:00:00:00" for
 * BDADDR_ANY), or NULL when there is none of that name here. */
CSOCK_API const char *csock_constant_str(const char *name);

/* The constant of that name available here, or NULL. */
CSOCK_API const csock_constant_info *csock_constant_find(const char *name);

/* Iteration over the constants available here, sorted by name. */
CSOCK_API size_t csock_constant_count(void);
CSOCK_API const csock_constant_info *csock_constant_at(size_t i);   /* NULL if i >= count */

/* Name from value, as Python's AddressFamily / SocketKind enums give it
 * (when several names share a value, the first in name order wins, as in
 * IntEnum._convert_; names marked as aliases in the spec come last).
 * NULL when no constant of that kind has the value. */
CSOCK_API const char *csock_family_name(int af);        /* 2 -> "AF_INET" */
CSOCK_API const char *csock_socktype_name(int type);    /* 1 -> "SOCK_STREAM" */
CSOCK_API const char *csock_proto_name(int proto);      /* 6 -> "IPPROTO_TCP" */

#ifdef __cplusplus
}
#endif

#endif /* CSOCK_CONSTANTS_H */
