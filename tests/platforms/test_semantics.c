/* Python's semantics that every runtime variant must keep, whichever
 * features its C library offers (spec/platforms.yaml): new, accepted and
 * received descriptors are non-inheritable, and an accepted socket's mode
 * is the default timeout's, never the listener's (BSD's accept(2) passes
 * the listener's O_NONBLOCK on; accept4 and the accept + FIONBIO fallback
 * must both undo that). */
#include <criterion/criterion.h>

#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "csock/csock.h"

static int cloexec(int fd)
{
    int f = fcntl(fd, F_GETFD);
    cr_assert_geq(f, 0);
    return (f & FD_CLOEXEC) != 0;
}

static int nonblocking(int fd)
{
    int f = fcntl(fd, F_GETFL);
    cr_assert_geq(f, 0);
    return (f & O_NONBLOCK) != 0;
}

Test(semantics, new_sockets_are_non_inheritable_in_the_default_mode)
{
    csock_error e;
    for (int pass = 0; pass < 2; pass++) {
        double t = 2.0;
        cr_assert_eq(csock_setdefaulttimeout(pass ? t : CSOCK_TIMEOUT_NONE, &e), 0);
        csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        cr_assert_not_null(s, "%s", e.message);
        cr_assert(cloexec(csock_fileno(s)));
        cr_assert_eq(nonblocking(csock_fileno(s)), pass, "timeout mode is O_NONBLOCK");
        cr_assert_eq(csock_type(s), SOCK_STREAM);
        csock *p[2];
        cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), 0, "%s", e.message);
        for (int i = 0; i < 2; i++) {
            cr_assert(cloexec(csock_fileno(p[i])));
            cr_assert_eq(nonblocking(csock_fileno(p[i])), pass);
            csock_close(p[i], NULL);
        }
        csock_close(s, NULL);
    }
    cr_assert_eq(csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, &e), 0);
}

Test(semantics, accepted_socket_takes_the_default_mode_not_the_listeners)
{
    csock_error e;
    double t = 5.0;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_not_null(l);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    cr_assert_eq(csock_bind(l, &a, &e), 0, "%s", e.message);
    cr_assert_eq(csock_listen(l, 4, &e), 0);
    cr_assert_eq(csock_settimeout(l, t, &e), 0); /* the listener is O_NONBLOCK */
    cr_assert(nonblocking(csock_fileno(l)));
    cr_assert_eq(csock_getsockname(l, &a, &e), 0);
    for (int pass = 0; pass < 2; pass++) {
        /* pass 0: default None, the accepted socket blocks; pass 1: a
         * default timeout, it is O_NONBLOCK */
        cr_assert_eq(csock_setdefaulttimeout(pass ? t : CSOCK_TIMEOUT_NONE, &e), 0);
        csock *c = csock_create_connection("127.0.0.1", a.u.inet.port, 5.0, NULL, 0, &e);
        cr_assert_not_null(c, "%s", e.message);
        csock *n = csock_accept(l, NULL, &e);
        cr_assert_not_null(n, "%s", e.message);
        cr_assert(cloexec(csock_fileno(n)), "accepted fds are non-inheritable");
        cr_assert_eq(nonblocking(csock_fileno(n)), pass,
                     "O_NONBLOCK of the accepted fd follows the default timeout");
        cr_assert_eq(csock_get_inheritable(n, &e), 0);
        csock_close(n, NULL);
        csock_close(c, NULL);
    }
    cr_assert_eq(csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, &e), 0);
    csock_close(l, NULL);
}

Test(semantics, received_descriptors_are_non_inheritable)
{
    csock_error e;
    csock *p[2];
    cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), 0);
    int pipefd[2];
    cr_assert_eq(pipe(pipefd), 0);
    csock_iov iov = { (void *)"x", 1 };
    csock_cmsg c = { SOL_SOCKET, SCM_RIGHTS, &pipefd[0], sizeof(int) };
    cr_assert_eq(csock_sendmsg(p[0], &iov, 1, &c, 1, 0, NULL, &e), 1, "%s", e.message);
    cr_assert_eq(cloexec(pipefd[0]), 0, "the sent fd itself is inheritable");
    csock_msg m;
    cr_assert_eq(csock_recvmsg(p[1], 16, 64, 0, &m, &e), 0, "%s", e.message);
    cr_assert_eq(m.nancdata, 1);
    int fd;
    memcpy(&fd, m.ancdata[0].data, sizeof fd);
    cr_assert(cloexec(fd), "a received fd is close-on-exec");
    cr_assert_eq(m.flags & ~MSG_EOR, 0, "no flag of ours leaks into msg_flags");
    close(fd);
    csock_msg_free(&m);
    close(pipefd[0]);
    close(pipefd[1]);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}
