/* Generated from spec/families/inet.yaml, spec/families/pretend.yaml, spec/families/unix.yaml by generator/csockgen with templates/csock_addr.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The version lock first: csock_gen.h defines CSOCK_GEN_LOCK (and includes
 * this header itself, inside its own guard). */
#include "csock/csock_gen.h"
#ifndef CSOCK_ADDR_H
#define CSOCK_ADDR_H

#if CSOCK_GEN_LOCK != 1
#error "csock/csock_addr.h does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif

/* Socket addresses: one tagged union for every address family csock knows
 * (spec/families/).  Each member holds the fields of Python's address value
 * for that family, in tuple order; csock_addr_encode() validates and turns
 * one into a struct sockaddr with Python's errors, csock_addr_decode() does
 * the reverse (what Python's getsockname/accept/recvfrom return).
 *
 * Strings are NUL-terminated char arrays.  A constructor truncates what does
 * not fit; a value too long for its sockaddr is reported by encode. */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <sys/socket.h>
#endif

/* The address families of this build, CSOCK_ADDR_HAVE_<MEMBER>: on the
 * family's platforms, where the socket header defines its AF_ macro and the
 * headers of its sockaddrs exist (a sockaddr the spec lays out itself
 * needs none). */
#if (defined(__linux__) || defined(__FreeBSD__)) && defined(AF_INET)
#if defined(__has_include)
#if __has_include(<netinet/in.h>)
#define CSOCK_ADDR_HAVE_INET 1
#endif
#else
#define CSOCK_ADDR_HAVE_INET 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_PRETEND)
#if defined(__has_include)
#if __has_include(<sys/socket.h>)
#define CSOCK_ADDR_HAVE_PRETEND 1
#endif
#else
#define CSOCK_ADDR_HAVE_PRETEND 1
#endif
#endif
#if (defined(__linux__) || defined(__FreeBSD__)) && defined(AF_UNIX)
#if defined(__has_include)
#if __has_include(<sys/un.h>)
#define CSOCK_ADDR_HAVE_UN 1
#endif
#else
#define CSOCK_ADDR_HAVE_UN 1
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct csock_error csock_error;

#define CSOCK_ADDR_HOST_MAX 256
#define CSOCK_ADDR_IFNAME_MAX 17 /* IFNAMSIZ + 1: a too long name stays detectable */
#define CSOCK_ADDR_BDADDR_MAX 32 /* "XX:XX:XX:XX:XX:XX" is 17: a too long address stays detectable */

#ifdef _WIN32
/* <objbase.h> (through <windows.h>) defines `interface` as `struct`; not
 * in the member of that name below. */
#pragma push_macro("interface")
#undef interface
#endif
typedef struct csock_addr {
    int family;   /* AF_*; 0 = no address */
    int proto;    /* selects the format where a family has several
                     (AF_CAN: CAN_RAW/CAN_BCM/CAN_ISOTP/CAN_J1939;
                      AF_BLUETOOTH: BTPROTO_*); 0 otherwise */
    union {
        /* AF_INET: IPv4, (host, port). */
        struct {
            char host[CSOCK_ADDR_HOST_MAX];  /* A dotted address or a name. */
            int port;  /* port: The port. */
        } inet;
        /* AF_PRETEND: A pretend family: (name, port, id) or (tag, a, b, label, blob[, scope]). */
        struct {
            char name[CSOCK_ADDR_IFNAME_MAX];  /* An interface. */
            int port;  /* port: A port, checked before the interface. */
            uint32_t id;  /* u32: An id Python parses as an unsigned short. */
            uint32_t tag;  /* u32: Selects where a and b go. */
            uint32_t a;  /* u32: The first tagged value. */
            uint32_t b;  /* u32: The second tagged value. */
            char label[9];  /* A label at the start of st_data. */
            size_t blob_len;
            unsigned char blob[8];  /* Bytes after the label. */
            int scope;  /* int: A scope with a default. */
        } pretend;
        /* AF_UNIX: Local sockets, a path. */
        struct {
            size_t len;              /* bytes in path; > 108 only from a too long constructor argument */
            char path[108];          /* The path. */
        } un;
    } u;
} csock_addr;
#ifdef _WIN32
#pragma pop_macro("interface")
#endif

/* Constructors: fill every field (an all-zero csock_addr is "no address"). */
/* AF_INET: (host, port). */
#if defined(CSOCK_ADDR_HAVE_INET)
CSOCK_API csock_addr csock_addr_inet(const char *host, int port);
#endif
/* AF_PRETEND: (name, port, id). */
#if defined(CSOCK_ADDR_HAVE_PRETEND)
CSOCK_API csock_addr csock_addr_pretend_plain(const char *name, int port, uint32_t id);
#endif
/* AF_PRETEND: (tag, a, b, label, blob[, scope]). */
#if defined(CSOCK_ADDR_HAVE_PRETEND)
CSOCK_API csock_addr csock_addr_pretend_tagged(uint32_t tag, uint32_t a, uint32_t b, const char *label, const void *blob, size_t blob_len, int scope);
#endif
/* AF_UNIX: A path. */
#if defined(CSOCK_ADDR_HAVE_UN)
CSOCK_API csock_addr csock_addr_unix(const char *path);
CSOCK_API csock_addr csock_addr_unix_bytes(const void *path, size_t len);
#endif

/* Validate a for a socket of (sock_family, sock_proto) and convert it into
 * *ss / *len.  `caller` is the Python method named in messages ("bind",
 * "connect", "sendto"...).  Hosts follow Python's setipaddr: '' is the
 * wildcard, '<broadcast>' INADDR_BROADCAST (AF_INET only), numeric
 * addresses skip the resolver, anything else is resolved (getaddrinfo,
 * inside the runtime's blocking hooks).  Errors are Python's: OverflowError
 * "bind(): port must be 0-65535.", OSError "AF_UNIX path too long",
 * gaierror, and for an address of another family the TypeError Python gives
 * for that family's value (a str path where a tuple is needed: "connect():
 * AF_INET address must be tuple, not str"; another tuple shape: "AF_INET
 * address must be a pair (host, port)").  A socket family without address
 * format: OSError "bind(): bad family".  Values are checked in Python's
 * order (a host is resolved before its port is checked; AF_PACKET's
 * interface, then its hardware address, then its protocol).  Interface
 * names (AF_PACKET, AF_CAN) are cut at IFNAMSIZ-1 bytes and looked up with
 * if_nametoindex here; csock_bind, csock_connect, csock_sendto... look them
 * up on their socket (SIOCGIFINDEX), as Python does.  Returns 0 or -1 with
 * *err. */
CSOCK_API int csock_addr_encode(const csock_addr *a, int sock_family, int sock_proto,
                                const char *caller, struct sockaddr_storage *ss,
                                socklen_t *len, csock_error *err);

/* Convert a sockaddr of len bytes into *out (sock_proto picks the format
 * where a family has several, and is stored in out->proto).  len 0 gives
 * family 0 (Python's None); a family csock has no format for gives that
 * family with the member zeroed.  Returns 0 or -1 with *err. */
CSOCK_API int csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                                int sock_proto, csock_addr *out, csock_error *err);

/* Compare two addresses field by field (only the active member). 1 if
 * equal. */
CSOCK_API int csock_addr_equal(const csock_addr *a, const csock_addr *b);

#ifdef __cplusplus
}
#endif

#endif /* CSOCK_ADDR_H */
