/* The Winsock runtime's foundations (runtime/win/error_win.c) under the
 * in-tree harness, run under Wine by tests/platforms/win/run: Winsock
 * started once from any thread, CPython's winerror -> errno map, and
 * OSError messages as CPython builds them on Windows, for a real refused
 * connect over 127.0.0.1 too. */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <criterion/criterion.h>

#include "win/win_internal.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The system's own text for a code, as CPython trims it ("" if none). */
static void system_text(unsigned long code, char *out, size_t n)
{
    WCHAR *w = NULL;
    DWORD len = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                   FORMAT_MESSAGE_IGNORE_INSERTS,
                               NULL, (DWORD)code, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT),
                               (LPWSTR)&w, 0, NULL);
    while (len > 0 && (w[len - 1] <= L' ' || w[len - 1] == L'.'))
        len--;
    int k = len ? WideCharToMultiByte(CP_UTF8, 0, w, (int)len, out, (int)n - 1, NULL, NULL) : 0;
    out[k > 0 ? k : 0] = '\0';
    if (w)
        LocalFree(w);
}

/* What csock__set_win_error must say for code. */
static void expected_message(unsigned long code, char *out, size_t n)
{
    char text[200];
    system_text(code, text, sizeof text);
    if (text[0])
        snprintf(out, n, "[WinError %lu] %s", code, text);
    else
        snprintf(out, n, "[WinError %lu] Windows Error 0x%lx", code, code);
}

Test(win_startup, once_and_sockets_work)
{
    csock_error err;
    cr_assert_eq(csock__win_startup(&err), 0, "%s", err.message);
    cr_assert_eq(csock__win_startup(NULL), 0);
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    cr_assert_neq(s, INVALID_SOCKET, "socket: %d", WSAGetLastError());
    closesocket(s);
}

static volatile LONG ready;
static DWORD WINAPI start_and_use(LPVOID arg)
{
    (void)arg;
    InterlockedIncrement(&ready);
    while (ready < 8)
        Sleep(0);
    if (csock__win_startup(NULL) != 0)
        return 1;
    SOCKET s = socket(AF_INET, SOCK_DGRAM, 0);
    if (s == INVALID_SOCKET)
        return 2;
    closesocket(s);
    return 0;
}

Test(win_startup, first_calls_race_from_eight_threads)
{
    HANDLE t[8];
    for (int i = 0; i < 8; i++) {
        t[i] = CreateThread(NULL, 0, start_and_use, NULL, 0, NULL);
        cr_assert_not_null(t[i]);
    }
    WaitForMultipleObjects(8, t, TRUE, INFINITE);
    for (int i = 0; i < 8; i++) {
        DWORD rc = 99;
        GetExitCodeThread(t[i], &rc);
        cr_expect_eq(rc, 0, "thread %d: %lu", i, rc);
        CloseHandle(t[i]);
    }
}

Test(win_errno, cpython_map)
{
    /* Winsock codes are their own errno values... */
    cr_expect_eq(csock__win_errno(WSAECONNREFUSED), 10061);
    cr_expect_eq(csock__win_errno(WSAEWOULDBLOCK), 10035);
    cr_expect_eq(csock__win_errno(WSAETIMEDOUT), 10060);
    cr_expect_eq(csock__win_errno(WSAECONNRESET), 10054);
    cr_expect_eq(csock__win_errno(WSAECONNABORTED), 10053);
    cr_expect_eq(csock__win_errno(WSAHOST_NOT_FOUND), 11001);
    /* ...but for the six Winsock spells of C errno values. */
    cr_expect_eq(csock__win_errno(WSAEINTR), EINTR);
    cr_expect_eq(csock__win_errno(WSAEBADF), EBADF);
    cr_expect_eq(csock__win_errno(WSAEACCES), EACCES);
    cr_expect_eq(csock__win_errno(WSAEFAULT), EFAULT);
    cr_expect_eq(csock__win_errno(WSAEINVAL), EINVAL);
    cr_expect_eq(csock__win_errno(WSAEMFILE), EMFILE);
    /* A FACILITY_WIN32 HRESULT is unwrapped; other codes as the CRT. */
    cr_expect_eq(csock__win_errno(0x80072746ul), 10054);
    cr_expect_eq(csock__win_errno(ERROR_FILE_NOT_FOUND), ENOENT);
    cr_expect_eq(csock__win_errno(ERROR_ACCESS_DENIED), EACCES);
    cr_expect_eq(csock__win_errno(ERROR_BROKEN_PIPE), EPIPE);
    cr_expect_eq(csock__win_errno(WAIT_TIMEOUT), ETIMEDOUT);
    cr_expect_eq(csock__win_errno(ERROR_INVALID_PARAMETER), EINVAL);
    cr_expect_eq(csock__win_errno(123456), EINVAL);
}

Test(win_error, message_and_code_as_cpython)
{
    static const unsigned long codes[] = { WSAECONNREFUSED, WSAEWOULDBLOCK, WSAETIMEDOUT,
                                           WSAECONNRESET, WSAEINTR, ERROR_ACCESS_DENIED,
                                           0x7fffffff };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        csock_error err;
        char want[CSOCK_ERROR_MESSAGE_MAX];
        memset(&err, 0, sizeof err);
        expected_message(codes[i], want, sizeof want);
        cr_expect_eq(csock__set_win_error(&err, codes[i]), -1);
        cr_expect_eq(err.kind, CSOCK_ERR_OS);
        cr_expect_eq(err.code, csock__win_errno(codes[i]));
        cr_expect_str_eq(err.message, want);
        size_t n = strlen(err.message);
        cr_expect(n > 0 && err.message[n - 1] != '.' && err.message[n - 1] != '\n',
                  "trailing dot or line end: '%s'", err.message);
    }
    cr_expect_eq(csock__set_win_error(NULL, WSAECONNREFUSED), -1);
}

Test(win_error, refused_connect_over_loopback)
{
    cr_assert_eq(csock__win_startup(NULL), 0);
    /* A port nobody listens on: bind a listener, note its port, close it. */
    SOCKET l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cr_assert_eq(bind(l, (struct sockaddr *)&a, sizeof a), 0);
    int al = sizeof a;
    cr_assert_eq(getsockname(l, (struct sockaddr *)&a, &al), 0);
    closesocket(l);
    /* As CPython: non-blocking connect, select, the outcome from SO_ERROR. */
    SOCKET c = socket(AF_INET, SOCK_STREAM, 0);
    u_long on = 1;
    cr_assert_eq(ioctlsocket(c, FIONBIO, &on), 0);
    cr_assert_eq(connect(c, (struct sockaddr *)&a, sizeof a), SOCKET_ERROR);
    cr_assert_eq(WSAGetLastError(), WSAEWOULDBLOCK);
    fd_set w, e;
    FD_ZERO(&w);
    FD_ZERO(&e);
    FD_SET(c, &w);
    FD_SET(c, &e);
    struct timeval tv = { 10, 0 };
    cr_assert_eq(select(0, NULL, &w, &e, &tv), 1);
    int so = 0, sl = sizeof so;
    cr_assert_eq(getsockopt(c, SOL_SOCKET, SO_ERROR, (char *)&so, &sl), 0);
    closesocket(c);
    cr_assert_eq(so, WSAECONNREFUSED);
    csock_error err;
    csock__set_win_error(&err, (unsigned long)so);
    cr_expect_eq(err.code, 10061);
    cr_expect_eq(strncmp(err.message, "[WinError 10061] ", 17), 0, "%s", err.message);
}

static DWORD WINAPI format_many(LPVOID arg)
{
    unsigned long code = (unsigned long)(uintptr_t)arg;
    char want[CSOCK_ERROR_MESSAGE_MAX];
    expected_message(code, want, sizeof want);
    for (int i = 0; i < 2000; i++) {
        csock_error err;
        csock__set_win_error(&err, code);
        if (strcmp(err.message, want) != 0)
            return 1;
    }
    return 0;
}

Test(win_error, messages_are_thread_safe)
{
    static const unsigned long codes[] = { WSAECONNREFUSED, WSAECONNRESET, WSAEWOULDBLOCK,
                                           ERROR_ACCESS_DENIED };
    HANDLE t[4];
    for (int i = 0; i < 4; i++)
        t[i] = CreateThread(NULL, 0, format_many, (LPVOID)(uintptr_t)codes[i], 0, NULL);
    WaitForMultipleObjects(4, t, TRUE, INFINITE);
    for (int i = 0; i < 4; i++) {
        DWORD rc = 99;
        GetExitCodeThread(t[i], &rc);
        cr_expect_eq(rc, 0, "code %lu", codes[i]);
        CloseHandle(t[i]);
    }
}

Test(win_error, gaierror_as_cpython_on_windows)
{
    csock_error err;
    cr_expect_eq(csock__win_gai_error(&err, WSAHOST_NOT_FOUND), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_GAI);
    cr_expect_eq(err.code, WSAHOST_NOT_FOUND);
    char want[64];
    snprintf(want, sizeof want, "[Errno %d] getaddrinfo failed", WSAHOST_NOT_FOUND);
    cr_expect_str_eq(err.message, want);
}
