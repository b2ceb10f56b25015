/* Internal interface of the Winsock runtime (runtime/win/): the pieces of
 * Python's Windows behaviour the Windows side of the syscall layer is built
 * on.  Not installed; never included by users.
 *
 * Status: Winsock start-up and Windows errors (error_win.c); the first
 * calls of the Winsock side of the syscall layer and socket.py's
 * socketpair (sys_win.c); tested under Wine by tests/platforms/win/.  The
 * rest of the syscall layer and the socket object on top of it are not
 * written yet (spec/platforms.yaml: Windows' runtime is still `none`). */
#ifndef CSOCK_WIN_INTERNAL_H
#define CSOCK_WIN_INTERNAL_H

#ifndef _WIN32
#error "runtime/win/ is the Winsock runtime: Windows only"
#endif

#include "csock/csock.h"

/* Start Winsock 2.2 once per process, lazily and thread-safely (one
 * InitOnceExecuteOnce: concurrent first callers wait for the one that
 * runs it).  Never torn down: WSACleanup is never called, so no socket is
 * ever left without its Winsock.  Returns 0, or -1 with *err (may be
 * NULL) the OSError of WSAStartup's code, the same for every later call. */
int csock__win_startup(csock_error *err);

/* CPython's winerror_to_errno (PC/errmap.h): the errno an OSError built
 * from a Windows error code carries.  Winsock codes (10000-11999) are
 * their own errno values, but for the six Winsock spells of C errno
 * values (WSAEINTR, WSAEBADF, WSAEACCES, WSAEFAULT, WSAEINVAL, WSAEMFILE:
 * code - 10000); a FACILITY_WIN32 HRESULT is unwrapped first; other
 * Windows codes map as the C runtime maps them, EINVAL by default. */
int csock__win_errno(unsigned long winerror);

/* The OSError CPython raises for a Windows error code (set_error ->
 * PyErr_SetExcFromWindowsErr): kind CSOCK_ERR_OS, code
 * csock__win_errno(winerror) (so 10061 is a ConnectionRefusedError,
 * 10035 a BlockingIOError, 10060 a TimeoutError), message
 * "[WinError N] <the system's text>" (FormatMessageW, UTF-8, without its
 * trailing spaces, line ends and dots), or "[WinError N] Windows Error
 * 0x<hex>" when the system has no text.  Thread-safe.  Returns -1. */
int csock__set_win_error(csock_error *err, unsigned long winerror);

/* A resolver error as CPython prints it on Windows, which has no
 * gai_strerror there: gaierror "[Errno N] getaddrinfo failed".  Returns
 * -1. */
int csock__win_gai_error(csock_error *err, int code);

/* ------------------------------------------------------------------ */
/* The Winsock side of the syscall layer (runtime/win/sys_win.c)       */
/* ------------------------------------------------------------------ */
/* Thin, as runtime/sys.c: each is one Winsock call (or the few one
 * operation needs), leaves WSAGetLastError() as the call left it, and
 * returns INVALID_SOCKET / SOCKET_ERROR on failure.  Every socket made
 * here is non-inheritable (WSA_FLAG_NO_HANDLE_INHERIT, as CPython) and
 * overlapped-capable (WSA_FLAG_OVERLAPPED, as socket() itself). */

/* socket(): a new non-inheritable socket. */
csock_fd_t csock__win_socket(int family, int type, int proto);
/* closesocket(). */
int csock__win_close(csock_fd_t s);
/* CPython's dup on Windows: WSADuplicateSocketW for this process, then
 * WSASocketW from the protocol information; the duplicate is
 * non-inheritable.  On failure nothing is left open. */
csock_fd_t csock__win_dup(csock_fd_t s);
/* ioctlsocket(FIONBIO): 1 non-blocking, 0 blocking. */
int csock__win_set_nonblocking(csock_fd_t s, int nonblocking);

/* CPython's internal_select on Windows: select() on s alone, for reading
 * or writing, with s in the exception set too when connect is set (a
 * failed non-blocking connect is reported there, not as writable, on
 * Windows), for at most timeout_ms (< 0: no limit).  Returns 1 ready
 * (for a connect: finished, either way; SO_ERROR says how), 0 timed out,
 * SOCKET_ERROR with WSAGetLastError(). */
int csock__win_select(csock_fd_t s, int writing, int connect, int timeout_ms);

/* socket.share(process_id): the WSAPROTOCOL_INFOW that lets process pid
 * (this one too) make its own socket for s (WSADuplicateSocketW), copied
 * to out[0 .. CSOCK__WIN_SHARE_SIZE).  Returns 0, or -1 with *err the
 * OSError. */
#define CSOCK__WIN_SHARE_SIZE 628 /* sizeof(WSAPROTOCOL_INFOW) on x86_64 */
int csock__win_share(csock_fd_t s, unsigned long pid, unsigned char *out, csock_error *err);

/* socket.fromshare(data): the socket share() described, non-inheritable
 * (WSASocketW from the protocol information).  ValueError as CPython for
 * data of another size ("socket descriptor string has wrong size, should
 * be 628 bytes.").  *family, *type and *proto (may be NULL) get the
 * socket's, from the information.  CSOCK_INVALID_FD with *err on
 * failure. */
csock_fd_t csock__win_fromshare(const void *data, size_t len, int *family, int *type,
                                int *proto, csock_error *err);

/* socket.ioctl(control, option) as CPython on Windows: SIO_RCVALL and
 * SIO_LOOPBACK_FAST_PATH take one unsigned value (option[0]),
 * SIO_KEEPALIVE_VALS three (onoff, keepalivetime, keepaliveinterval in
 * ms); any other control is ValueError "invalid ioctl command N"; another
 * number of values is TypeError (csock's words: Python's parser would
 * refuse the argument).
 * Returns 0 with *returned the bytes WSAIoctl reported, or -1 with *err
 * (OSError from WSAIoctl's error). */
int csock__win_ioctl(csock_fd_t s, unsigned long control, const unsigned long *option,
                     size_t noption, unsigned long *returned, csock_error *err);

/* socket.py's socketpair() where the platform has none (Windows): a
 * listener on the loopback address of family (AF_INET, AF_INET6) and an
 * ephemeral port, a non-blocking connect to it, an accept, the listener
 * closed, then the check that the accepted peer is the one that
 * connected (ConnectionError "Unexpected peer connection" otherwise).
 * pair[0] is the accepted socket, pair[1] the connecting one, both
 * blocking and non-inheritable.  ValueError as socket.py for another
 * family ("Only AF_INET and AF_INET6 socket address families are
 * supported"), type or proto.  Returns 0, or -1 with *err and nothing
 * left open. */
int csock__win_socketpair(int family, int type, int proto, csock_fd_t pair[2],
                          csock_error *err);

#endif
