/* Wine's limits that matter to csock's Windows proof, declared once here,
 * each shown with plain Winsock (no csock code), so a difference between
 * Wine and Windows is seen to be Wine's.  Each test passes while the limit
 * is there; one that fails means this Wine no longer has it (the proof may
 * then check more, and the test should go).  README's platform notes name
 * them.
 *
 * 1. AF_UNIX: Windows 10 1803 and later create AF_UNIX stream sockets;
 *    Wine 8 fails with WSAEAFNOSUPPORT (10047), so nothing of csock's
 *    AF_UNIX path can run under it.
 * 2. Message texts: Windows' FormatMessageW has a text for every Winsock
 *    code; Wine 8 has none for some (WSAEWOULDBLOCK 10035, WSAETIMEDOUT
 *    10060), and its texts differ from Windows' where it has one (10061:
 *    "Connection refused." against "No connection could be made because
 *    the target machine actively refused it.").  CPython and csock print
 *    "Windows Error 0x2733" where the system has no text, so the suites
 *    compare with FormatMessageW's own answer, never with Windows' words. */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <criterion/criterion.h>

#include <winsock2.h>
#include <windows.h>

static void start(void)
{
    WSADATA d;
    cr_assert_eq(WSAStartup(MAKEWORD(2, 2), &d), 0);
}

static int has_text(DWORD code)
{
    WCHAR buf[512];
    return FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, code,
                          MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT), buf, 512, NULL) > 0;
}

Test(wine_limits, no_af_unix, .init = start)
{
    SOCKET u = socket(AF_UNIX, SOCK_STREAM, 0);
    int e = WSAGetLastError();
    if (u != INVALID_SOCKET)
        closesocket(u);
    cr_expect_eq(u, INVALID_SOCKET, "this Wine creates AF_UNIX sockets: the limit is gone");
    cr_expect_eq(e, WSAEAFNOSUPPORT);
}

Test(wine_limits, no_text_for_some_winsock_codes, .init = start)
{
    cr_expect_not(has_text(WSAEWOULDBLOCK), "this Wine has a text for 10035");
    cr_expect_not(has_text(WSAETIMEDOUT), "this Wine has a text for 10060");
    /* Where it has one, the code is known to FormatMessageW at all. */
    cr_expect(has_text(WSAECONNREFUSED));
}
