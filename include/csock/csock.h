/*
 * csock: the BSD socket interface with the semantics of Python's `socket`
 * module, in C.  Every function, method, constant, address format, timeout
 * mode and error of Python's socket module has a counterpart here with the
 * same name: sock.recv_into -> csock_recv_into, socket.timeout ->
 * CSOCK_ERR_TIMEOUT.
 *
 * Conventions (the whole API follows them; each is stated here once):
 *  - `csock` is opaque.  Create with csock_socket(), free with csock_close()
 *    (which also frees the object, even when closing the fd fails).
 *  - Errors: every fallible call takes `csock_error *err` last (NULL
 *    allowed) and returns -1 / NULL (0 where a count or index is returned
 *    and 0 is no valid result: csock_if_nametoindex) on failure, filling
 *    *err with the Python exception kind, the code and the message Python
 *    prints (see struct csock_error).  A call that succeeds leaves *err
 *    exactly as it was: test the return value, never err->kind.
 *  - Timeouts: one `double` of seconds everywhere, in and out (settimeout,
 *    gettimeout, setdefaulttimeout, getdefaulttimeout, create_connection,
 *    csock_wait).  CSOCK_TIMEOUT_NONE (-1.0) is Python's None (blocking,
 *    wait for ever); 0.0 is non-blocking (do not wait); > 0 is a timeout.
 *    create_connection also takes CSOCK_TIMEOUT_DEFAULT (-2.0): Python's
 *    "argument omitted".  Any other negative value is ValueError "Timeout
 *    value out of range", NaN ValueError "Invalid value NaN (not a
 *    number)", a value past the nanosecond clock OverflowError, as Python.
 *  - Freeing: what a call allocates is freed by csock_<thing>_free(),
 *    <thing> being the result's type without the csock_ prefix
 *    (csock_addrinfo_free, csock_hostent_free, csock_ifname_free,
 *    csock_msg_free) or its kind (csock_buffer_free for bytes,
 *    csock_str_free for strings); the socket itself goes with csock_close
 *    (or csock_free after csock_close_keep / csock_detach).  Every free
 *    function accepts NULL.  Each allocating call names its free function
 *    next to it.
 *  - Naming: csock_<python_name> for Python's functions and methods
 *    (socket.recv_into -> csock_recv_into); C-only variants add a suffix
 *    (_int, _buf, _n, _port, _keep); every csock_ function name is lower
 *    case, also where Python's is not (socket.CMSG_LEN -> csock_cmsg_len).
 *    Constants and macros are CSOCK_ in capitals.
 *  - Addresses in and out are `csock_addr` (generated, one member per
 *    family; see csock/csock_gen.h); csock_addr_format writes one as text
 *    and csock_addr_port gives an IP address's port.
 *  - Deprecated names (kept for one release, marked so the compiler warns):
 *    csock_freeaddrinfo, csock_if_freenameindex, csock_CMSG_LEN,
 *    csock_CMSG_SPACE (see the end of this header).
 *  - Language bindings: the calls only a binding needs (runtime hooks,
 *    the syscall counter, the raw accept) are in csock/csock_binding.h.
 *
 * This header compiles as C11 and as C++.
 */
#ifndef CSOCK_CSOCK_H
#define CSOCK_CSOCK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#ifdef _WIN32
#include <winsock2.h> /* no runtime there yet: the headers and tables only */
#include <ws2tcpip.h>
#else
#include <sys/socket.h>
#endif

/* Generated from spec/: version lock, error kinds, csock_addr, constants. */
#include "csock/csock_gen.h"

/* A socket descriptor as the operating system names it: an int on POSIX
 * (so the ABI there is the plain fd), a SOCKET (pointer-sized, unsigned)
 * on Windows.  Every call that takes or returns a descriptor uses it;
 * CSOCK_INVALID_FD is "no descriptor" (-1 on POSIX, INVALID_SOCKET on
 * Windows): compare with it, never with < 0. */
#ifdef _WIN32
typedef SOCKET csock_fd_t;
#define CSOCK_INVALID_FD INVALID_SOCKET
#else
typedef int csock_fd_t;
#define CSOCK_INVALID_FD (-1)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* The error kind enum (CSOCK_ERR_OS, CSOCK_ERR_HERROR, CSOCK_ERR_GAI,
 * CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW,
 * CSOCK_ERR_NOMEM, CSOCK_ERR_ABORTED, ...) is generated from
 * spec/errors.yaml into csock/csock_gen.h as `enum csock_err_kind`. */

#define CSOCK_ERROR_MESSAGE_MAX 256

/* Filled by a call that fails; a call that succeeds does not touch it
 * (so zero it yourself if you want CSOCK_ERR_NONE to mean "no error"). */
struct csock_error {
    int kind;   /* enum csock_err_kind (CSOCK_ERR_NONE is 0, never set by
                   a failing call) */
    int code;   /* errno for CSOCK_ERR_OS, EAI_* (negative on glibc) for
                   CSOCK_ERR_GAI, h_errno for CSOCK_ERR_HERROR; 0 for every
                   other kind, CSOCK_ERR_TIMEOUT included (Python's
                   socket.timeout has no errno) */
    char message[CSOCK_ERROR_MESSAGE_MAX]; /* as Python prints str(exc):
                   "[Errno 111] Connection refused", "timed out",
                   "negative buffersize in recv" */
};

/* The Python exception class of a kind, as Python names it: "OSError",
 * "socket.timeout", "socket.gaierror", "socket.herror", "ValueError",
 * "TypeError", "OverflowError", "MemoryError", "BaseException" (for
 * CSOCK_ERR_ABORTED: whatever the on_eintr hook raised), "no error" for
 * CSOCK_ERR_NONE, "unknown error kind" for anything else.  Static
 * storage, never NULL. */
CSOCK_API const char *csock_error_kind_name(int kind);

/* ------------------------------------------------------------------ */
/* Addresses as text                                                   */
/* ------------------------------------------------------------------ */

/* Room for the text of any address a socket call gives back (getsockname,
 * getpeername, accept, recvfrom...), NUL included.  An address built by a
 * constructor with a long host name may need more: csock_addr_format's
 * return value says how much. */
#define CSOCK_ADDR_TEXT_MAX 512

/* Write addr as text into buf[size], as snprintf: the text is cut to fit
 * (buf always ends with a NUL when size > 0; buf may be NULL with size
 * 0) and the return value is the length of the whole text, so a return
 * value >= size means it was cut.  Never fails.  The forms:
 *   AF_INET               "127.0.0.1:8080"
 *   AF_INET6              "[::1]:8080", "[fe80::1%2]:8080" (scope_id when
 *                         not 0; flowinfo is not shown)
 *   AF_UNIX               "/srv/app.sock"; an abstract name (Linux) as
 *                         "@name", bytes outside printable ASCII as \xNN;
 *                         an unnamed socket as ""
 *   every other family    Python's repr() of the value getsockname()
 *                         gives in Python: "(0, 0)" (AF_NETLINK pid,
 *                         groups), "('vcan0',)" (AF_CAN raw), "(2, 1234)"
 *                         (AF_VSOCK cid, port), "('lo', 2048, 0, 772,
 *                         b'\x00\x00\x00\x00\x00\x00')" (AF_PACKET)...;
 *                         a family csock has no format for: "(family,
 *                         b'')", as Python gives (family, sa_data)
 *   no address (family 0) ""
 * Thread-safe, no allocation, no syscall (hosts are shown as stored: a
 * decoded address holds the numeric form). */
CSOCK_API size_t csock_addr_format(const csock_addr *addr, char *buf, size_t size);

/* The port of an AF_INET or AF_INET6 address (0..65535), whichever it
 * is; -1 for any other family (or addr NULL). */
CSOCK_API int csock_addr_port(const csock_addr *addr);

/* ------------------------------------------------------------------ */
/* Timeouts                                                            */
/* ------------------------------------------------------------------ */

/* The convention (see the top of this header): a double of seconds,
 * CSOCK_TIMEOUT_NONE for None, CSOCK_TIMEOUT_DEFAULT for "omitted"
 * (create_connection only). */
#define CSOCK_TIMEOUT_NONE (-1.0)
#define CSOCK_TIMEOUT_DEFAULT (-2.0)

/* socket.getdefaulttimeout(): CSOCK_TIMEOUT_NONE for None. */
CSOCK_API double csock_getdefaulttimeout(void);
/* socket.setdefaulttimeout(timeout): CSOCK_TIMEOUT_NONE = None; other
 * negative values -> ValueError "Timeout value out of range"; NaN ->
 * ValueError "Invalid value NaN (not a number)". */
CSOCK_API int csock_setdefaulttimeout(double timeout, csock_error *err);

/* ------------------------------------------------------------------ */
/* The socket object                                                   */
/* ------------------------------------------------------------------ */

typedef struct csock csock;

/* Modes and waiting (Python's three modes, held whatever the fd's
 * O_NONBLOCK says: that flag belongs to the open file description, and a
 * dup, a fork, fromfd or another library sharing the fd may change it):
 *  - timeout mode (settimeout(t > 0)): every attempt asks the kernel not
 *    to wait (MSG_DONTWAIT, per call), and only when it says "would
 *    block" does the call poll, within one deadline per call.  A ready
 *    socket costs one syscall; a timeout holds even if someone cleared
 *    O_NONBLOCK.  accept(2) and sendfile(2) have no per-call flag: in
 *    timeout mode they poll before each attempt (as CPython does);
 *    connect(2) behaves as CPython's (it trusts the file flag).
 *  - non-blocking mode (settimeout(0.0) / setblocking(0)): one attempt
 *    that never waits (MSG_DONTWAIT), else OSError EAGAIN ("[Errno N]
 *    Resource temporarily unavailable", N the target's EAGAIN; Python's
 *    BlockingIOError).
 *  - blocking mode (settimeout(CSOCK_TIMEOUT_NONE) / setblocking(1)): the blocking
 *    syscall.  With blocking hooks installed (a binding that releases a
 *    lock to wait) the first attempt does not wait and runs outside the
 *    hooks, so a ready socket costs one syscall and no hook call; only a
 *    call that must wait enters the hooks (unless the thread said
 *    csock_hooks_released(1): then the blocking syscall at once).  If another
 *    holder of the shared file (a dup, fromfd, a fork) set O_NONBLOCK on it,
 *    the blocking syscall does not block: its EAGAIN is the answer (OSError
 *    EAGAIN, Python's BlockingIOError), as under CPython.  Only timeout mode
 *    holds its deadline whatever O_NONBLOCK says.
 *  - receives follow APR's rule: after a receive that came up short (a
 *    stream), failed, or had to wait for its data, the next one waits
 *    first instead of trying (one syscall where try-then-wait takes two).
 *    In timeout mode a full receive makes the next one try first again;
 *    in blocking mode a wait-first receive is the blocking syscall (one
 *    syscall either way), so the socket keeps waiting first.
 *  - EINTR is retried with the remaining time (PEP 475) after the
 *    on_eintr hook, which may abort the call.
 *
 * SIGPIPE: no csock call ever raises it.  Every send uses MSG_NOSIGNAL
 * (SO_NOSIGPIPE on every new socket where the platform lacks it), and
 * csock_sendfile blocks SIGPIPE in the calling thread for the sendfile(2)
 * call and takes back the one it raised.  A send to a peer that has gone
 * fails with OSError EPIPE ("[Errno 32] Broken pipe"), as in Python (which
 * ignores SIGPIPE at start-up); the application's own SIGPIPE handling is
 * left as it was.
 *
 * Threads.  One csock may be used by several threads at once:
 *  - any calls: I/O (send*, recv*, accept, connect, sendall, makefile
 *    streams' reads and writes), settimeout / setblocking and the getters,
 *    csock_close_keep (closes the fd, keeps the object), csock_detach.  No
 *    field is written without an atomic; there is no lock.
 *  - a call reads the mode when it starts; a settimeout / setblocking in
 *    another thread applies to the calls that start after it (one already
 *    waiting finishes in the mode it started in, or in the new one for
 *    its remaining attempts; its hooks are paired either way).
 *  - close: csock_close_keep marks the socket closed at once (fileno() is
 *    -1, a call that starts after it fails with EBADF "[Errno 9] Bad file
 *    descriptor"), but close(2) waits for the calls in flight: the last
 *    one to return closes the fd.  So no call ever acts on an fd number
 *    the process has reused meanwhile (Go's rule).  Meanwhile the socket
 *    itself goes at once, as with CPython's close (a placeholder, /dev/null,
 *    holds the number): a call waiting in poll fails with EBADF when the
 *    kernel wakes it (closing a connecting TCP socket does) or at its
 *    deadline (closing an established one does not), as under CPython; a blocking
 *    syscall already in the kernel is not woken by a close on Linux (the
 *    socket stays open for it, as with close(2)): shutdown(2) first to
 *    wake it, as with any fd.
 *  - freeing the object (csock_free, csock_close, which frees) is the
 *    owner's job once no other thread will start a call on it, as with
 *    free(); a free while calls are still in flight waits for the last of
 *    them (it frees the object as it returns).  A binding that lets
 *    threads share an object keeps it alive until no call can start (the
 *    Python binding frees it with the Python object).
 *  - makefile streams hold a reference: csock_close_keep/csock_free while
 *    a stream is open only record the close/free, done by the last
 *    fclose(), whichever thread it runs in.
 *  - process-wide settings: csock_set_hooks (install once, before any
 *    thread calls csock), csock_setdefaulttimeout (atomic; applies to
 *    sockets created after it). */

/* socket.socket(family, type, proto): new socket, non-inheritable, in the
 * mode of the default timeout.  Free with csock_close(). */
CSOCK_API csock *csock_socket(int family, int type, int proto, csock_error *err);

/* socket.socket(family, type, proto, fileno=fd): wrap an existing fd
 * (not duplicated; the csock owns it from now on).  Pass family, type or
 * proto as -1 to autodetect them from the fd (SO_DOMAIN, SO_TYPE,
 * SO_PROTOCOL) as Python does.  Free with csock_close(). */
CSOCK_API csock *csock_socket_fileno(int family, int type, int proto, csock_fd_t fd,
                                     csock_error *err);

/* socket.fromfd(fd, family, type, proto): duplicate fd (F_DUPFD_CLOEXEC)
 * and wrap the duplicate.  Free with csock_close(). */
CSOCK_API csock *csock_fromfd(csock_fd_t fd, int family, int type, int proto,
                              csock_error *err);

/* socket.socketpair(family, type, proto): family AF_UNIX by default
 * (pass 0 for the default).  Both free with csock_close(); both NULL on
 * failure. */
CSOCK_API int csock_socketpair(int family, int type, int proto, csock *pair[2],
                               csock_error *err);

/* Attributes. */
CSOCK_API int csock_family(const csock *s);
CSOCK_API int csock_type(const csock *s);   /* without SOCK_NONBLOCK/SOCK_CLOEXEC */
CSOCK_API int csock_proto(const csock *s);
/* socket.fileno(): CSOCK_INVALID_FD (-1 on POSIX) once closed or
 * detached (never an error). */
CSOCK_API csock_fd_t csock_fileno(const csock *s);

/* socket.close(): closes the fd (if not already closed/detached) and
 * frees the object.  Returns -1 only if close(2) failed with something
 * other than ECONNRESET (as Python); the object is freed either way.
 * While csock_makefile streams are open, the fd stays open and the object
 * alive for them (Python's _io_refs); the last fclose() closes and frees
 * it.  Either way the caller must not use s afterwards. */
CSOCK_API int csock_close(csock *s, csock_error *err);
/* socket.close() without freeing: the object stays valid, every later
 * operation gives [Errno 9] Bad file descriptor (unless makefile streams
 * are still open: then the fd stays open until the last one closes, as in
 * Python).  Free with csock_free(). */
CSOCK_API int csock_close_keep(csock *s, csock_error *err);
/* Free the object without touching the fd (after csock_detach or
 * csock_close_keep); deferred to the last open makefile stream, if any.
 * NULL is fine. */
CSOCK_API void csock_free(csock *s);
/* socket.detach(): returns the fd (CSOCK_INVALID_FD if it was closed)
 * and leaves the object closed. */
CSOCK_API csock_fd_t csock_detach(csock *s);
/* socket.dup(): new object with a duplicate fd, same timeout. */
CSOCK_API csock *csock_dup(csock *s, csock_error *err);

/* socket.accept(): new connected socket; *addr (may be NULL) gets the
 * peer.  The new socket's mode follows the default timeout as in Python
 * (blocking if getdefaulttimeout() is None, else that timeout).  Free with
 * csock_close(). */
CSOCK_API csock *csock_accept(csock *s, csock_addr *addr, csock_error *err);

CSOCK_API int csock_bind(csock *s, const csock_addr *addr, csock_error *err);
CSOCK_API int csock_connect(csock *s, const csock_addr *addr, csock_error *err);
/* socket.connect_ex(): returns 0 or the errno value Python's connect_ex
 * returns (EINPROGRESS in non-blocking mode, EWOULDBLOCK on a timeout,
 * ECONNREFUSED, EBADF on a closed socket...); -1 with *err only for what
 * Python raises instead (an invalid address, a failed name lookup). */
CSOCK_API int csock_connect_ex(csock *s, const csock_addr *addr, csock_error *err);
/* socket.listen([backlog]): backlog < 0 is taken as 0; pass
 * CSOCK_LISTEN_DEFAULT for Python's default min(SOMAXCONN, 128). */
#define CSOCK_LISTEN_DEFAULT (-0x7fffffff - 1)
CSOCK_API int csock_listen(csock *s, int backlog, csock_error *err);
CSOCK_API int csock_shutdown(csock *s, int how, csock_error *err);

CSOCK_API int csock_getsockname(csock *s, csock_addr *addr, csock_error *err);
CSOCK_API int csock_getpeername(csock *s, csock_addr *addr, csock_error *err);

/* getsockopt(level, optname) -> int */
CSOCK_API int csock_getsockopt_int(csock *s, int level, int optname, int *value,
                                   csock_error *err);
/* getsockopt(level, optname, buflen) -> bytes: writes up to buflen bytes
 * into buf, returns the length; buflen outside 0..1024 -> OSError
 * "getsockopt buflen out of range" as Python. */
CSOCK_API ssize_t csock_getsockopt_buf(csock *s, int level, int optname, void *buf,
                                       size_t buflen, csock_error *err);
CSOCK_API int csock_setsockopt_int(csock *s, int level, int optname, int value,
                                   csock_error *err);
CSOCK_API int csock_setsockopt_buf(csock *s, int level, int optname, const void *buf,
                                   size_t len, csock_error *err);
/* setsockopt(level, optname, None, optlen): NULL optval with optlen. */
CSOCK_API int csock_setsockopt_none(csock *s, int level, int optname,
                                    unsigned int optlen, csock_error *err);

CSOCK_API int csock_get_inheritable(csock *s, csock_error *err); /* 0/1, -1 error */
CSOCK_API int csock_set_inheritable(csock *s, int inheritable, csock_error *err);

/* Modes.  settimeout(CSOCK_TIMEOUT_NONE) == setblocking(1);
 * settimeout(0.0) == setblocking(0).  gettimeout: CSOCK_TIMEOUT_NONE for
 * None.  Values as setdefaulttimeout; a failed call leaves the mode. */
CSOCK_API int csock_settimeout(csock *s, double timeout, csock_error *err);
CSOCK_API double csock_gettimeout(const csock *s);
CSOCK_API int csock_setblocking(csock *s, int flag, csock_error *err);
CSOCK_API int csock_getblocking(const csock *s); /* 1 when timeout is None */

/* Receiving.  csock_recv allocates: returns a buffer of *len bytes (never
 * NULL on success, even for 0 bytes) freed with csock_buffer_free();
 * *len <= bufsize, also with MSG_TRUNC as a flag (CPython returns the
 * datagram's real length there, padded with uninitialised bytes).
 * bufsize < 0 -> ValueError "negative buffersize in recv". */
CSOCK_API void *csock_recv(csock *s, ssize_t bufsize, int flags, size_t *len,
                           csock_error *err);
CSOCK_API void csock_buffer_free(void *buf);
/* recv_into(buffer, nbytes=0): nbytes 0 means len(buffer); never allocates. */
CSOCK_API ssize_t csock_recv_into(csock *s, void *buf, size_t buflen, ssize_t nbytes,
                                  int flags, csock_error *err);
/* recvfrom: *addr (may be NULL) gets the sender; family 0 if none. */
CSOCK_API void *csock_recvfrom(csock *s, ssize_t bufsize, int flags, size_t *len,
                               csock_addr *addr, csock_error *err);
CSOCK_API ssize_t csock_recvfrom_into(csock *s, void *buf, size_t buflen,
                                      ssize_t nbytes, int flags, csock_addr *addr,
                                      csock_error *err);

/* Sending. */
CSOCK_API ssize_t csock_send(csock *s, const void *buf, size_t len, int flags,
                             csock_error *err);
/* send: in blocking mode on a stream, all of buf goes as with a blocking
 * send(2) (a first attempt that did not wait and sent part of it goes on
 * waiting for the rest; an error after part was sent returns that part,
 * the error showing on the next call). */
/* sendall: one deadline for the whole buffer; returns 0 when all sent.
 * In timeout mode the first send is tried at once and the deadline starts
 * only when needed (a wait, or a short send); after a short send the next
 * attempt waits first (the buffer is full).  On error some bytes may have
 * been sent, as in Python. */
CSOCK_API int csock_sendall(csock *s, const void *buf, size_t len, int flags,
                            csock_error *err);
CSOCK_API ssize_t csock_sendto(csock *s, const void *buf, size_t len, int flags,
                               const csock_addr *addr, csock_error *err);

/* Messages and ancillary data. */
typedef struct csock_iov {
    void *base;
    size_t len;
} csock_iov;

/* One ancillary data item (cmsg_level, cmsg_type, cmsg_data). */
typedef struct csock_cmsg {
    int level;
    int type;
    void *data;     /* owned by the csock_msg it belongs to */
    size_t len;
} csock_cmsg;

/* Result of recvmsg / recvmsg_into.  Free with csock_msg_free(). */
typedef struct csock_msg {
    void *data;          /* recvmsg: received bytes (NULL for _into) */
    size_t len;          /* bytes received (recvmsg: bytes in data, at
                            most bufsize even with MSG_TRUNC as a flag) */
    csock_cmsg *ancdata; /* ancillary items, in order */
    size_t nancdata;
    int flags;           /* msg_flags: MSG_TRUNC, MSG_CTRUNC, ... */
    csock_addr addr;     /* sender; family 0 if none */
} csock_msg;
CSOCK_API void csock_msg_free(csock_msg *m);

/* recvmsg(bufsize, ancbufsize=0, flags=0).  Received SCM_RIGHTS fds are
 * non-inheritable (MSG_CMSG_CLOEXEC); any that cannot be handed back (a
 * truncated item, an error after receipt) are closed, never leaked. */
CSOCK_API int csock_recvmsg(csock *s, ssize_t bufsize, ssize_t ancbufsize, int flags,
                            csock_msg *out, csock_error *err);
CSOCK_API int csock_recvmsg_into(csock *s, const csock_iov *buffers, size_t nbuffers,
                                 ssize_t ancbufsize, int flags, csock_msg *out,
                                 csock_error *err);
/* sendmsg(buffers, ancdata=(), flags=0, address=None); addr may be NULL. */
CSOCK_API ssize_t csock_sendmsg(csock *s, const csock_iov *buffers, size_t nbuffers,
                                const csock_cmsg *ancdata, size_t nancdata, int flags,
                                const csock_addr *addr, csock_error *err);
/* sendmsg_afalg(msg=(), *, op, iv=None, assoclen=None, flags=0): pass
 * iv NULL for None (an iv of length 0 is an item of its own), assoclen < 0
 * for None.  Checked in CPython's order: a socket not AF_ALG -> OSError
 * "algset is only supported for AF_ALG"; op < 0 -> TypeError "Invalid or
 * missing argument 'op'"; assoclen > INT_MAX -> OverflowError. */
CSOCK_API ssize_t csock_sendmsg_afalg(csock *s, const csock_iov *buffers,
                                      size_t nbuffers, int op, const void *iv,
                                      size_t ivlen, long assoclen, int flags,
                                      csock_error *err);

/* socket.CMSG_LEN / CMSG_SPACE: OverflowError "CMSG_LEN() argument out
 * of range" ("CMSG_SPACE() argument out of range") as Python. */
CSOCK_API ssize_t csock_cmsg_len(ssize_t length, csock_error *err);
CSOCK_API ssize_t csock_cmsg_space(ssize_t length, csock_error *err);

/* ------------------------------------------------------------------ */
/* Many sockets from one thread (beyond Python: its selectors, in C)   */
/* ------------------------------------------------------------------ */

/* Events: what csock_wait_item.events asks for and .revents reports
 * (CSOCK_WAIT_READ and CSOCK_WAIT_WRITE are selectors.EVENT_READ and
 * EVENT_WRITE). */
#define CSOCK_WAIT_READ 0x1   /* a recv/accept would not wait */
#define CSOCK_WAIT_WRITE 0x2  /* a send (or a connect's end) would not wait */
#define CSOCK_WAIT_ERROR 0x4  /* revents only: an error or hang-up is
                                 pending (the wanted events are set too:
                                 the next call reports it) */
#define CSOCK_WAIT_CLOSED 0x8 /* revents only: the socket is closed or
                                 detached (alone: no other bit is set) */

typedef struct csock_wait_item {
    csock *sock;   /* NULL: ignored (revents 0) */
    short events;  /* CSOCK_WAIT_READ | CSOCK_WAIT_WRITE */
    short revents; /* set by csock_wait */
} csock_wait_item;

/* Wait until at least one of items[0..n) is ready, or the timeout passes
 * (poll(2) over the sockets' descriptors).  timeout follows the timeout
 * convention: CSOCK_TIMEOUT_NONE waits for ever, 0.0 checks without
 * waiting, > 0 seconds for the whole call (one deadline: EINTR retries
 * with the remaining time, after the on_eintr hook, which may abort with
 * CSOCK_ERR_ABORTED).  Returns how many items have revents != 0 (0: the
 * timeout passed; not an error, as selectors returns []), or -1 with
 * *err: ValueError for a bad timeout or events bits, OSError from poll(2),
 * MemoryError (more than 16 items need one allocation).  The sockets'
 * own modes do not matter: use non-blocking sockets
 * (csock_setblocking(s, 0)) so the call that follows never waits.
 * A socket closed or detached before the call (or closed by another
 * thread during it) is reported as CSOCK_WAIT_CLOSED and makes the call
 * return at once; each socket is held during the call (a close in another
 * thread is completed when the wait returns).  Thread-safe: any number of
 * threads may wait on the same sockets. */
CSOCK_API int csock_wait(csock_wait_item *items, size_t n, double timeout,
                         csock_error *err);

/* ------------------------------------------------------------------ */
/* Batch datagram I/O (Linux sendmmsg/recvmmsg; beyond Python)        */
/* ------------------------------------------------------------------ */

/* One message of a batch.  buf/len: the data to send, or the buffer to
 * receive into.  addr: sendmmsg: the destination (NULL on a connected
 * socket); recvmmsg: where the sender is stored (NULL: not wanted).
 * nbytes and flags are set by the call for each message it handled:
 * bytes sent / received, and recvmmsg's msg_flags (MSG_TRUNC...). */
typedef struct csock_mmsg {
    void *buf;
    size_t len;
    csock_addr *addr;
    size_t nbytes;
    int flags;
} csock_mmsg;

/* At most this many messages per call (the kernel's UIO_MAXIOV); a
 * longer array is handled up to this limit, the return value says how
 * far. */
#define CSOCK_MMSG_MAX 1024

/* sendmmsg(2): send msgs[0..n) in one syscall.  Returns how many were
 * sent (>= 1 when n > 0; fewer than n when the socket buffer filled up
 * or an error stopped the batch after the first message: the error is
 * then reported by the next call), 0 for n == 0, or -1 with *err.
 * Modes as csock_send: blocking waits until the first message can go;
 * timeout mode tries first and waits only if the socket is full (one
 * deadline); non-blocking fails with EAGAIN.  An invalid addr fails
 * before anything is sent, with csock_sendto's error. */
CSOCK_API ssize_t csock_sendmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                                 csock_error *err);

/* recvmmsg(2): receive up to n messages in one syscall, returning as soon
 * as at least one arrived (csock adds MSG_WAITFORONE, so a blocking call
 * never waits for the whole batch).  Returns the count (>= 1 when n > 0),
 * 0 for n == 0, or -1 with *err.  Modes and the wait-first rule as
 * csock_recv: in timeout mode, after a batch that came back with fewer
 * than n messages (the queue is drained) the next receive polls first.
 * Never allocates. */
CSOCK_API ssize_t csock_recvmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                                 csock_error *err);

/* ------------------------------------------------------------------ */
/* Module functions (resolver, conversions, convenience)              */
/* ------------------------------------------------------------------ */
/* Declared in csock/csock_module.h, included here. */

/* ------------------------------------------------------------------ */
/* Deprecated names (removed in the release after 0.2.0)               */
/* ------------------------------------------------------------------ */

#if defined(__GNUC__) || defined(__clang__)
#define CSOCK_DEPRECATED(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#define CSOCK_DEPRECATED(msg) __declspec(deprecated(msg))
#else
#define CSOCK_DEPRECATED(msg)
#endif

CSOCK_DEPRECATED("use csock_cmsg_len")
CSOCK_API ssize_t csock_CMSG_LEN(ssize_t length, csock_error *err);
CSOCK_DEPRECATED("use csock_cmsg_space")
CSOCK_API ssize_t csock_CMSG_SPACE(ssize_t length, csock_error *err);

#ifdef __cplusplus
}
#endif

#include "csock/csock_module.h"

#endif /* CSOCK_CSOCK_H */
