/* Wine's limits that matter to csock's Windows proof, each shown with
 * plain Winsock (no csock code), so a difference between Wine and Windows
 * is seen to be Wine's.  Declared once here; README's platform notes name
 * them.  Exit status 0 when every limit below is still present (this
 * Wine), 1 when one is gone (a newer Wine: the proof may then check more).
 *
 *   tests/platforms/win/wine build/.../wine_limits.exe
 *
 * 1. AF_UNIX: Windows 10 1803 and later create AF_UNIX stream sockets;
 *    Wine 8 fails with WSAEAFNOSUPPORT (10047), so nothing of csock's
 *    AF_UNIX path can be run under it.
 * 2. Message texts: Windows' FormatMessageW has a text for every Winsock
 *    code; Wine 8 has none for some (WSAEWOULDBLOCK 10035, WSAETIMEDOUT
 *    10060), and its texts differ from Windows' where it has one (10061:
 *    "Connection refused." against "No connection could be made because
 *    the target machine actively refused it.").  CPython and csock print
 *    "Windows Error 0x2733" where the system has no text. */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <windows.h>

#include <stdio.h>

static int has_text(DWORD code)
{
    WCHAR buf[512];
    return FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, code,
                          MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT), buf, 512, NULL) > 0;
}

int main(void)
{
    WSADATA d;
    if (WSAStartup(MAKEWORD(2, 2), &d) != 0)
        return 2;
    int present = 0;
    SOCKET u = socket(AF_UNIX, SOCK_STREAM, 0);
    int e = WSAGetLastError();
    printf("AF_UNIX socket: %s (%d)\n", u == INVALID_SOCKET ? "fails" : "works",
           u == INVALID_SOCKET ? e : 0);
    present += u == INVALID_SOCKET && e == WSAEAFNOSUPPORT;
    if (u != INVALID_SOCKET)
        closesocket(u);
    int t1 = has_text(WSAEWOULDBLOCK), t2 = has_text(WSAETIMEDOUT);
    printf("FormatMessageW text for 10035: %s, for 10060: %s\n", t1 ? "yes" : "none",
           t2 ? "yes" : "none");
    present += !t1 && !t2;
    printf("%d of 2 Wine limits present\n", present);
    return present == 2 ? 0 : 1;
}
