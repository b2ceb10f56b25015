/* Passing a file descriptor between two processes with sendmsg/recvmsg
 * and SCM_RIGHTS (the reference's sendmsg/recvmsg examples).  The parent
 * sends the write end of a pipe over a socketpair; the child receives a
 * new descriptor for it, writes through it, and the parent reads what
 * the child wrote from the pipe's other end.
 *
 *   usage: fdpass
 */
#include <csock/csock.h>

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int fail(const char *who, const csock_error *e)
{
    fprintf(stderr, "%s: %s: %s\n", who, csock_error_kind_name(e->kind),
            e->message);
    return 1;
}

static int child(csock *s)
{
    csock_error err;
    /* recvmsg(bufsize, ancbufsize=CMSG_SPACE(sizeof(int))) */
    ssize_t anc = csock_cmsg_space(sizeof(int), &err);
    csock_msg m;
    if (anc < 0 || csock_recvmsg(s, 64, anc, 0, &m, &err) < 0)
        return fail("child", &err);
    int fd = -1;
    for (size_t i = 0; i < m.nancdata; i++)
        if (m.ancdata[i].level == SOL_SOCKET &&
            m.ancdata[i].type == SCM_RIGHTS && m.ancdata[i].len >= sizeof fd)
            memcpy(&fd, m.ancdata[i].data, sizeof fd);
    printf("child: received b'%.*s' and a descriptor (%s)\n", (int)m.len,
           (char *)m.data, fd >= 0 ? "ok" : "missing");
    fflush(stdout);
    csock_msg_free(&m);
    if (fd < 0)
        return 1;
    const char *text = "hello from the child, through the passed descriptor";
    ssize_t w = write(fd, text, strlen(text));
    close(fd);
    return w == (ssize_t)strlen(text) ? 0 : 1;
}

int main(void)
{
    csock_error err;
    csock *pair[2];
    if (csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair, &err) < 0)
        return fail("socketpair", &err);
    int pipefd[2];
    if (pipe(pipefd) < 0) {
        perror("pipe");
        return 1;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        close(pipefd[0]);
        close(pipefd[1]);
        csock_close(pair[0], NULL);
        int r = child(pair[1]);
        csock_close(pair[1], NULL);
        _exit(r);
    }
    csock_close(pair[1], NULL);

    printf("parent: sending the write end of a pipe to process %d\n",
           (int)pid);
    fflush(stdout);
    csock_iov iov = { (void *)"here is a pipe", 14 };
    csock_cmsg c = { SOL_SOCKET, SCM_RIGHTS, &pipefd[1], sizeof(int) };
    if (csock_sendmsg(pair[0], &iov, 1, &c, 1, 0, NULL, &err) < 0)
        return fail("parent", &err);
    close(pipefd[1]); /* the child has its own descriptor now */
    csock_close(pair[0], NULL);

    char buf[128];
    size_t got = 0;
    for (;;) {
        ssize_t r = read(pipefd[0], buf + got, sizeof buf - 1 - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    buf[got] = '\0';
    close(pipefd[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    printf("parent: read from the pipe: '%s'\n", buf);
    int ok = WIFEXITED(st) && WEXITSTATUS(st) == 0 && got > 0;
    printf("parent: child exited with status %d\n",
           WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    return ok ? 0 : 1;
}
