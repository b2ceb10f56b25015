/* The Winsock side of the syscall layer (see win_internal.h). */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include "win_internal.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <mstcpip.h>
#include <windows.h>

#include <stdio.h>
#include <string.h>

#define NEW_SOCKET_FLAGS (WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT)

csock_fd_t csock__win_socket(int family, int type, int proto)
{
    return WSASocketW(family, type, proto, NULL, 0, NEW_SOCKET_FLAGS);
}

int csock__win_close(csock_fd_t s)
{
    return closesocket(s);
}

csock_fd_t csock__win_dup(csock_fd_t s)
{
    WSAPROTOCOL_INFOW info;
    if (WSADuplicateSocketW(s, GetCurrentProcessId(), &info) != 0)
        return INVALID_SOCKET;
    return WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0,
                      NEW_SOCKET_FLAGS);
}

int csock__win_set_nonblocking(csock_fd_t s, int nonblocking)
{
    u_long on = nonblocking ? 1 : 0;
    return ioctlsocket(s, (long)FIONBIO, &on);
}

int csock__win_select(csock_fd_t s, int writing, int connect, int timeout_ms)
{
    fd_set fds, efds;
    FD_ZERO(&fds);
    FD_ZERO(&efds);
    FD_SET(s, &fds);
    if (connect)
        FD_SET(s, &efds);
    struct timeval tv, *tvp = NULL;
    if (timeout_ms >= 0) {
        tv.tv_sec = timeout_ms / 1000;
        tv.tv_usec = (timeout_ms % 1000) * 1000;
        tvp = &tv;
    }
    /* The first argument is ignored by Winsock. */
    int n = select(0, writing ? NULL : &fds, writing ? &fds : NULL, &efds, tvp);
    return n == SOCKET_ERROR ? SOCKET_ERROR : n > 0 ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* The Windows-only calls: share, fromshare, ioctl                     */
/* ------------------------------------------------------------------ */

_Static_assert(sizeof(WSAPROTOCOL_INFOW) == CSOCK__WIN_SHARE_SIZE,
               "CSOCK__WIN_SHARE_SIZE is sizeof(WSAPROTOCOL_INFOW)");

int csock__win_share(csock_fd_t s, unsigned long pid, unsigned char *out, csock_error *err)
{
    WSAPROTOCOL_INFOW info;
    if (WSADuplicateSocketW(s, (DWORD)pid, &info) == SOCKET_ERROR)
        return csock__set_win_error(err, (unsigned long)WSAGetLastError());
    memcpy(out, &info, sizeof info);
    return 0;
}

csock_fd_t csock__win_fromshare(const void *data, size_t len, int *family, int *type,
                                int *proto, csock_error *err)
{
    WSAPROTOCOL_INFOW info;
    if (len != sizeof info) {
        if (err != NULL) {
            err->kind = CSOCK_ERR_VALUE;
            err->code = 0;
            snprintf(err->message, sizeof err->message,
                     "socket descriptor string has wrong size, should be %zu bytes.",
                     sizeof info);
        }
        return INVALID_SOCKET;
    }
    if (csock__win_startup(err) < 0)
        return INVALID_SOCKET;
    memcpy(&info, data, sizeof info);
    SOCKET s = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0,
                          NEW_SOCKET_FLAGS);
    if (s == INVALID_SOCKET) {
        csock__set_win_error(err, (unsigned long)WSAGetLastError());
        return INVALID_SOCKET;
    }
    if (family)
        *family = info.iAddressFamily;
    if (type)
        *type = info.iSocketType;
    if (proto)
        *proto = info.iProtocol;
    return s;
}

int csock__win_ioctl(csock_fd_t s, unsigned long control, const unsigned long *option,
                     size_t noption, unsigned long *returned, csock_error *err)
{
    DWORD got = 0;
    int r;
    if (control == SIO_RCVALL || control == SIO_LOOPBACK_FAST_PATH) {
        unsigned int v = noption >= 1 ? (unsigned int)option[0] : 0;
        if (noption != 1)
            goto shape;
        r = WSAIoctl(s, (DWORD)control, &v, sizeof v, NULL, 0, &got, NULL, NULL);
    } else if (control == SIO_KEEPALIVE_VALS) {
        if (noption != 3)
            goto shape;
        struct tcp_keepalive ka;
        ka.onoff = (ULONG)option[0];
        ka.keepalivetime = (ULONG)option[1];
        ka.keepaliveinterval = (ULONG)option[2];
        r = WSAIoctl(s, (DWORD)control, &ka, sizeof ka, NULL, 0, &got, NULL, NULL);
    } else {
        if (err != NULL) {
            err->kind = CSOCK_ERR_VALUE;
            err->code = 0;
            snprintf(err->message, sizeof err->message, "invalid ioctl command %lu", control);
        }
        return -1;
    }
    if (r == SOCKET_ERROR)
        return csock__set_win_error(err, (unsigned long)WSAGetLastError());
    if (returned)
        *returned = got;
    return 0;
shape:
    /* Python's argument parsing refuses another shape (its own words:
     * C has no tuple, so these are csock's). */
    if (err != NULL) {
        err->kind = CSOCK_ERR_TYPE;
        err->code = 0;
        snprintf(err->message, sizeof err->message,
                 control == SIO_KEEPALIVE_VALS
                     ? "ioctl(): SIO_KEEPALIVE_VALS takes (onoff, keepalivetime, keepaliveinterval)"
                     : "ioctl(): this control takes one value");
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* socketpair, as socket.py builds it                                  */
/* ------------------------------------------------------------------ */

static int value_error(csock_error *err, const char *msg)
{
    if (err != NULL) {
        err->kind = CSOCK_ERR_VALUE;
        err->code = 0;
        snprintf(err->message, sizeof err->message, "%s", msg);
    }
    return -1;
}

/* The same endpoint: family, port and address (what Python's tuple
 * comparison of getsockname()/getpeername() compares). */
static int same_endpoint(const struct sockaddr_storage *a, int alen,
                         const struct sockaddr_storage *b, int blen)
{
    if (alen != blen || a->ss_family != b->ss_family)
        return 0;
    if (a->ss_family == AF_INET) {
        const struct sockaddr_in *x = (const void *)a, *y = (const void *)b;
        return x->sin_port == y->sin_port && x->sin_addr.s_addr == y->sin_addr.s_addr;
    }
    const struct sockaddr_in6 *x = (const void *)a, *y = (const void *)b;
    return x->sin6_port == y->sin6_port &&
           memcmp(&x->sin6_addr, &y->sin6_addr, sizeof x->sin6_addr) == 0 &&
           x->sin6_flowinfo == y->sin6_flowinfo && x->sin6_scope_id == y->sin6_scope_id;
}

int csock__win_socketpair(int family, int type, int proto, csock_fd_t pair[2],
                          csock_error *err)
{
    pair[0] = pair[1] = INVALID_SOCKET;
    if (family != AF_INET && family != AF_INET6)
        return value_error(err, "Only AF_INET and AF_INET6 socket address families are supported");
    if (type != SOCK_STREAM)
        return value_error(err, "Only SOCK_STREAM socket type is supported");
    if (proto != 0)
        return value_error(err, "Only protocol zero is supported");
    if (csock__win_startup(err) < 0)
        return -1;

    struct sockaddr_storage addr;
    int alen;
    memset(&addr, 0, sizeof addr);
    if (family == AF_INET) {
        struct sockaddr_in *in = (void *)&addr;
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        alen = sizeof *in;
    } else {
        struct sockaddr_in6 *in6 = (void *)&addr;
        in6->sin6_family = AF_INET6;
        in6->sin6_addr = in6addr_loopback;
        alen = sizeof *in6;
    }
    SOCKET lsock = csock__win_socket(family, type, proto);
    SOCKET c = INVALID_SOCKET, s = INVALID_SOCKET;
    int e = 0;
    if (lsock == INVALID_SOCKET)
        return csock__set_win_error(err, (unsigned long)WSAGetLastError());
    if (bind(lsock, (struct sockaddr *)&addr, alen) != 0 ||
        listen(lsock, SOMAXCONN) != 0 ||
        getsockname(lsock, (struct sockaddr *)&addr, &alen) != 0 ||
        (c = csock__win_socket(family, type, proto)) == INVALID_SOCKET ||
        csock__win_set_nonblocking(c, 1) != 0 ||
        (connect(c, (struct sockaddr *)&addr, alen) != 0 &&
         WSAGetLastError() != WSAEWOULDBLOCK && WSAGetLastError() != WSAEINTR) ||
        csock__win_set_nonblocking(c, 0) != 0 ||
        (s = accept(lsock, NULL, NULL)) == INVALID_SOCKET)
        e = WSAGetLastError();
    closesocket(lsock);
    if (e != 0) {
        if (c != INVALID_SOCKET)
            closesocket(c);
        return csock__set_win_error(err, (unsigned long)e);
    }
    /* The accepted socket non-inheritable, as CPython's accept makes it. */
    if (!SetHandleInformation((HANDLE)s, HANDLE_FLAG_INHERIT, 0)) {
        e = (int)GetLastError();
        closesocket(s);
        closesocket(c);
        return csock__set_win_error(err, (unsigned long)e);
    }

    /* Authenticate: the accepted peer is the socket that connected. */
    struct sockaddr_storage sn, cp, cn, sp;
    int snl = sizeof sn, cpl = sizeof cp, cnl = sizeof cn, spl = sizeof sp;
    if (getsockname(s, (struct sockaddr *)&sn, &snl) != 0 ||
        getpeername(c, (struct sockaddr *)&cp, &cpl) != 0 ||
        getsockname(c, (struct sockaddr *)&cn, &cnl) != 0 ||
        getpeername(s, (struct sockaddr *)&sp, &spl) != 0) {
        e = WSAGetLastError();
        closesocket(s);
        closesocket(c);
        return csock__set_win_error(err, (unsigned long)e);
    }
    if (!same_endpoint(&sn, snl, &cp, cpl) || !same_endpoint(&cn, cnl, &sp, spl)) {
        closesocket(s);
        closesocket(c);
        if (err != NULL) {
            /* ConnectionError(msg): an OSError without errno. */
            err->kind = CSOCK_ERR_OS;
            err->code = 0;
            snprintf(err->message, sizeof err->message, "Unexpected peer connection");
        }
        return -1;
    }
    pair[0] = s;
    pair[1] = c;
    return 0;
}
