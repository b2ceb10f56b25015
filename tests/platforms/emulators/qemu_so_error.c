/* qemu-user hands getsockopt(SO_ERROR)'s value back untranslated: the
 * build machine's errno number, not the target's.  A non-blocking connect
 * to a closed port of 127.0.0.1 fails with ECONNREFUSED; SO_ERROR then
 * gives the host's number (111 on x86_64) where the target's differs
 * (239 on hppa, 61 on sparc64), so only a CPU with other errno numbers
 * shows it.  qemu-user 7.2.  Plain C, no csock.  Exit status: 0 the
 * target's number, 1 the limitation, 2 the test itself failed. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    /* a port nothing listens on: bound, never listening */
    int b = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { 0 };
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (b < 0 || bind(b, (struct sockaddr *)&a, sizeof a) != 0 ||
        getsockname(b, (struct sockaddr *)&a, &len) != 0)
        return perror("bind"), 2;
    int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (s < 0)
        return perror("socket"), 2;
    if (connect(s, (struct sockaddr *)&a, sizeof a) == 0)
        return fprintf(stderr, "connect succeeded\n"), 2;
    int direct = errno;
    if (direct == EINPROGRESS) {
        struct pollfd p = { s, POLLOUT, 0 };
        if (poll(&p, 1, 5000) != 1)
            return fprintf(stderr, "poll\n"), 2;
    }
    int v = 0;
    len = sizeof v;
    if (getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len) != 0)
        return perror("getsockopt"), 2;
    if (direct != EINPROGRESS)
        v = direct; /* refused at once: nothing to compare */
    printf("getsockopt(SO_ERROR) after a refused connect: %d; ECONNREFUSED here is %d\n",
           v, ECONNREFUSED);
    close(s);
    close(b);
    return v == ECONNREFUSED ? 0 : 1;
}
