/* Ancillary data: SCM_RIGHTS between processes, SCM_CREDENTIALS,
 * MSG_CTRUNC / MSG_TRUNC, and that received fds are never leaked. */
#include "common.h"

#include <fcntl.h>
#include <sys/wait.h>

TestSuite(msg, .init = fd_check_init, .fini = fd_check_fini);

Test(msg, scm_rights_between_processes)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        /* child: pass both ends of a pipe, having written into it */
        int p[2];
        if (pipe(p) < 0 || write(p[1], "via-fd", 6) != 6)
            _exit(2);
        csock_iov iov = { "F", 1 };
        csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, p, sizeof p };
        ssize_t n = csock_sendmsg(s[1], &iov, 1, &cm, 1, 0, NULL, NULL);
        _exit(n == 1 ? 0 : 1);
    }
    csock_close(s[1], NULL);
    csock_msg m;
    ssize_t space = csock_cmsg_space(2 * sizeof(int), &e);
    ASSERT_OK(csock_recvmsg(s[0], 16, space, 0, &m, &e), e);
    int st;
    waitpid(pid, &st, 0);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    cr_assert_eq(m.len, 1);
    cr_assert_eq(m.nancdata, 1);
    cr_assert_eq(m.ancdata[0].level, SOL_SOCKET);
    cr_assert_eq(m.ancdata[0].type, SCM_RIGHTS);
    cr_assert_eq(m.ancdata[0].len, 2 * sizeof(int));
    cr_assert_eq(m.flags & MSG_CTRUNC, 0);
    int fds[2];
    memcpy(fds, m.ancdata[0].data, sizeof fds);
    csock_msg_free(&m);
    /* received fds are non-inheritable (MSG_CMSG_CLOEXEC) and work */
    cr_assert(fcntl(fds[0], F_GETFD) & FD_CLOEXEC);
    char b[8];
    cr_assert_eq(read(fds[0], b, 8), 6);
    cr_assert_eq(memcmp(b, "via-fd", 6), 0);
    close(fds[0]);
    close(fds[1]);
    csock_close(s[0], NULL);
}

Test(msg, ctrunc_closes_nothing_it_hands_back)
{
    /* Three fds into CMSG_SPACE(sizeof(int)) (room for two on 64-bit):
     * MSG_CTRUNC, the fds that fit handed back, the kernel drops the
     * rest; nothing leaks. */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    int fds[3] = { dup(0), dup(0), dup(0) };
    csock_iov iov = { "x", 1 };
    csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, fds, sizeof fds };
    cr_assert_eq(csock_sendmsg(s[1], &iov, 1, &cm, 1, 0, NULL, &e), 1);
    for (int i = 0; i < 3; i++)
        close(fds[i]);
    csock_msg m;
    ASSERT_OK(csock_recvmsg(s[0], 16, csock_cmsg_space(sizeof(int), NULL), 0,
                            &m, &e), e);
    cr_assert(m.flags & MSG_CTRUNC);
    cr_assert_eq(m.nancdata, 1);
    size_t room = (size_t)(csock_cmsg_space(sizeof(int), NULL) -
                           csock_cmsg_len(0, NULL)) / sizeof(int);
    cr_assert_eq(m.ancdata[0].len, room * sizeof(int));
    for (size_t i = 0; i < room; i++) {
        int got;
        memcpy(&got, (char *)m.ancdata[0].data + i * sizeof got, sizeof got);
        cr_assert_neq(fcntl(got, F_GETFD), -1);
        close(got);
    }
    csock_msg_free(&m);
    /* no ancillary room at all */
    cr_assert_eq(csock_sendmsg(s[1], &iov, 1, &cm, 0, 0, NULL, &e), 1);
    ASSERT_OK(csock_recvmsg(s[0], 16, 0, 0, &m, &e), e);
    cr_assert_eq(m.nancdata, 0);
    cr_assert_null(m.ancdata);
    csock_msg_free(&m);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(msg, msg_trunc_on_datagram)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    csock_msg m;
    ASSERT_OK(csock_recvmsg(s[1], 4, 0, 0, &m, &e), e);
    cr_assert_eq(m.len, 4);
    cr_assert(m.flags & MSG_TRUNC);
    cr_assert_eq(memcmp(m.data, "0123", 4), 0);
    csock_msg_free(&m);
    /* MSG_TRUNC as a flag: real length, as Python's recv returns */
    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    char b[4];
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, MSG_TRUNC, &e), 10);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(msg, scm_credentials)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    ASSERT_OK(csock_setsockopt_int(s[1], SOL_SOCKET, SO_PASSCRED, 1, &e), e);
    struct ucred uc = { getpid(), getuid(), getgid() };
    csock_iov iov = { "c", 1 };
    csock_cmsg cm = { SOL_SOCKET, SCM_CREDENTIALS, &uc, sizeof uc };
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cm, 1, 0, NULL, &e), 1);
    csock_msg m;
    ASSERT_OK(csock_recvmsg(s[1], 8, csock_cmsg_space(sizeof uc, NULL), 0, &m,
                            &e), e);
    cr_assert_eq(m.nancdata, 1);
    cr_assert_eq(m.ancdata[0].type, SCM_CREDENTIALS);
    struct ucred got;
    cr_assert_eq(m.ancdata[0].len, sizeof got);
    memcpy(&got, m.ancdata[0].data, sizeof got);
    cr_assert_eq(got.pid, getpid());
    cr_assert_eq(got.uid, getuid());
    csock_msg_free(&m);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(msg, sendmsg_ancillary_limits)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    csock_iov iov = { "x", 1 };
    char d;
    csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, &d, (size_t)1 << 31 };
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cm, 1, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "ancillary data item too large");
    csock_cmsg two[2] = { { SOL_SOCKET, SCM_RIGHTS, &d, 0x40000000 },
                          { SOL_SOCKET, SCM_RIGHTS, &d, 0x40000000 } };
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, two, 2, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "too much ancillary data");
    /* bad fd in SCM_RIGHTS: the kernel's EBADF */
    int bad = 19999;
    csock_cmsg cb = { SOL_SOCKET, SCM_RIGHTS, &bad, sizeof bad };
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cb, 1, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    cr_assert_eq(csock_send(s[0], "y", 1, 0, &e), 1);
    char b[2];
    cr_assert_eq(csock_recv_into(s[1], b, 2, 0, 0, &e), 1);
    cr_assert_eq(b[0], 'y');
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(msg, recvmsg_timeout_and_nonblocking)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    csock_msg m;
    ASSERT_OK(csock_setblocking(s[0], 0, &e), e);
    cr_assert_eq(csock_recvmsg(s[0], 8, 64, 0, &m, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
    double t = 0.1;
    ASSERT_OK(csock_settimeout(s[0], t, &e), e);
    double t0 = now_s();
    cr_assert_eq(csock_recvmsg(s[0], 8, 64, 0, &m, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(now_s() - t0, 0.09);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(msg, scm_credentials_from_another_process)
{
    /* With SO_PASSCRED the kernel attaches the sender's credentials even
     * when it sends none; explicit ones are checked against its own. */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    ASSERT_OK(csock_setsockopt_int(s[0], SOL_SOCKET, SO_PASSCRED, 1, &e), e);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        ssize_t a = csock_send(s[1], "plain", 5, 0, NULL);
        struct ucred mine = { getpid(), getuid(), getgid() };
        csock_iov iov = { "cred", 4 };
        csock_cmsg cm = { SOL_SOCKET, SCM_CREDENTIALS, &mine, sizeof mine };
        ssize_t b = csock_sendmsg(s[1], &iov, 1, &cm, 1, 0, NULL, NULL);
        /* someone else's pid: the kernel refuses (EPERM) unless root */
        struct ucred other = { 1, getuid(), getgid() };
        cm.data = &other;
        csock_error ce;
        ssize_t c = csock_sendmsg(s[1], &iov, 1, &cm, 1, 0, NULL, &ce);
        int refused = c < 0 && ce.code == EPERM;
        /* root (CAP_SYS_ADMIN) may send it; anyone else must be refused */
        int third_ok = geteuid() == 0 ? (refused || c == 4) : refused;
        _exit(a == 5 && b == 4 && third_ok ? 0 : 1);
    }
    int st;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    ssize_t space = csock_cmsg_space(sizeof(struct ucred), NULL);
    for (int i = 0; i < 2; i++) {
        csock_msg m;
        ASSERT_OK(csock_recvmsg(s[0], 16, space, 0, &m, &e), e);
        cr_assert_eq(m.len, i ? 4 : 5);
        cr_assert_eq(m.nancdata, 1, "credentials attached (message %d)", i);
        cr_assert_eq(m.ancdata[0].level, SOL_SOCKET);
        cr_assert_eq(m.ancdata[0].type, SCM_CREDENTIALS);
        struct ucred got;
        cr_assert_eq(m.ancdata[0].len, sizeof got);
        memcpy(&got, m.ancdata[0].data, sizeof got);
        cr_assert_eq(got.pid, pid, "the sender's pid, not ours");
        cr_assert_eq(got.uid, getuid());
        cr_assert_eq(got.gid, getgid());
        csock_msg_free(&m);
    }
    /* a third message only if root could send it: then it carries the
     * pid it claimed (1), else nothing is queued */
    ASSERT_OK(csock_setblocking(s[0], 0, &e), e);
    csock_msg m;
    if (csock_recvmsg(s[0], 16, space, 0, &m, &e) == 0) {
        cr_assert_eq(geteuid(), 0, "a forged pid went through without root");
        cr_assert_eq(m.nancdata, 1);
        struct ucred got;
        cr_assert_eq(m.ancdata[0].len, sizeof got);
        memcpy(&got, m.ancdata[0].data, sizeof got);
        cr_assert_eq(got.pid, 1, "the claimed pid");
        csock_msg_free(&m);
    } else {
        cr_assert_eq(e.code, EAGAIN, "%s", e.message);
    }
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* Found by the fuzzer (tests/fuzz/fuzz_recvmsg.c): with MSG_TRUNC as a
 * flag the kernel returns the datagram's real length, and recvmsg said
 * len 10 for a 4-byte buffer (a caller reading len bytes overran it).
 * The data is at most bufsize bytes, as Python's len(data); MSG_TRUNC in
 * m.flags says there was more.  recvmsg_into still returns the real
 * length (Python's nbytes); recv_fds goes through recvmsg. */
Test(msg, msg_trunc_flag_keeps_len_within_the_buffer)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    csock_msg m;
    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    ASSERT_OK(csock_recvmsg(s[1], 4, 0, MSG_TRUNC, &m, &e), e);
    cr_assert_eq(m.len, 4, "len %zu for a 4-byte buffer", m.len);
    cr_assert(m.flags & MSG_TRUNC);
    cr_assert_eq(memcmp(m.data, "0123", 4), 0);
    csock_msg_free(&m);

    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    ASSERT_OK(csock_recvmsg(s[1], 0, 0, MSG_TRUNC, &m, &e), e);
    cr_assert_eq(m.len, 0);
    csock_msg_free(&m);

    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    int fds[1];
    size_t nfds = 9;
    ASSERT_OK(csock_recv_fds(s[1], 3, 1, MSG_TRUNC, &m, fds, &nfds, &e), e);
    cr_assert_eq(m.len, 3);
    cr_assert_eq(nfds, 0);
    csock_msg_free(&m);

    cr_assert_eq(csock_send(s[0], "0123456789", 10, 0, &e), 10);
    char b[4];
    csock_iov iov = { b, sizeof b };
    ASSERT_OK(csock_recvmsg_into(s[1], &iov, 1, 0, MSG_TRUNC, &m, &e), e);
    cr_assert_eq(m.len, 10, "recvmsg_into: the real length, as Python");
    csock_msg_free(&m);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}
