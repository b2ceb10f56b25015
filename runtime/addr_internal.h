/* Helpers the generated address codec (generated/src/addr.c) calls:
 * Python's rules for hosts, interface names and Bluetooth addresses, and
 * the protocol numbers BlueZ's headers would give.  Not installed. */
#ifndef CSOCK_ADDR_INTERNAL_H
#define CSOCK_ADDR_INTERNAL_H

#include "internal.h"

#include <stddef.h>
#include <sys/socket.h>

/* Python's setipaddr() for an AF_INET/AF_INET6 address: '' is the
 * wildcard, '<broadcast>' INADDR_BROADCAST (AF_INET only, else OSError
 * "address family mismatched"), numeric addresses skip the resolver,
 * anything else is getaddrinfo(af) inside the blocking hooks (gaierror).
 * Copies the in_addr / in6_addr (dstlen bytes) to dst.  0 or -1. */
int csock__addr_host(const char *host, int af, void *dst, size_t dstlen,
                     csock_error *err);

/* Interface name -> index, as CPython's AF_PACKET/AF_CAN codecs: the name
 * cut to IFNAMSIZ-1 bytes, looked up with SIOCGIFINDEX on fd (the socket
 * the address is for; its errno as OSError), or with if_nametoindex where
 * there is no socket (fd < 0: OSError [Errno 19] No such device).  With
 * empty_is_any, '' is index 0 (AF_CAN's "every interface"). */
int csock__addr_ifindex(const char *name, int empty_is_any, int fd, int *index,
                        csock_error *err);

/* Interface index -> name into out[CSOCK_ADDR_IFNAME_MAX]; '' for 0 or an
 * index without interface (as Python's makesockaddr). */
void csock__addr_ifname(int index, char *out);

/* "XX:XX:XX:XX:XX:XX" <-> the 6 bytes of a bdaddr_t (stored reversed, as
 * Python's setbdaddr/makebdaddr).  Parse errors: OSError "bad bluetooth
 * address". */
int csock__addr_bdaddr_parse(const char *s, void *bdaddr, csock_error *err);
void csock__addr_bdaddr_format(const void *bdaddr, char *out);

/* inet_ntop(af, src, dst, size) with the same output byte for byte (and
 * the same errors: EAFNOSUPPORT, ENOSPC), without glibc's sprintf: the
 * decode path of every AF_INET/AF_INET6 address.  CSOCK__NTOP_MAX is
 * INET6_ADDRSTRLEN (46): enough for any output plus the NUL. */
#define CSOCK__NTOP_MAX 46
const char *csock__addr_ntop(int af, const void *src, char *dst, size_t size);

/* inet_pton(AF_INET, s, dst) with the same answer for every string
 * (glibc's rules: exactly four decimal parts 0..255, no leading zeros, no
 * other character): 1 and the 4 bytes in dst, or 0 with dst untouched.
 * The numeric fast path of every AF_INET host (connect, sendto, bind). */
int csock__addr_pton4(const char *s, void *dst);

/* csock_addr_encode for the socket fd (generated/src/addr.c): interface
 * names are looked up on it.  csock_addr_encode is this with fd -1. */
int csock__addr_encode(const csock_addr *a, int fd, int sock_family,
                       int sock_proto, const char *caller,
                       struct sockaddr_storage *ss, socklen_t *len,
                       csock_error *err);

/* Bluetooth on Linux: the kernel's protocol numbers, for systems without
 * the BlueZ headers (<bluetooth/bluetooth.h> defines the same values), so
 * that AF_BLUETOOTH addresses encode and decode everywhere on Linux. */
#ifdef CSOCK_ADDR_HAVE_BT
#ifndef BTPROTO_L2CAP
#define BTPROTO_L2CAP 0
#endif
#ifndef BTPROTO_HCI
#define BTPROTO_HCI 1
#endif
#ifndef BTPROTO_SCO
#define BTPROTO_SCO 2
#endif
#ifndef BTPROTO_RFCOMM
#define BTPROTO_RFCOMM 3
#endif
#endif

/* Text into a caller's buffer, snprintf's way: `len` counts everything
 * written or not (the length the whole text needs), buf always ends with
 * a NUL when size > 0 (runtime/addr_format.c). */
typedef struct {
    char *buf;
    size_t size;
    size_t len;
} csock__text;
void csock__text_puts(csock__text *o, const char *s);
void csock__text_printf(csock__text *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Python's repr() of a str (the bytes as UTF-8 text), of bytes, and of an
 * AF_UNIX path as makesockaddr gives it (bytes for an abstract name, str
 * otherwise). */
void csock__text_pystr(csock__text *o, const char *s, size_t n);
void csock__text_pybytes(csock__text *o, const unsigned char *s, size_t n);
void csock__text_pypath(csock__text *o, const char *path, size_t n);
/* Python's repr() of makesockaddr's value for a (generated/src/addr.c):
 * 0, or -1 for a family/protocol without an address format. */
int csock__addr_repr(csock__text *o, const csock_addr *a);

#endif
