/* csock module-level functions: resolver and databases, conversions,
 * convenience functions and makefile -- the "Other functions" of Python's
 * socket module.  csock/csock.h includes it; including it alone works too
 * (it includes csock/csock.h for csock, csock_addr and csock_error).
 *
 * Conventions beyond csock.h's:
 *  - Strings are NUL-terminated C strings.  A NUL inside a name cannot be
 *    expressed, so Python's "embedded null character" ValueError exists
 *    only where a (pointer, length) variant is offered: csock_inet_aton_n
 *    and csock_inet_pton_n.  Everywhere else the name ends at the first
 *    NUL.
 *  - No function returns a pointer into static storage: results are
 *    either written into a caller's fixed-size buffer (sizes below) or
 *    allocated in ONE block freed by the function named next to it.
 *  - Blocking resolver calls run inside the runtime's blocking hooks
 *    (csock_set_hooks), so a binding can release its lock around them.
 */
#ifndef CSOCK_CSOCK_MODULE_H
#define CSOCK_CSOCK_MODULE_H

#include "csock/csock.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Buffer sizes for results written into caller storage. */
#define CSOCK_NI_MAXHOST 1025   /* getnameinfo host (NI_MAXHOST) */
#define CSOCK_NI_MAXSERV 32     /* getnameinfo service (NI_MAXSERV) */
#define CSOCK_INET_ADDRSTRLEN 16  /* "255.255.255.255" + NUL */
#define CSOCK_INET6_ADDRSTRLEN 46 /* longest IPv6 text + NUL */
#define CSOCK_IFNAMSIZ 16       /* IF_NAMESIZE, NUL included */

/* ------------------------------------------------------------------ */
/* Resolver and databases                                              */
/* ------------------------------------------------------------------ */

/* One getaddrinfo() 5-tuple (family, type, proto, canonname, sockaddr). */
typedef struct csock_addrinfo {
    int family;
    int type;
    int proto;
    const char *canonname; /* "" unless AI_CANONNAME was asked (never NULL) */
    csock_addr addr;       /* AF_INET: (host, port); AF_INET6: 4-tuple */
} csock_addrinfo;

/* socket.getaddrinfo(host, port, family=0, type=0, proto=0, flags=0).
 * host: name or numeric address, NULL for None (handed to getaddrinfo(3)
 * as bytes: Python IDNA-encodes str hosts, csock does not).  service: service name
 * ("http") or a port number as text ("80"), NULL for None.  Returns an
 * array of *count entries in getaddrinfo(3)'s order (never empty), the
 * whole result one allocation: free it with csock_addrinfo_free().  On
 * failure NULL with CSOCK_ERR_GAI, code EAI_*, message as Python:
 * "[Errno -2] Name or service not known". */
CSOCK_API csock_addrinfo *csock_getaddrinfo(const char *host, const char *service,
                                            int family, int type, int proto, int flags,
                                            size_t *count, csock_error *err);
/* The same with port given as a number (Python's int port: formatted
 * with "%ld" and handed to getaddrinfo(3), so 70000 wraps as in Python).
 * Free with csock_addrinfo_free(). */
CSOCK_API csock_addrinfo *csock_getaddrinfo_port(const char *host, long port,
                                                 int family, int type, int proto,
                                                 int flags, size_t *count,
                                                 csock_error *err);
/* Frees a getaddrinfo result (NULL is fine). */
CSOCK_API void csock_addrinfo_free(csock_addrinfo *list);

/* socket.getnameinfo(sockaddr, flags) -> (host, port).  sockaddr is an
 * AF_INET (2-tuple) or AF_INET6 (4-tuple) csock_addr whose host must be
 * numeric (Python's AI_NUMERICHOST rule).  No allocation. */
typedef struct csock_nameinfo {
    char host[CSOCK_NI_MAXHOST];
    char serv[CSOCK_NI_MAXSERV];
} csock_nameinfo;
CSOCK_API int csock_getnameinfo(const csock_addr *sockaddr, int flags,
                                csock_nameinfo *out, csock_error *err);

/* socket.gethostbyname(hostname): the IPv4 address as text into
 * out[CSOCK_INET_ADDRSTRLEN].  No allocation. */
CSOCK_API int csock_gethostbyname(const char *hostname, char *out, csock_error *err);

/* (hostname, aliaslist, ipaddrlist) of gethostbyname_ex/gethostbyaddr.
 * One allocation: free with csock_hostent_free(). */
typedef struct csock_hostent {
    char *name;
    char **aliases;  /* naliases entries, then NULL */
    size_t naliases;
    char **addrs;    /* naddrs numeric addresses, then NULL */
    size_t naddrs;
} csock_hostent;
CSOCK_API void csock_hostent_free(csock_hostent *h);
/* socket.gethostbyname_ex(hostname): IPv4 only.  Free with
 * csock_hostent_free().  Errors: gaierror (resolution) or herror. */
CSOCK_API csock_hostent *csock_gethostbyname_ex(const char *hostname,
                                                csock_error *err);
/* socket.gethostbyaddr(ip_address): IPv4 and IPv6 (names are resolved
 * first).  Free with csock_hostent_free().  herror "[Errno 1] Unknown
 * host" when no name is known. */
CSOCK_API csock_hostent *csock_gethostbyaddr(const char *ip_address, csock_error *err);

/* socket.gethostname(): allocated string, free with csock_str_free(). */
CSOCK_API char *csock_gethostname(csock_error *err);
/* socket.sethostname(name): needs CAP_SYS_ADMIN in the UTS namespace. */
CSOCK_API int csock_sethostname(const char *name, csock_error *err);
/* socket.getfqdn(name=''): Python's rule (strip blanks; '', '0.0.0.0'
 * and '::' mean this host; the first name with a dot among
 * gethostbyaddr's name and aliases, else its name, else the input).
 * name may be NULL (= '').  Never fails except MemoryError: allocated
 * string, free with csock_str_free(). */
CSOCK_API char *csock_getfqdn(const char *name, csock_error *err);
/* Frees strings returned by this header's functions (NULL is fine). */
CSOCK_API void csock_str_free(char *s);

/* socket.getprotobyname(name): the protocol number, -1 on error
 * (OSError "protocol not found"). */
CSOCK_API int csock_getprotobyname(const char *name, csock_error *err);
/* socket.getservbyname(servicename, protocolname=None): proto NULL
 * matches any.  Returns the port, -1 on error (OSError "service/proto
 * not found"). */
CSOCK_API int csock_getservbyname(const char *name, const char *proto,
                                  csock_error *err);
/* socket.getservbyport(port, protocolname=None): OverflowError
 * "getservbyport: port must be 0-65535." outside 0..65535; OSError
 * "port/proto not found".  Allocated string, free with csock_str_free(). */
CSOCK_API char *csock_getservbyport(long port, const char *proto, csock_error *err);

/* ------------------------------------------------------------------ */
/* Conversions                                                         */
/* ------------------------------------------------------------------ */

/* htons/ntohs/htonl/ntohl with Python's range checks (values outside
 * 0..65535 resp. 0..2**32-1 are OverflowError with Python's message).
 * Return the converted value, or -1 with *err. */
CSOCK_API int64_t csock_htons(int64_t x, csock_error *err);
CSOCK_API int64_t csock_ntohs(int64_t x, csock_error *err);
CSOCK_API int64_t csock_htonl(int64_t x, csock_error *err);
CSOCK_API int64_t csock_ntohl(int64_t x, csock_error *err);

/* socket.inet_aton(ip_string) -> 4 packed bytes in out[4].  OSError
 * "illegal IP address string passed to inet_aton". */
CSOCK_API int csock_inet_aton(const char *ip_string, unsigned char *out,
                              csock_error *err);
/* The same for a (pointer, length) string: a NUL inside is ValueError
 * "embedded null character", as Python. */
CSOCK_API int csock_inet_aton_n(const char *ip_string, size_t len, unsigned char *out,
                                csock_error *err);
/* socket.inet_ntoa(packed_ip): len must be 4 (OSError "packed IP wrong
 * length for inet_ntoa"); text into out[CSOCK_INET_ADDRSTRLEN]. */
CSOCK_API int csock_inet_ntoa(const void *packed, size_t len, char *out,
                              csock_error *err);
/* socket.inet_pton(family, ip_string): packed bytes into out[16];
 * returns their number (4 or 16) or -1.  Unknown family: "[Errno 97]
 * Address family not supported by protocol"; bad text: OSError "illegal
 * IP address string passed to inet_pton". */
CSOCK_API int csock_inet_pton(int family, const char *ip_string, unsigned char *out,
                              csock_error *err);
/* (pointer, length) variant: embedded NUL -> ValueError. */
CSOCK_API int csock_inet_pton_n(int family, const char *ip_string, size_t len,
                                unsigned char *out, csock_error *err);
/* socket.inet_ntop(family, packed_ip): text into
 * out[CSOCK_INET6_ADDRSTRLEN].  Wrong length: ValueError "invalid length
 * of packed IP address string"; other family: ValueError "unknown address
 * family N". */
CSOCK_API int csock_inet_ntop(int family, const void *packed, size_t len, char *out,
                              csock_error *err);

/* socket.if_nameindex(): array of *count entries, one allocation, free
 * with csock_ifname_free(). */
typedef struct csock_ifname {
    unsigned int index;
    char name[CSOCK_IFNAMSIZ];
} csock_ifname;
CSOCK_API csock_ifname *csock_if_nameindex(size_t *count, csock_error *err);
CSOCK_API void csock_ifname_free(csock_ifname *list); /* NULL is fine */
/* socket.if_nametoindex(name): 0 with OSError "no interface with this
 * name" on failure. */
CSOCK_API unsigned int csock_if_nametoindex(const char *name, csock_error *err);
/* socket.if_indextoname(index): name into out[CSOCK_IFNAMSIZ].  Negative
 * index: OverflowError "can't convert negative value to unsigned int";
 * unknown: "[Errno 6] No such device or address". */
CSOCK_API int csock_if_indextoname(long long index, char *out, csock_error *err);

/* ------------------------------------------------------------------ */
/* Convenience                                                         */
/* ------------------------------------------------------------------ */

/* socket.create_connection((host, port), timeout, source_address):
 * tries every getaddrinfo(host, port, 0, SOCK_STREAM) address in order,
 * each attempt with the timeout; binds to (source_host, source_port)
 * first when source_host is not NULL ("" / 0 = the OS's choice).  On
 * total failure the error of the last attempt.  timeout as csock.h's
 * convention, three states:
 *   CSOCK_TIMEOUT_DEFAULT (-2.0)  Python's _GLOBAL_DEFAULT_TIMEOUT: the
 *                                 socket keeps getdefaulttimeout()'s mode;
 *   CSOCK_TIMEOUT_NONE    (-1.0)  None: blocking mode;
 *   >= 0                          seconds (0.0 = non-blocking).
 * The socket returned KEEPS this timeout for every later call, as in
 * Python (a connect timeout of 10 s makes a later recv time out after
 * 10 s): call csock_settimeout on it for another mode.  Free with
 * csock_close(). */
CSOCK_API csock *csock_create_connection(const char *host, long port, double timeout,
                                         const char *source_host, long source_port,
                                         csock_error *err);

/* socket.create_server((host, port), family=AF_INET, backlog=None,
 * reuse_port=False, dualstack_ipv6=False).  family 0 = AF_INET; backlog
 * CSOCK_LISTEN_DEFAULT = None.  SO_REUSEADDR is set; with AF_INET6,
 * IPV6_V6ONLY is set unless dualstack_ipv6 (then '::' accepts IPv4 too).
 * A failed bind reads "[Errno 98] Address already in use (while
 * attempting to bind on address ('127.0.0.1', 8080))".  Free with
 * csock_close(). */
CSOCK_API csock *csock_create_server(const char *host, long port, int family,
                                     int backlog, int reuse_port, int dualstack_ipv6,
                                     csock_error *err);
/* socket.has_dualstack_ipv6(): 1 or 0. */
CSOCK_API int csock_has_dualstack_ipv6(void);

/* socket.send_fds(sock, buffers, fds, flags=0, address=None): one
 * sendmsg with an SCM_RIGHTS item; returns the bytes sent.  addr may be
 * NULL. */
CSOCK_API ssize_t csock_send_fds(csock *s, const csock_iov *buffers, size_t nbuffers,
                                 const csock_fd_t *fds, size_t nfds, int flags,
                                 const csock_addr *addr, csock_error *err);
/* socket.recv_fds(sock, bufsize, maxfds, flags=0) -> (msg, fds, flags,
 * addr).  *msg receives the data, flags, address and the raw ancillary
 * items (free with csock_msg_free(); it never owns the fds); up to maxfds descriptors
 * are stored in fds[] (capacity maxfds, non-inheritable) and their number
 * in *nfds.  Descriptors beyond maxfds are closed, never leaked. */
CSOCK_API int csock_recv_fds(csock *s, ssize_t bufsize, size_t maxfds, int flags,
                             csock_msg *msg, csock_fd_t *fds, size_t *nfds, csock_error *err);

/* socket.close(fd): close a descriptor (ECONNRESET ignored, as Python). */
CSOCK_API int csock_close_descriptor(csock_fd_t fd, csock_error *err);

/* socket.sendfile(file, offset=0, count=None) for a file descriptor:
 * sendfile(2) where the platform has it, falling back to read + send when
 * it cannot be used (fd not a regular file); honours the socket's
 * timeout (ValueError "non-blocking sockets are not supported" in
 * non-blocking mode, ValueError "only SOCK_STREAM type sockets are
 * supported").  count NULL = None (to end of file), else must be > 0
 * (ValueError "count must be a positive integer (got N)").  Returns the
 * bytes sent; on return fd's offset is offset + bytes sent (when any). */
CSOCK_API long long csock_sendfile(csock *s, int fd, long long offset,
                                   const long long *count, csock_error *err);

/* ------------------------------------------------------------------ */
/* makefile                                                            */
/* ------------------------------------------------------------------ */

/* socket.makefile(mode, buffering): a stdio stream (fopencookie) reading
 * with recv and writing with send through the socket's timeout rules.
 *   mode: "r", "w", "rw", "rb", "wb", "rwb"; anything else: ValueError
 *         "invalid mode 'x' (only r, w, b allowed)".  Text modes (no "b")
 *         read with Python's universal newlines ("\r\n" and "\r" arrive as
 *         "\n"; a "\r" that ends the data received so far is handed out
 *         at once, where Python waits for the next byte; writing "\n"
 *         sends "\n", Linux's os.linesep); bytes are
 *         not decoded (no encoding/errors, unlike Python's TextIOWrapper).
 *         Binary modes pass bytes through unchanged.
 *   buffering: < 0 default (8192, full buffering), 0 unbuffered (binary
 *         modes only: ValueError "unbuffered streams must be binary"),
 *         1 line buffered, > 1 that buffer size.  Read-write streams
 *         ("rw", "rwb") are two independent halves as Python's
 *         BufferedRWPair: reads are buffered inside the stream, every
 *         stdio write goes out at once, and switching direction needs no
 *         fseek/fflush and loses no input.
 * Timeouts: a read or write that times out fails with ferror() set and
 *   errno = ETIMEDOUT; in non-blocking mode "would block" is errno
 *   EAGAIN.  As Python's SocketIO, after a read timeout the stream
 *   refuses further reads (errno EIO, "cannot read from timed out
 *   object"); writing and the socket itself stay usable.
 * Lifetime (Python's makefile/close rule, socket._io_refs): the stream
 *   reads and writes through the socket object itself, so the socket's
 *   current mode and timeout apply (a later csock_settimeout reaches the
 *   stream).  The stream holds a reference: while any stream is open,
 *   csock_close / csock_close_keep only mark the socket closed (the fd stays
 *   open for the streams) and csock_free defers the free; the last stream
 *   closed with fclose() closes the fd and frees the object.  After
 *   csock_close the caller must not use the socket pointer any more,
 *   streams or not.  A socket already closed or detached: OSError EBADF.
 *   A close or free of the socket in another thread while streams are
 *   open is safe (the deferral is one atomic word; see "Threads" in
 *   csock.h); the FILE itself has stdio's own locking. */
CSOCK_API FILE *csock_makefile(csock *s, const char *mode, int buffering,
                               csock_error *err);

/* Deprecated names (removed in the release after 0.2.0). */
CSOCK_DEPRECATED("use csock_addrinfo_free")
CSOCK_API void csock_freeaddrinfo(csock_addrinfo *list);
CSOCK_DEPRECATED("use csock_ifname_free")
CSOCK_API void csock_if_freenameindex(csock_ifname *list);

#ifdef __cplusplus
}
#endif

#endif
