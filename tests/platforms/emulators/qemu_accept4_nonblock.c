/* qemu-user's accept4 drops SOCK_NONBLOCK where the target's value is not
 * its O_NONBLOCK (hppa: SOCK_NONBLOCK 0x40000000, O_NONBLOCK 0x10000):
 * the accepted fd is blocking, while socket(SOCK_NONBLOCK) is translated
 * right.  qemu-user 7.2.  Plain C, no csock.  Exit status: 0 the kernel's
 * answer (O_NONBLOCK set), 1 the limitation, 2 the test itself failed. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { 0 };
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (l < 0 || bind(l, (struct sockaddr *)&a, sizeof a) != 0 ||
        getsockname(l, (struct sockaddr *)&a, &len) != 0 || listen(l, 1) != 0)
        return perror("listener"), 2;
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (c < 0 || connect(c, (struct sockaddr *)&a, sizeof a) != 0)
        return perror("connect"), 2;
    int n = accept4(l, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (n < 0)
        return perror("accept4"), 2;
    int nonblock = (fcntl(n, F_GETFL) & O_NONBLOCK) != 0;
    printf("accept4(SOCK_NONBLOCK = %#x): O_NONBLOCK (%#x) %s on the accepted fd (the kernel sets it)\n",
           (unsigned)SOCK_NONBLOCK, (unsigned)O_NONBLOCK, nonblock ? "set" : "NOT set");
    close(n);
    close(c);
    close(l);
    return nonblock ? 0 : 1;
}
