/* The library never raises SIGPIPE: a send to a peer that has gone fails
 * with "[Errno EPIPE] Broken pipe" (Python's behaviour, which ignores SIGPIPE
 * at start-up), and the process lives on -- with SIGPIPE at its default
 * action, as in any C program.  Each case runs in a child whose death by
 * SIGPIPE the parent would see. */
#include "common.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>

TestSuite(sigpipe, .init = fd_check_init, .fini = fd_check_fini);

enum { VIA_SEND, VIA_SENDALL, VIA_SENDTO, VIA_SENDMSG, VIA_SENDMMSG,
       VIA_SEND_FDS, VIA_SENDFILE, VIA_COUNT };
static const char *via_name[] = { "send", "sendall", "sendto", "sendmsg",
                                  "sendmmsg", "send_fds", "sendfile" };

/* In the child: a connected stream whose peer has closed, one send form
 * in mode `mode`.  Exit status 0: it failed with EPIPE as it should. */
static int child(int via, int mode)
{
    signal(SIGPIPE, SIG_DFL);
    csock_error e;
    csock *s[2];
    if (csock_socketpair(AF_UNIX, SOCK_STREAM, 0, s, &e) < 0)
        return 10;
    set_mode(s[0], mode);
    csock_close(s[1], NULL);
    static char buf[1 << 16];
    ssize_t r = 0;
    csock_addr none;
    memset(&none, 0, sizeof none);
    csock_iov iov = { buf, 100 };
    csock_mmsg mm = { buf, 100, NULL, 0, 0 };
    int fd0 = 0;
    switch (via) {
    case VIA_SEND:
        r = csock_send(s[0], buf, sizeof buf, 0, &e);
        break;
    case VIA_SENDALL:
        r = csock_sendall(s[0], buf, sizeof buf, 0, &e);
        break;
    case VIA_SENDTO: {
        /* TCP ignores sendto's address on a connected socket; our own
         * write side shut down gives EPIPE (and SIGPIPE) at once */
        csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        csock_addr la = csock_addr_inet("127.0.0.1", 0);
        if (!l || csock_bind(l, &la, &e) < 0 || csock_listen(l, 1, &e) < 0 ||
            csock_getsockname(l, &la, &e) < 0)
            return 13;
        csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        if (!c || csock_connect(c, &la, &e) < 0 ||
            csock_shutdown(c, SHUT_WR, &e) < 0)
            return 14;
        set_mode(c, mode);
        r = csock_sendto(c, buf, 100, 0, &la, &e);
        csock_close(c, NULL);
        csock_close(l, NULL);
        break;
    }
    case VIA_SENDMSG:
        r = csock_sendmsg(s[0], &iov, 1, NULL, 0, 0, NULL, &e);
        break;
    case VIA_SENDMMSG:
        r = csock_sendmmsg(s[0], &mm, 1, 0, &e);
        break;
    case VIA_SEND_FDS:
        r = csock_send_fds(s[0], &iov, 1, &fd0, 1, 0, NULL, &e);
        break;
    case VIA_SENDFILE: {
        char path[] = "/tmp/csock-sigpipe-XXXXXX";
        int f = mkstemp(path);
        if (f < 0)
            return 11;
        unlink(path);
        if (write(f, buf, sizeof buf) != (ssize_t)sizeof buf ||
            lseek(f, 0, SEEK_SET) != 0)
            return 12;
        r = csock_sendfile(s[0], f, 0, NULL, &e);
        close(f);
        break;
    }
    }
    csock_close(s[0], NULL);
    if (r != -1)
        return 20;
    if (e.kind != CSOCK_ERR_OS || e.code != EPIPE ||
        strcmp(e.message, OSERR(EPIPE)) != 0) {
        fprintf(stderr, "%s: kind %d code %d: %s\n", via_name[via], e.kind,
                e.code, e.message);
        return 21;
    }
    return 0;
}

Test(sigpipe, no_send_form_raises_sigpipe)
{
    for (int via = 0; via < VIA_COUNT; via++) {
        for (int mode = 0; mode < 3; mode++) {
            if (via == VIA_SENDFILE && mode == MODE_NONBLOCKING)
                continue; /* ValueError: non-blocking sockets unsupported */
            pid_t pid = fork();
            cr_assert_geq(pid, 0);
            if (pid == 0)
                _exit(child(via, mode));
            int st;
            cr_assert_eq(waitpid(pid, &st, 0), pid);
            cr_assert(!WIFSIGNALED(st), "%s, mode %d: killed by signal %d",
                      via_name[via], mode, WTERMSIG(st));
            cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0,
                      "%s, mode %d: exit %d", via_name[via], mode,
                      WEXITSTATUS(st));
        }
    }
}

/* A SIGPIPE the application itself has pending or blocked is left alone:
 * sendfile's own one is taken back, nothing else. */
Test(sigpipe, sendfile_leaves_the_callers_signal_state)
{
    sigset_t block, old, pending;
    sigemptyset(&block);
    sigaddset(&block, SIGPIPE);
    cr_assert_eq(pthread_sigmask(SIG_BLOCK, &block, &old), 0);
    raise(SIGPIPE); /* the application's own, pending */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, s, &e), e);
    csock_close(s[1], NULL);
    char path[] = "/tmp/csock-sigpipe-XXXXXX";
    int f = mkstemp(path);
    cr_assert_geq(f, 0);
    unlink(path);
    cr_assert_eq(write(f, "data", 4), 4);
    cr_assert_eq(lseek(f, 0, SEEK_SET), 0);
    cr_assert_eq(csock_sendfile(s[0], f, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EPIPE));
    cr_assert_eq(sigpending(&pending), 0);
    cr_assert(sigismember(&pending, SIGPIPE), "the application's SIGPIPE is still pending");
    int sig;
    cr_assert_eq(sigwait(&block, &sig), 0);
    cr_assert_eq(pthread_sigmask(SIG_SETMASK, &old, NULL), 0);
    close(f);
    csock_close(s[0], NULL);
}
