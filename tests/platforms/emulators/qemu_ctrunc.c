/* qemu-user's recvmsg does not report MSG_CTRUNC: an fd passed over a
 * socketpair with SCM_RIGHTS into a control buffer too small for it.  The
 * kernel sets MSG_CTRUNC in msg_flags; qemu-user (7.2) leaves it clear.
 * Plain C, no csock.  Exit status: 0 the kernel's answer, 1 the
 * limitation, 2 the test itself failed.  tests/platforms/run.py builds and
 * runs it under each proof's emulator. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return perror("socketpair"), 2;
    union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } out;
    memset(&out, 0, sizeof out);
    char byte = 'x';
    struct iovec iov = { &byte, 1 };
    struct msghdr m = { 0 };
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = out.b;
    m.msg_controllen = sizeof out.b;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &sv[0], sizeof(int));
    if (sendmsg(sv[0], &m, 0) != 1)
        return perror("sendmsg"), 2;
    /* room for the header only: the fd does not fit */
    union { struct cmsghdr h; char b[CMSG_SPACE(0)]; } in;
    memset(&in, 0, sizeof in);
    struct msghdr r = { 0 };
    r.msg_iov = &iov;
    r.msg_iovlen = 1;
    r.msg_control = in.b;
    r.msg_controllen = sizeof in.b;
    if (recvmsg(sv[1], &r, 0) != 1)
        return perror("recvmsg"), 2;
    int ctrunc = (r.msg_flags & MSG_CTRUNC) != 0;
    printf("recvmsg with a control buffer too small for an fd: MSG_CTRUNC %s (the kernel sets it)\n",
           ctrunc ? "set" : "NOT set");
    return ctrunc ? 0 : 1;
}
