/* Fault injection: the syscall layer wrapped at link time
 * (-Wl,--wrap=csock__sys_send,...).  Each wrapper consults a small script
 * of injected results before calling the real function. */
#include "common.h"

#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/resource.h>
#ifdef CSOCK_ADDR_HAVE_ALG
#include <linux/if_alg.h>
#endif

/* ---- the script ------------------------------------------------------ */

enum { F_SEND, F_RECV, F_ACCEPT, F_POLL, F_SENDMSG, F_CONNECT, F_DECODE,
       F_SOERROR, F_GETSOCKNAME, F_N };

/* Per wrapped function: a queue of actions. 0 = pass through, >0 = pass
 * through with the length cut to that many bytes, <0 = fail with -errno. */
static int script[F_N][64];
static int script_len[F_N], script_pos[F_N];
static int storm[F_N]; /* fail every call with this errno when set */
static int calls[F_N];

static void inject(int f, int action)
{
    script[f][script_len[f]++] = action;
}

static int next_action(int f)
{
    calls[f]++;
    if (storm[f])
        return -storm[f];
    if (script_pos[f] < script_len[f])
        return script[f][script_pos[f]++];
    return 0;
}

ssize_t __real_csock__sys_send(int fd, const void *buf, size_t len, int flags);
ssize_t __wrap_csock__sys_send(int fd, const void *buf, size_t len, int flags)
{
    int a = next_action(F_SEND);
    if (a < 0) {
        errno = -a;
        return -1;
    }
    if (a > 0 && (size_t)a < len)
        len = (size_t)a;
    return __real_csock__sys_send(fd, buf, len, flags);
}

ssize_t __real_csock__sys_recv(int fd, void *buf, size_t len, int flags);
ssize_t __wrap_csock__sys_recv(int fd, void *buf, size_t len, int flags)
{
    int a = next_action(F_RECV);
    if (a < 0) {
        errno = -a;
        return -1;
    }
    return __real_csock__sys_recv(fd, buf, len, flags);
}

int __real_csock__sys_accept4(int fd, struct sockaddr *addr, socklen_t *len,
                              int flags);
int __wrap_csock__sys_accept4(int fd, struct sockaddr *addr, socklen_t *len,
                              int flags)
{
    int a = next_action(F_ACCEPT);
    if (a < 0) {
        errno = -a;
        return -1;
    }
    return __real_csock__sys_accept4(fd, addr, len, flags);
}

static short last_poll_events;

int __real_csock__sys_poll(struct pollfd *fds, nfds_t n, int ms);
int __wrap_csock__sys_poll(struct pollfd *fds, nfds_t n, int ms)
{
    last_poll_events = n ? fds[0].events : 0;
    int a = next_action(F_POLL);
    if (a < 0) {
        usleep(1000); /* a signal arrives a little later */
        errno = -a;
        return -1;
    }
    return __real_csock__sys_poll(fds, n, ms);
}

static struct msghdr last_msg;
static char last_control[512];
static int capture_sendmsg;

ssize_t __real_csock__sys_sendmsg(int fd, const struct msghdr *msg, int flags);
ssize_t __wrap_csock__sys_sendmsg(int fd, const struct msghdr *msg, int flags)
{
    int a = next_action(F_SENDMSG);
    if (capture_sendmsg) {
        last_msg = *msg;
        if (msg->msg_controllen <= sizeof last_control)
            memcpy(last_control, msg->msg_control, msg->msg_controllen);
        last_msg.msg_control = last_control;
        struct msghdr plain = *msg; /* send the data, not the ALG cmsgs */
        plain.msg_control = NULL;
        plain.msg_controllen = 0;
        return __real_csock__sys_sendmsg(fd, &plain, flags);
    }
    if (a < 0) {
        errno = -a;
        return -1;
    }
    return __real_csock__sys_sendmsg(fd, msg, flags);
}

int __real_csock__sys_connect(int fd, const struct sockaddr *sa, socklen_t l);
int __wrap_csock__sys_connect(int fd, const struct sockaddr *sa, socklen_t l)
{
    int a = next_action(F_CONNECT);
    int r = __real_csock__sys_connect(fd, sa, l);
    if (a < 0) { /* the connection goes on; the caller sees EINTR */
        errno = -a;
        return -1;
    }
    return r;
}

/* getsockopt(SO_ERROR): an action < 0 replaces the value read with
 * -action (what a finished asynchronous connect would report). */
int __real_csock__sys_getsockopt(int fd, int level, int name, void *val,
                                 socklen_t *len);
int __wrap_csock__sys_getsockopt(int fd, int level, int name, void *val,
                                 socklen_t *len)
{
    int r = __real_csock__sys_getsockopt(fd, level, name, val, len);
    if (level == SOL_SOCKET && name == SO_ERROR) {
        int a = next_action(F_SOERROR);
        if (r == 0 && a < 0)
            *(int *)val = -a;
    }
    return r;
}

int __real_csock__sys_getsockname(int fd, struct sockaddr *a, socklen_t *l);
int __wrap_csock__sys_getsockname(int fd, struct sockaddr *a, socklen_t *l)
{
    int act = next_action(F_GETSOCKNAME);
    if (act < 0) {
        errno = -act;
        return -1;
    }
    return __real_csock__sys_getsockname(fd, a, l);
}

int __real_csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                             int proto, csock_addr *out, csock_error *err);
int __wrap_csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                             int proto, csock_addr *out, csock_error *err)
{
    int a = next_action(F_DECODE);
    if (a < 0) {
        if (err) {
            err->kind = CSOCK_ERR_VALUE;
            err->code = 0;
            strcpy(err->message, "injected decode failure");
        }
        return -1;
    }
    return __real_csock_addr_decode(sa, len, proto, out, err);
}

/* Allocation failures: --wrap=malloc,calloc,realloc for the objects
 * linked statically (the tests and libcsock; Criterion is a shared
 * library and keeps the real ones).  fail_alloc(n): the n-th allocation
 * from now fails with ENOMEM (once). */
static int alloc_countdown;
static int allocs_failed;

static void fail_alloc(int n)
{
    alloc_countdown = n;
    allocs_failed = 0;
}

static int alloc_should_fail(void)
{
    if (alloc_countdown > 0 && --alloc_countdown == 0) {
        allocs_failed++;
        errno = ENOMEM;
        return 1;
    }
    return 0;
}

void *__real_malloc(size_t n);
void *__wrap_malloc(size_t n)
{
    return alloc_should_fail() ? NULL : __real_malloc(n);
}

void *__real_calloc(size_t k, size_t n);
void *__wrap_calloc(size_t k, size_t n)
{
    return alloc_should_fail() ? NULL : __real_calloc(k, n);
}

void *__real_realloc(void *p, size_t n);
void *__wrap_realloc(void *p, size_t n)
{
    return alloc_should_fail() ? NULL : __real_realloc(p, n);
}

static void fault_init(void)
{
    alloc_countdown = 0;
    allocs_failed = 0;
    signal(SIGPIPE, SIG_IGN);
    memset(script_len, 0, sizeof script_len);
    memset(script_pos, 0, sizeof script_pos);
    memset(storm, 0, sizeof storm);
    memset(calls, 0, sizeof calls);
    capture_sendmsg = 0;
    fd_check_init();
}

TestSuite(fault, .init = fault_init, .fini = fd_check_fini);

/* ---- tests ------------------------------------------------------------ */

static void check_all_arrived(csock *rx, const unsigned char *src, size_t n)
{
    csock_error e;
    unsigned char *got = malloc(n);
    size_t have = 0;
    while (have < n) {
        ssize_t k = csock_recv_into(rx, got + have, n - have, 0, 0, &e);
        cr_assert_gt(k, 0, "%s", e.message);
        have += (size_t)k;
    }
    cr_assert_eq(memcmp(got, src, n), 0);
    free(got);
}

Test(fault, sendall_across_short_writes_and_eintr)
{
    for (int mode = 0; mode < 3; mode += 2) { /* blocking, timeout */
        csock_error e;
        csock *s[2];
        ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
        set_mode(s[0], mode);
        unsigned char src[3000];
        for (size_t i = 0; i < sizeof src; i++)
            src[i] = (unsigned char)(i * 7);
        script_len[F_SEND] = script_pos[F_SEND] = 0;
        calls[F_SEND] = 0;
        inject(F_SEND, -EINTR);
        inject(F_SEND, 7);
        inject(F_SEND, -EINTR);
        inject(F_SEND, 100);
        if (mode == MODE_TIMEOUT)
            inject(F_SEND, -EAGAIN); /* poll, then go on */
        inject(F_SEND, 1);
        inject(F_SEND, 500);
        ASSERT_OK(csock_sendall(s[0], src, sizeof src, 0, &e), e);
        cr_assert_geq(calls[F_SEND], 7);
        check_all_arrived(s[1], src, sizeof src);
        csock_close(s[0], NULL);
        csock_close(s[1], NULL);
    }
}

Test(fault, send_errors_surface_and_leave_socket_usable)
{
    csock_error e;
    csock *s[2];
    char b[4];
    size_t n;
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    inject(F_SEND, -ENOBUFS);
    cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOBUFS));
    cr_assert_eq(e.code, ENOBUFS);
    inject(F_RECV, -ENOMEM);
    cr_assert_null(csock_recv(s[1], 4, 0, &n, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOMEM));
    inject(F_SEND, -ENOBUFS);
    cr_assert_eq(csock_sendall(s[0], "xyz", 3, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOBUFS));
    cr_assert_eq(csock_send(s[0], "ok", 2, 0, &e), 2);
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 2);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(fault, sendall_timeout_is_one_deadline)
{
    /* The peer never reads: sendall must give up at the deadline even
     * though every single send makes progress until the buffer fills. */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    double t = 0.3;
    ASSERT_OK(csock_settimeout(s[0], t, &e), e);
    size_t big = 16u << 20;
    char *buf = calloc(1, big);
    double t0 = now_s();
    cr_assert_eq(csock_sendall(s[0], buf, big, 0, &e), -1);
    double dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(dt, 0.29);
    cr_assert_lt(dt, 3.0);
    free(buf);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(fault, timeout_holds_under_poll_eintr_storm)
{
    csock_error e;
    csock *s[2];
    char b[4];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    double t = 0.2;
    ASSERT_OK(csock_settimeout(s[1], t, &e), e);
    storm[F_POLL] = EINTR;
    double t0 = now_s();
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), -1);
    double dt = now_s() - t0;
    storm[F_POLL] = 0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_gt(calls[F_POLL], 5);
    cr_assert_geq(dt, 0.19);
    cr_assert_lt(dt, 3.0);
    /* and a recv storm (EINTR on every try) in non-blocking mode retries
     * until the script ends */
    ASSERT_OK(csock_setblocking(s[1], 0, &e), e);
    cr_assert_eq(csock_send(s[0], "hi", 2, 0, &e), 2);
    for (int i = 0; i < 20; i++)
        inject(F_RECV, -EINTR);
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 2);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

static csock *listener(csock_addr *a)
{
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    *a = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, a, &e), e);
    ASSERT_OK(csock_listen(l, 8, &e), e);
    ASSERT_OK(csock_getsockname(l, a, &e), e);
    return l;
}

Test(fault, accept_emfile_injected_and_real)
{
    csock_error e;
    csock_addr a;
    csock *l = listener(&a);
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_connect(c, &a, &e), e);
    int before = count_fds();
    inject(F_ACCEPT, -EMFILE);
    cr_assert_null(csock_accept(l, NULL, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EMFILE));
    cr_assert_eq(count_fds(), before);

    /* the real thing: no fd left under the limit.  Not under valgrind,
     * which keeps the kernel's limit for its own fds and emulates the
     * lowered one by closing what accept4 returned: the pending
     * connection would be lost and the accept below wait for ever. */
    if (under_valgrind()) {
        csock_close(c, NULL);
        csock_close(l, NULL);
        return;
    }
    struct rlimit old, rl;
    getrlimit(RLIMIT_NOFILE, &old);
    rl = old;
    int lowest = dup(0); /* the fd number accept would get */
    close(lowest);
    rl.rlim_cur = (rlim_t)lowest;
    setrlimit(RLIMIT_NOFILE, &rl);
    cr_assert_null(csock_accept(l, NULL, &e));
    setrlimit(RLIMIT_NOFILE, &old);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EMFILE));
    cr_assert_eq(count_fds(), before);
    /* the pending connection is still there */
    csock *n = csock_accept(l, NULL, &e);
    ASSERT_PTR(n, e);
    csock_close(n, NULL);
    csock_close(c, NULL);
    csock_close(l, NULL);
}

Test(fault, accept_closes_fd_when_address_fails)
{
    csock_error e;
    csock_addr a, peer;
    csock *l = listener(&a);
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_connect(c, &a, &e), e);
    int before = count_fds();
    inject(F_DECODE, -1);
    cr_assert_null(csock_accept(l, &peer, &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "injected decode failure");
    cr_assert_eq(count_fds(), before, "the accepted fd was closed");
    csock_close(c, NULL);
    csock_close(l, NULL);
}

Test(fault, recvmsg_closes_received_fds_on_error)
{
    csock_error e;
    csock *s[2];
    csock_addr a[2];
    /* AF_UNIX datagrams with names, so recvmsg decodes an address */
    char dir[] = "/tmp/csock-fault-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[2][64];
    for (int i = 0; i < 2; i++) {
        snprintf(path[i], sizeof path[i], "%s/%d", dir, i);
        s[i] = csock_socket(AF_UNIX, SOCK_DGRAM, 0, &e);
        a[i] = csock_addr_unix(path[i]);
        ASSERT_OK(csock_bind(s[i], &a[i], &e), e);
    }
    int before = count_fds();
    int fds[2] = { dup(0), dup(0) };
    csock_iov iov = { "m", 1 };
    csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, fds, sizeof fds };
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cm, 1, 0, &a[1], &e), 1);
    close(fds[0]);
    close(fds[1]);
    csock_msg m;
    inject(F_DECODE, -1);
    cr_assert_eq(csock_recvmsg(s[1], 8, 64, 0, &m, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "injected decode failure");
    cr_assert_eq(count_fds(), before, "received fds were closed");
    for (int i = 0; i < 2; i++) {
        csock_close(s[i], NULL);
        unlink(path[i]);
    }
    rmdir(dir);
}

Test(fault, connect_eintr_waits_for_completion)
{
    csock_error e;
    csock_addr a;
    csock *l = listener(&a);
    for (int mode = 0; mode < 3; mode++) {
        csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        set_mode(c, mode);
        inject(F_CONNECT, -EINTR);
        int r = csock_connect(c, &a, &e);
        if (mode == MODE_NONBLOCKING) {
            /* Python: InterruptedError, the caller waits itself */
            cr_assert_eq(r, -1);
            ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EINTR));
        } else {
            ASSERT_OK(r, e);
            csock_addr peer;
            ASSERT_OK(csock_getpeername(c, &peer, &e), e);
            cr_assert_eq(peer.u.inet.port, a.u.inet.port);
        }
        csock *n = csock_accept(l, NULL, &e);
        ASSERT_PTR(n, e);
        csock_close(n, NULL);
        csock_close(c, NULL);
    }
    csock_close(l, NULL);
}

#ifdef CSOCK_ADDR_HAVE_ALG /* <linux/if_alg.h> (not with musl-gcc alone) */
Test(fault, sendmsg_afalg_encoding)
{
    csock_error e;
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
    /* an AF_ALG-labelled object (the kernel here has no AF_ALG) */
    csock *s = csock_socket_fileno(AF_ALG, SOCK_SEQPACKET, 0, sv[0], &e);
    ASSERT_PTR(s, e);
    capture_sendmsg = 1;
    unsigned char iv[16];
    for (int i = 0; i < 16; i++)
        iv[i] = (unsigned char)i;
    csock_iov iov = { "data", 4 };
    cr_assert_eq(csock_sendmsg_afalg(s, &iov, 1, ALG_OP_ENCRYPT, iv, 16, 8,
                                     MSG_MORE, &e), 4);
    struct msghdr *m = &last_msg;
    cr_assert_eq(m->msg_iovlen, 1);
    cr_assert_eq(m->msg_controllen,
                 CMSG_SPACE(4) + CMSG_SPACE(sizeof(struct af_alg_iv) + 16) +
                     CMSG_SPACE(4));
    struct cmsghdr *h = CMSG_FIRSTHDR(m);
    uint32_t u;
    cr_assert_eq(h->cmsg_level, SOL_ALG);
    cr_assert_eq(h->cmsg_type, ALG_SET_OP);
    cr_assert_eq(h->cmsg_len, CMSG_LEN(4));
    memcpy(&u, CMSG_DATA(h), 4);
    cr_assert_eq(u, ALG_OP_ENCRYPT);
    h = CMSG_NXTHDR(m, h);
    cr_assert_eq(h->cmsg_type, ALG_SET_IV);
    cr_assert_eq(h->cmsg_len, CMSG_LEN(sizeof(struct af_alg_iv) + 16));
    struct af_alg_iv head;
    memcpy(&head, CMSG_DATA(h), sizeof head);
    cr_assert_eq(head.ivlen, 16);
    cr_assert_eq(memcmp(CMSG_DATA(h) + sizeof head, iv, 16), 0);
    h = CMSG_NXTHDR(m, h);
    cr_assert_eq(h->cmsg_type, ALG_SET_AEAD_ASSOCLEN);
    memcpy(&u, CMSG_DATA(h), 4);
    cr_assert_eq(u, 8);
    cr_assert_null(CMSG_NXTHDR(m, h));

    /* op only: one item */
    cr_assert_eq(csock_sendmsg_afalg(s, &iov, 1, ALG_OP_DECRYPT, NULL, 0, -1,
                                     0, &e), 4);
    cr_assert_eq(last_msg.msg_controllen, CMSG_SPACE(4));
    h = CMSG_FIRSTHDR(&last_msg);
    memcpy(&u, CMSG_DATA(h), 4);
    cr_assert_eq(u, ALG_OP_DECRYPT);
    csock_close(s, NULL);
    close(sv[1]);
}
#endif /* CSOCK_ADDR_HAVE_ALG */

/* ---- ENOMEM: allocation failures ------------------------------------ */

#define NOMEM "out of memory"

Test(fault, enomem_in_recv_keeps_the_data_and_the_socket)
{
    csock_error e;
    csock *s[2];
    size_t n;
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    cr_assert_eq(csock_send(s[0], "keep", 4, 0, &e), 4);
    fail_alloc(1);
    cr_assert_null(csock_recv(s[1], 16, 0, &n, &e));
    cr_assert_eq(allocs_failed, 1, "the allocation was the one that failed");
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_str_eq(csock_error_kind_name(e.kind), "MemoryError");
    /* nothing was consumed: the data is still there */
    void *b = csock_recv(s[1], 16, 0, &n, &e);
    ASSERT_PTR(b, e);
    cr_assert_eq(n, 4);
    cr_assert_eq(memcmp(b, "keep", 4), 0);
    csock_buffer_free(b);
    /* recvfrom likewise */
    cr_assert_eq(csock_send(s[0], "more", 4, 0, &e), 4);
    fail_alloc(1);
    csock_addr a;
    cr_assert_null(csock_recvfrom(s[1], 16, 0, &n, &a, &e));
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    char c[8];
    cr_assert_eq(csock_recv_into(s[1], c, sizeof c, 0, 0, &e), 4);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(fault, enomem_creating_objects_leaks_no_fd)
{
    csock_error e;
    int before = count_fds();
    /* socket(): the object allocation fails after the fd exists */
    fail_alloc(1);
    cr_assert_null(csock_socket(AF_INET, SOCK_STREAM, 0, &e));
    cr_assert_eq(allocs_failed, 1);
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_eq(count_fds(), before, "socket(): fd closed");
    /* socketpair(): first and second object */
    for (int k = 1; k <= 2; k++) {
        csock *p[2] = { NULL, NULL };
        fail_alloc(k);
        cr_assert_eq(csock_socketpair(0, SOCK_STREAM, 0, p, &e), -1);
        cr_assert_eq(allocs_failed, 1);
        ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
        cr_assert_eq(count_fds(), before, "socketpair(): both fds closed (%d)", k);
    }
    /* fromfd(): the duplicate is closed, the original kept */
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    fail_alloc(1);
    cr_assert_null(csock_fromfd(fd, -1, -1, -1, &e));
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_eq(count_fds(), before + 1);
    /* socket(fileno=): the caller keeps its fd */
    fail_alloc(1);
    cr_assert_null(csock_socket_fileno(-1, -1, -1, fd, &e));
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_neq(fcntl(fd, F_GETFD), -1);
    csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
    ASSERT_PTR(s, e);
    /* dup(): the new fd is closed */
    fail_alloc(1);
    cr_assert_null(csock_dup(s, &e));
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_eq(count_fds(), before + 1);
    csock_close(s, NULL);
    cr_assert_eq(count_fds(), before);
}

Test(fault, enomem_in_accept_closes_the_connection_fd)
{
    csock_error e;
    csock_addr a;
    csock *l = listener(&a);
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_connect(c, &a, &e), e);
    int before = count_fds();
    fail_alloc(1);
    cr_assert_null(csock_accept(l, NULL, &e));
    cr_assert_eq(allocs_failed, 1);
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    cr_assert_eq(count_fds(), before, "the accepted fd was closed");
    /* the client sees the connection go away */
    char b[4];
    double t = 2.0;
    ASSERT_OK(csock_settimeout(c, t, &e), e);
    ssize_t r = csock_recv_into(c, b, sizeof b, 0, 0, &e);
    cr_assert(r == 0 || (r < 0 && e.code == ECONNRESET), "%zd %s", r, e.message);
    csock_close(c, NULL);
    csock_close(l, NULL);
}

Test(fault, enomem_in_recvmsg_closes_received_fds)
{
    /* recvmsg allocates the data buffer, the control buffer, then the
     * ancillary items after the fds have arrived: failing that last one
     * must close the fds. */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    int before = count_fds();
    for (int k = 1; k <= 3; k++) {
        int fds[2] = { dup(0), dup(0) };
        csock_iov iov = { "m", 1 };
        csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, fds, sizeof fds };
        cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cm, 1, 0, NULL, &e), 1);
        close(fds[0]);
        close(fds[1]);
        csock_msg m;
        fail_alloc(k);
        int r = csock_recvmsg(s[1], 8, 64, 0, &m, &e);
        cr_assert_eq(allocs_failed, 1);
        cr_assert_eq(r, -1);
        ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
        if (k < 3) {
            /* failed before receiving: the message is still queued */
            ASSERT_OK(csock_recvmsg(s[1], 8, 64, 0, &m, &e), e);
            cr_assert_eq(m.nancdata, 1);
            int got[2];
            memcpy(got, m.ancdata[0].data, sizeof got);
            close(got[0]);
            close(got[1]);
            csock_msg_free(&m);
        }
        cr_assert_eq(count_fds(), before, "no received fd leaked (k=%d)", k);
    }
    /* recvmsg_into with many buffers allocates its iovec array */
    char bufs[10][2];
    csock_iov iov[10];
    for (int i = 0; i < 10; i++)
        iov[i] = (csock_iov){ bufs[i], 2 };
    cr_assert_eq(csock_send(s[0], "abcd", 4, 0, &e), 4);
    csock_msg m;
    fail_alloc(1);
    cr_assert_eq(csock_recvmsg_into(s[1], iov, 10, 0, 0, &m, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    ASSERT_OK(csock_recvmsg_into(s[1], iov, 10, 0, 0, &m, &e), e);
    cr_assert_eq(m.len, 4);
    cr_assert_eq(memcmp(bufs[1], "cd", 2), 0);
    csock_msg_free(&m);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(fault, enomem_in_sendmsg_sends_nothing)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    int fd = dup(0);
    csock_iov iov = { "m", 1 };
    csock_cmsg cm = { SOL_SOCKET, SCM_RIGHTS, &fd, sizeof fd };
    fail_alloc(1);
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, &cm, 1, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    csock_iov many[9];
    for (int i = 0; i < 9; i++)
        many[i] = (csock_iov){ "x", 1 };
    fail_alloc(1);
    cr_assert_eq(csock_sendmsg(s[0], many, 9, NULL, 0, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_NOMEM, NOMEM);
    ASSERT_OK(csock_setblocking(s[1], 0, &e), e);
    char b[4];
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), -1);
    cr_assert_eq(e.code, EAGAIN, "nothing was sent: %s", e.message);
    close(fd);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* ---- ENOBUFS and friends on the other send forms ------------------- */

Test(fault, enobufs_on_sendmsg_and_eintr_retried)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    csock_iov iov = { "dg", 2 };
    inject(F_SENDMSG, -ENOBUFS);
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, NULL, 0, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOBUFS));
    /* EINTR is retried (PEP 475), EAGAIN in timeout mode waits */
    double t = 2.0;
    ASSERT_OK(csock_settimeout(s[0], t, &e), e);
    inject(F_SENDMSG, -EINTR);
    inject(F_SENDMSG, -EAGAIN);
    cr_assert_eq(csock_sendmsg(s[0], &iov, 1, NULL, 0, 0, NULL, &e), 2,
                 "%s", e.message);
    cr_assert_eq(calls[F_SENDMSG], 4);
    char b[4];
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 2);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* ---- timeouts under an EINTR storm, every waiting call -------------- */

Test(fault, timeouts_hold_under_eintr_storm_for_sendall_and_accept)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    double t = 0.2;
    ASSERT_OK(csock_settimeout(s[0], t, &e), e);
    size_t big = 8u << 20;
    char *buf = calloc(1, big);
    storm[F_POLL] = EINTR;
    double t0 = now_s();
    cr_assert_eq(csock_sendall(s[0], buf, big, 0, &e), -1);
    double dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_gt(calls[F_POLL], 5);
    cr_assert_geq(dt, 0.19);
    cr_assert_lt(dt, 3.0);
    free(buf);

    csock_addr a;
    csock *l = listener(&a);
    ASSERT_OK(csock_settimeout(l, t, &e), e);
    calls[F_POLL] = 0;
    t0 = now_s();
    cr_assert_null(csock_accept(l, NULL, &e));
    dt = now_s() - t0;
    storm[F_POLL] = 0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_gt(calls[F_POLL], 5);
    cr_assert_geq(dt, 0.19);
    cr_assert_lt(dt, 3.0);
    csock_close(l, NULL);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(fault, sendall_eintr_first_then_short_writes_in_nonblocking_mode)
{
    /* non-blocking mode: EINTR is retried, short writes go on, and the
     * first EAGAIN is the error (no waiting) */
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    ASSERT_OK(csock_setblocking(s[0], 0, &e), e);
    inject(F_SEND, -EINTR);
    inject(F_SEND, 3);
    inject(F_SEND, -EINTR);
    inject(F_SEND, 2);
    ASSERT_OK(csock_sendall(s[0], "0123456789", 10, 0, &e), e);
    cr_assert_eq(calls[F_SEND], 5);
    check_all_arrived(s[1], (const unsigned char *)"0123456789", 10);
    inject(F_SEND, 4);
    inject(F_SEND, -EAGAIN);
    cr_assert_eq(csock_sendall(s[0], "0123456789", 10, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* ---- sendmsg_afalg: argument checks, and the real thing ------------ */

#ifdef CSOCK_ADDR_HAVE_ALG /* <linux/if_alg.h> (not with musl-gcc alone) */
Test(fault, sendmsg_afalg_argument_errors_in_python_order)
{
    csock_error e;
    csock *p[2];
    csock_iov iov = { "data", 4 };
    unsigned char iv[16] = { 0 };
    /* not AF_ALG: the family is checked first, whatever the rest */
    ASSERT_OK(csock_socketpair(0, SOCK_SEQPACKET, 0, p, &e), e);
    cr_assert_eq(csock_sendmsg_afalg(p[0], &iov, 1, -1, NULL, 0, -1, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "algset is only supported for AF_ALG");
    cr_assert_eq(csock_sendmsg_afalg(p[0], &iov, 1, ALG_OP_ENCRYPT, iv, 16, 8, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "algset is only supported for AF_ALG");
    /* an AF_ALG-labelled object: then op, then assoclen */
    int fd = csock_detach(p[0]);
    csock_free(p[0]);
    csock *s = csock_socket_fileno(AF_ALG, SOCK_SEQPACKET, 0, fd, &e);
    ASSERT_PTR(s, e);
    calls[F_SENDMSG] = 0;
    cr_assert_eq(csock_sendmsg_afalg(s, &iov, 1, -1, iv, 16, LONG_MAX, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TYPE, "Invalid or missing argument 'op'");
#if LONG_MAX > INT_MAX
    /* assoclen is a long: above INT_MAX is CPython's OverflowError */
    cr_assert_eq(csock_sendmsg_afalg(s, &iov, 1, ALG_OP_DECRYPT, iv, 16, (long)INT_MAX + 1, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "Python int too large to convert to C int");
#else
    /* a 32-bit long holds no value above INT_MAX: the overflow cannot
     * be asked for, and INT_MAX itself passes the check (the call then
     * fails in the kernel or succeeds; either way it is not refused as
     * an overflow) */
    csock_sendmsg_afalg(s, &iov, 1, ALG_OP_DECRYPT, iv, 16, INT_MAX, 0, &e);
    cr_assert_neq(e.kind, CSOCK_ERR_OVERFLOW, "%s", e.message);
    calls[F_SENDMSG] = 0;
#endif
    cr_assert_eq(calls[F_SENDMSG], 0, "nothing reached the kernel");
    /* an empty iv is an item of its own (ivlen 0), as CPython */
    capture_sendmsg = 1;
    cr_assert_eq(csock_sendmsg_afalg(s, &iov, 1, ALG_OP_ENCRYPT, iv, 0, -1, 0, &e), 4);
    capture_sendmsg = 0;
    cr_assert_eq(last_msg.msg_controllen,
                 CMSG_SPACE(4) + CMSG_SPACE(sizeof(struct af_alg_iv)));
    char b[8];
    cr_assert_eq(csock_recv_into(p[1], b, sizeof b, 0, 0, &e), 4);
    csock_close(s, NULL);
    csock_close(p[1], NULL);
}

Test(fault, sendmsg_afalg_encrypts_where_the_kernel_has_af_alg)
{
    csock_error e;
    csock *alg = csock_socket(AF_ALG, SOCK_SEQPACKET, 0, &e);
    if (!alg)
        cr_skip("AF_ALG is not available in this kernel (%s): only the "
                "message encoding and argument checks are tested here",
                e.message);
    csock_addr a = csock_addr_alg("skcipher", "cbc(aes)", 0, 0);
    if (csock_bind(alg, &a, &e) < 0) {
        csock_close(alg, NULL);
        cr_skip("AF_ALG has no cbc(aes) here (%s)", e.message);
    }
    /* AES-128-CBC, NIST SP 800-38A F.2.1, first block */
    static const unsigned char key[16] = {
        0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
        0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c };
    static const unsigned char iv[16] = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
    static const unsigned char pt[16] = {
        0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
        0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a };
    static const unsigned char ct[16] = {
        0x76, 0x49, 0xab, 0xac, 0x81, 0x19, 0xb2, 0x46,
        0xce, 0xe9, 0x8e, 0x9b, 0x12, 0xe9, 0x19, 0x7d };
    ASSERT_OK(csock_setsockopt_buf(alg, SOL_ALG, ALG_SET_KEY, key, sizeof key, &e), e);
    csock *op = csock_accept(alg, NULL, &e);
    ASSERT_PTR(op, e);
    csock_iov iov = { (void *)pt, sizeof pt };
    cr_assert_eq(csock_sendmsg_afalg(op, &iov, 1, ALG_OP_ENCRYPT, iv, sizeof iv,
                                     -1, 0, &e), 16, "%s", e.message);
    unsigned char out[16];
    cr_assert_eq(csock_recv_into(op, out, sizeof out, 0, 0, &e), 16);
    cr_assert_eq(memcmp(out, ct, 16), 0);
    csock_close(op, NULL);
    csock_close(alg, NULL);
}
#endif /* CSOCK_ADDR_HAVE_ALG */

Test(fault, connect_in_timeout_mode_waits_writable_then_reads_so_error)
{
    /* The kernel's answer is made asynchronous (EINPROGRESS) and the
     * outcome planted in SO_ERROR: the error reported must be SO_ERROR's,
     * after a wait for POLLOUT. */
    csock_error e;
    csock_addr a;
    csock *l = listener(&a);
    double t = 2.0;
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_settimeout(c, t, &e), e);
    inject(F_CONNECT, -EINPROGRESS);
    inject(F_SOERROR, -ECONNREFUSED);
    last_poll_events = 0;
    cr_assert_eq(csock_connect(c, &a, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ECONNREFUSED));
    cr_assert(last_poll_events & POLLOUT, "waited for writability");
    cr_assert_eq(calls[F_SOERROR], 1, "read SO_ERROR once");
    csock_close(c, NULL);
    /* connect_ex returns SO_ERROR's value */
    c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_settimeout(c, t, &e), e);
    inject(F_CONNECT, -EINPROGRESS);
    inject(F_SOERROR, -ENETUNREACH);
    cr_assert_eq(csock_connect_ex(c, &a, &e), ENETUNREACH);
    csock_close(c, NULL);
    /* SO_ERROR 0: connected */
    c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_settimeout(c, t, &e), e);
    inject(F_CONNECT, -EINPROGRESS);
    calls[F_SOERROR] = 0;
    ASSERT_OK(csock_connect(c, &a, &e), e);
    cr_assert_eq(calls[F_SOERROR], 1);
    csock *n = csock_accept(l, NULL, &e);
    ASSERT_PTR(n, e);
    csock_close(n, NULL);
    csock_close(c, NULL);
    /* blocking and non-blocking modes never poll for connect */
    for (int mode = 0; mode < 2; mode++) {
        c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        set_mode(c, mode);
        inject(F_CONNECT, -EINPROGRESS);
        calls[F_POLL] = 0;
        cr_assert_eq(csock_connect(c, &a, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EINPROGRESS));
        cr_assert_eq(calls[F_POLL], 0);
        n = csock_accept(l, NULL, &e);
        ASSERT_PTR(n, e);
        csock_close(n, NULL);
        csock_close(c, NULL);
    }
    csock_close(l, NULL);
}

Test(fault, sendall_waits_first_after_a_short_send_in_timeout_mode)
{
    /* The sending side of APR's rule: a short send means a full buffer,
     * so sendall polls before the next try (poll + send, not send +
     * EAGAIN + poll + send); blocking mode just goes on. */
    for (int mode = 0; mode < 3; mode += 2) {
        csock_error e;
        csock *s[2];
        ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
        set_mode(s[0], mode);
        calls[F_SEND] = calls[F_POLL] = 0;
        inject(F_SEND, 4);
        ASSERT_OK(csock_sendall(s[0], "0123456789", 10, 0, &e), e);
        cr_assert_eq(calls[F_SEND], 2, "mode %d", mode);
        cr_assert_eq(calls[F_POLL], mode == MODE_TIMEOUT ? 1 : 0, "mode %d", mode);
        check_all_arrived(s[1], (const unsigned char *)"0123456789", 10);
        /* a complete first send: one syscall, no poll */
        calls[F_SEND] = calls[F_POLL] = 0;
        ASSERT_OK(csock_sendall(s[0], "abc", 3, 0, &e), e);
        cr_assert_eq(calls[F_SEND], 1);
        cr_assert_eq(calls[F_POLL], 0);
        check_all_arrived(s[1], (const unsigned char *)"abc", 3);
        csock_close(s[0], NULL);
        csock_close(s[1], NULL);
    }
}

Test(fault, fileno_family_from_so_domain_when_getsockname_cannot_say)
{
    /* CPython: getsockname() gives the family; when it fails with
     * anything but EBADF/ENOTSOCK, SO_DOMAIN does */
    csock_error e;
    int fd = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    cr_assert_geq(fd, 0);
    inject(F_GETSOCKNAME, -EOPNOTSUPP);
    csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
    ASSERT_PTR(s, e);
    cr_assert_eq(calls[F_GETSOCKNAME], 1);
    cr_assert_eq(csock_family(s), AF_INET6);
    cr_assert_eq(csock_type(s), SOCK_DGRAM);
    cr_assert_eq(csock_proto(s), IPPROTO_UDP);
    /* EBADF / ENOTSOCK from getsockname are the answer, and the caller
     * keeps its fd */
    int other = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    inject(F_GETSOCKNAME, -ENOTSOCK);
    cr_assert_null(csock_socket_fileno(-1, -1, -1, other, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOTSOCK));
    cr_assert_neq(fcntl(other, F_GETFD), -1);
    close(other);
    csock_close(s, NULL);
}
