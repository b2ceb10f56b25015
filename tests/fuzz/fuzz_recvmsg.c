/* recvmsg / recvmsg_into / recv_fds with real ancillary data on an
 * AF_UNIX socketpair.  The input decides the socket type, SO_PASSCRED,
 * the messages (data length, how many fds go with SCM_RIGHTS and which,
 * in one item or two, an explicit SCM_CREDENTIALS, through sendmsg or
 * send_fds) and the receives (which call, buffer and ancillary buffer
 * sizes, maxfds, flags).  Afterwards no fd is leaked (/proc/self/fd is
 * what it was), and every fd handed back was open, close-on-exec, and
 * refers to what was sent, in the order sent; the data is what was sent;
 * credentials are ours.
 *
 * Input: [type][passcred][nmsgs]{[api][len][nfds][bits][fd picks...]}
 *        [nrecv]{[api][bufsize:2][anc:2][flags]}. */
#include "fuzz.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define NPOOL 8
#define MAX_MSGS 6
#define MAX_FDS 24
#define MAX_DATA 1024

/* The fds that get sent: memfds, each its own inode. */
static int pool[NPOOL];
static ino_t pool_ino[NPOOL];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    for (int i = 0; i < NPOOL; i++) {
        char name[32];
        snprintf(name, sizeof name, "csock-fuzz-%d", i);
        pool[i] = memfd_create(name, MFD_CLOEXEC);
        FZ_CHECK(pool[i] >= 0, "memfd_create: %s", strerror(errno));
        struct stat st;
        FZ_CHECK(fstat(pool[i], &st) == 0, "fstat");
        pool_ino[i] = st.st_ino;
    }
    return 0;
}

struct sent {
    size_t len;             /* bytes the kernel took */
    int fds[MAX_FDS];       /* pool indexes, in order */
    size_t nfds;            /* delivered with the message (stream: only
                               with at least one byte) */
};

static struct state {
    int type;
    int passcred;
    struct sent msgs[MAX_MSGS];
    size_t nmsgs;
    uint8_t stream[MAX_MSGS * MAX_DATA]; /* every byte sent, in order */
    size_t stream_len;
    size_t rpos;            /* stream: bytes consumed */
    size_t ridx;            /* datagrams: messages consumed */
    int fdseq[MAX_MSGS * MAX_FDS]; /* every fd delivered, in order */
    size_t nfdseq, fdpos;
} st;

static uint8_t pattern(size_t k)
{
    return (uint8_t)((k * 131 + 7) % 251);
}

/* One pool index for the inode of a received fd. */
static int which(int fd)
{
    struct stat s;
    FZ_CHECK(fstat(fd, &s) == 0, "received fd %d is not open", fd);
    for (int i = 0; i < NPOOL; i++)
        if (s.st_ino == pool_ino[i])
            return i;
    FZ_CHECK(0, "received fd %d is none of the fds sent", fd);
    return -1;
}

/* A received fd: open, close-on-exec, one of ours; if consumed (not a
 * peek) the next one of the sent order (skipping any the kernel
 * dropped).  Then closed: the harness owns it. */
static void check_fd(int fd, int peek)
{
    int fl = fcntl(fd, F_GETFD);
    FZ_CHECK(fl >= 0 && (fl & FD_CLOEXEC), "fd %d: flags %d", fd, fl);
    int w = which(fd);
    if (!peek) {
        while (st.fdpos < st.nfdseq && st.fdseq[st.fdpos] != w)
            st.fdpos++;
        FZ_CHECK(st.fdpos < st.nfdseq, "fd of pool %d out of the sent order",
                 w);
        st.fdpos++;
    }
    FZ_CHECK(close(fd) == 0, "close %d", fd);
}

/* Check the items of a received message; returns the number of fds. */
static size_t check_items(const csock_msg *m, int peek, int fds_owned,
                          int *saw_creds)
{
    size_t nfds = 0;
    *saw_creds = 0;
    for (size_t i = 0; i < m->nancdata; i++) {
        const csock_cmsg *c = &m->ancdata[i];
        FZ_CHECK(c->level == SOL_SOCKET, "item level %d", c->level);
        if (c->type == SCM_RIGHTS) {
            FZ_CHECK(c->len % sizeof(int) == 0, "SCM_RIGHTS of %zu bytes",
                     c->len);
            for (size_t j = 0; j < c->len / sizeof(int); j++) {
                int fd;
                memcpy(&fd, (const char *)c->data + j * sizeof fd, sizeof fd);
                if (fds_owned)
                    check_fd(fd, peek);
                nfds++;
            }
        } else if (c->type == SCM_CREDENTIALS) {
            struct ucred want = { getpid(), getuid(), getgid() };
            FZ_CHECK(c->len == sizeof want ||
                         (c->len < sizeof want && (m->flags & MSG_CTRUNC)),
                     "SCM_CREDENTIALS of %zu bytes", c->len);
            FZ_CHECK(memcmp(c->data, &want, c->len) == 0,
                     "credentials are not ours");
            *saw_creds = 1;
        } else {
            FZ_CHECK(0, "item type %d", c->type);
        }
    }
    return nfds;
}

/* Check the data of a successful receive that said n bytes into cap bytes
 * of buffer (data: where they are).  real_len: the call returns the
 * kernel's count, which with MSG_TRUNC as a flag is a datagram's real
 * length (recvmsg_into, as Python's nbytes); the others say how many
 * bytes they hold (Python's len(data)). */
static void check_data(const uint8_t *data, size_t n, size_t cap, int flags,
                       int real_len, int out_flags, size_t nfds,
                       int saw_creds)
{
    int peek = flags & MSG_PEEK;
    size_t k = n < cap ? n : cap;
    if (!real_len)
        flags &= ~MSG_TRUNC;
    if (st.type == SOCK_STREAM) {
        FZ_CHECK(n <= cap || (flags & MSG_TRUNC), "stream: %zu bytes into %zu",
                 n, cap);
        FZ_CHECK(st.rpos + n <= st.stream_len, "stream: more bytes than sent");
        FZ_CHECK(memcmp(data, st.stream + st.rpos, k) == 0,
                 "stream: other bytes at %zu", st.rpos);
        if (!peek)
            st.rpos += n;
        return;
    }
    FZ_CHECK(st.ridx < st.nmsgs, "a message nobody sent");
    const struct sent *s = &st.msgs[st.ridx];
    size_t exp = flags & MSG_TRUNC ? s->len : (s->len < cap ? s->len : cap);
    FZ_CHECK(n == exp, "datagram of %zu into %zu: got %zu", s->len, cap, n);
    FZ_CHECK(!!(out_flags & MSG_TRUNC) == (s->len > cap),
             "MSG_TRUNC is %d for %zu into %zu", out_flags & MSG_TRUNC,
             s->len, cap);
    size_t start = 0;
    for (size_t i = 0; i < st.ridx; i++)
        start += st.msgs[i].len;
    FZ_CHECK(memcmp(data, st.stream + start, k) == 0, "datagram: other bytes");
    if (!(out_flags & MSG_CTRUNC)) {
        FZ_CHECK(nfds == s->nfds, "datagram: %zu fds of %zu, no MSG_CTRUNC",
                 nfds, s->nfds);
        FZ_CHECK(saw_creds == st.passcred, "credentials %d, SO_PASSCRED %d",
                 saw_creds, st.passcred);
    }
    if (!peek)
        st.ridx++;
}

static void do_send(csock *tx, fz_in *in, size_t msg_index)
{
    uint8_t api = fz_u8(in);
    size_t len = (size_t)fz_u8(in) * 4 % (MAX_DATA + 1);
    uint8_t nf = fz_u8(in);
    size_t nfds = nf >= 250 ? 254 /* > SCM_MAX_FD: EINVAL */ : nf % (MAX_FDS + 1);
    uint8_t bits = fz_u8(in);
    int picks[254];
    for (size_t i = 0; i < nfds; i++)
        picks[i] = nfds <= MAX_FDS ? fz_u8(in) % NPOOL : (int)(i % NPOOL);
    int fds[254];
    for (size_t i = 0; i < nfds; i++)
        fds[i] = pool[picks[i]];

    uint8_t data[MAX_DATA];
    for (size_t i = 0; i < len; i++)
        data[i] = pattern(st.stream_len + i);
    csock_iov iov[2] = { { data, len / 2 }, { data + len / 2, len - len / 2 } };
    csock_error e;
    memset(&e, 0, sizeof e);
    ssize_t n;
    if (api & 1) {
        n = csock_send_fds(tx, iov, 2, fds, nfds, 0, NULL, &e);
    } else {
        struct ucred cred = { getpid(), getuid(), getgid() };
        csock_cmsg items[3];
        size_t k = 0;
        int creds = bits & 1, split = bits >> 1 & 1, creds_first = bits >> 2 & 1;
        if (creds && creds_first)
            items[k++] = (csock_cmsg){ SOL_SOCKET, SCM_CREDENTIALS, &cred, sizeof cred };
        if (nfds) {
            size_t h = split ? nfds / 2 : nfds;
            items[k++] = (csock_cmsg){ SOL_SOCKET, SCM_RIGHTS, fds, h * sizeof(int) };
            if (split)
                items[k++] = (csock_cmsg){ SOL_SOCKET, SCM_RIGHTS, fds + h,
                                           (nfds - h) * sizeof(int) };
        }
        if (creds && !creds_first)
            items[k++] = (csock_cmsg){ SOL_SOCKET, SCM_CREDENTIALS, &cred, sizeof cred };
        n = csock_sendmsg(tx, iov, 2, items, k, 0, NULL, &e);
    }
    if (n < 0) {
        fz_check_error(&e, "send");
        return;
    }
    FZ_CHECK((size_t)n <= len, "sent %zd of %zu", n, len);
    FZ_CHECK(nfds <= 253, "%zu fds accepted", nfds);
    (void)msg_index;
    struct sent *s = &st.msgs[st.nmsgs++];
    s->len = (size_t)n;
    s->nfds = st.type == SOCK_STREAM && n == 0 ? 0 : nfds;
    for (size_t i = 0; i < s->nfds; i++) {
        s->fds[i] = picks[i];
        st.fdseq[st.nfdseq++] = picks[i];
    }
    memcpy(st.stream + st.stream_len, data, (size_t)n);
    st.stream_len += (size_t)n;
}

static void do_recv(csock *rx, fz_in *in)
{
    uint8_t api = fz_u8(in);
    ssize_t bufsize = (ssize_t)(fz_u8(in) | fz_u8(in) << 8) % (MAX_DATA + 64);
    ssize_t anc = (ssize_t)(fz_u8(in) | fz_u8(in) << 8) % 600;
    uint8_t fb = fz_u8(in);
    static const int flagbits[] = { MSG_PEEK, MSG_TRUNC, MSG_WAITALL,
                                    MSG_DONTWAIT, MSG_CMSG_CLOEXEC, MSG_OOB,
                                    MSG_ERRQUEUE };
    int flags = 0;
    for (int i = 0; i < 7; i++)
        if (fb >> i & 1)
            flags |= flagbits[i];
    if (api & 0x80)
        bufsize = -bufsize - 1; /* Python's ValueError */
    if (api & 0x40)
        anc = -anc - 1;
    int peek = flags & MSG_PEEK;

    csock_msg m;
    memset(&m, 0, sizeof m);
    csock_error e;
    memset(&e, 0, sizeof e);
    int creds = 0;
    switch (api % 5) {
    case 0: {
        int r = csock_recvmsg(rx, bufsize, anc, flags, &m, &e);
        if (r < 0) {
            fz_check_error(&e, "recvmsg");
            return;
        }
        FZ_CHECK(bufsize >= 0 && anc >= 0, "negative size accepted");
        /* Python: the data is at most bufsize bytes (MSG_TRUNC or not). */
        FZ_CHECK(m.len <= (size_t)bufsize, "recvmsg: %zu bytes data of %zd",
                 m.len, bufsize);
        size_t nfds = check_items(&m, peek, 1, &creds);
        check_data(m.data, m.len, (size_t)bufsize, flags, 0, m.flags, nfds,
                   creds);
        break;
    }
    case 1: {
        size_t cap = bufsize < 0 ? 0 : (size_t)bufsize;
        uint8_t *buf = malloc(cap + 1);
        FZ_CHECK(buf != NULL, "malloc");
        csock_iov iov[3] = { { buf, cap / 3 }, { buf + cap / 3, cap / 3 },
                             { buf + 2 * (cap / 3), cap - 2 * (cap / 3) } };
        int r = csock_recvmsg_into(rx, iov, 3, anc, flags, &m, &e);
        if (r < 0) {
            fz_check_error(&e, "recvmsg_into");
            free(buf);
            return;
        }
        FZ_CHECK(anc >= 0, "negative ancbufsize accepted");
        FZ_CHECK(m.data == NULL, "recvmsg_into allocated data");
        size_t nfds = check_items(&m, peek, 1, &creds);
        check_data(buf, m.len, cap, flags, 1, m.flags, nfds, creds);
        free(buf);
        break;
    }
    case 3:
    case 4: {
        /* recv / recvfrom: no ancillary data (the kernel drops any fds). */
        size_t len = 99;
        csock_addr from;
        void *buf = api % 5 == 3
                        ? csock_recv(rx, bufsize, flags, &len, &e)
                        : csock_recvfrom(rx, bufsize, flags, &len, &from, &e);
        if (!buf) {
            fz_check_error(&e, "recv");
            return;
        }
        FZ_CHECK(bufsize >= 0, "negative bufsize accepted");
        /* The buffer holds bufsize bytes: len may not say more. */
        FZ_CHECK(len <= (size_t)bufsize, "recv: %zu bytes data of %zd", len,
                 bufsize);
        if (api % 5 == 3 && bufsize == 0) {
            /* Python's recv(0): b'' without a syscall, nothing consumed. */
            FZ_CHECK(len == 0, "recv(0) gave %zu bytes", len);
        } else if (st.type == SOCK_STREAM) {
            check_data(buf, len, (size_t)bufsize, flags, 0, 0, 0, 0);
        } else if (st.ridx < st.nmsgs) {
            /* Which fds went with the message is not seen here: skip
             * them in the order check. */
            const struct sent *s = &st.msgs[st.ridx];
            int out_flags = s->len > (size_t)bufsize ? MSG_TRUNC : 0;
            check_data(buf, len, (size_t)bufsize, flags, 0,
                       out_flags | MSG_CTRUNC, 0, 0);
        } else {
            FZ_CHECK(0, "a datagram nobody sent");
        }
        csock_buffer_free(buf);
        break;
    }
    default: {
        size_t maxfds = (size_t)(anc < 0 ? 0 : anc) % 40;
        int fds[40];
        size_t nfds = 99;
        int r = csock_recv_fds(rx, bufsize, maxfds, flags, &m, fds, &nfds, &e);
        if (r < 0) {
            fz_check_error(&e, "recv_fds");
            return;
        }
        FZ_CHECK(bufsize >= 0, "negative bufsize accepted");
        FZ_CHECK(nfds <= maxfds, "%zu fds for maxfds %zu", nfds, maxfds);
        FZ_CHECK(m.len <= (size_t)bufsize, "recv_fds: %zu bytes data of %zd",
                 m.len, bufsize);
        size_t items_fds = check_items(&m, peek, 0, &creds);
        FZ_CHECK(nfds <= items_fds, "more fds than the items hold");
        for (size_t i = 0; i < nfds; i++)
            check_fd(fds[i], peek);
        /* The fds beyond maxfds were closed by recv_fds; the order check
         * must skip them. */
        check_data(m.data, m.len, (size_t)bufsize, flags, 0, m.flags,
                   items_fds, creds);
        break;
    }
    }
    csock_msg_free(&m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int types[] = { SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET };
    fz_in in = { data, size };
    memset(&st, 0, sizeof st);
    st.type = types[fz_u8(&in) % 3];
    st.passcred = fz_u8(&in) & 1;
    size_t nmsgs = fz_u8(&in) % (MAX_MSGS + 1);

    fz_fds before, after;
    fz_fds_snapshot(&before);
    csock *p[2];
    csock_error e;
    FZ_CHECK(csock_socketpair(AF_UNIX, st.type, 0, p, &e) == 0, "%s",
             e.message);
    for (int i = 0; i < 2; i++)
        FZ_CHECK(csock_setblocking(p[i], 0, &e) == 0, "%s", e.message);
    if (st.passcred)
        FZ_CHECK(csock_setsockopt_int(p[1], SOL_SOCKET, SO_PASSCRED, 1, &e) == 0,
                 "%s", e.message);

    for (size_t i = 0; i < nmsgs; i++)
        do_send(p[0], &in, i);
    size_t nrecv = fz_u8(&in) % 16;
    for (size_t i = 0; i < nrecv; i++)
        do_recv(p[1], &in);

    FZ_CHECK(csock_close(p[0], &e) == 0, "%s", e.message);
    FZ_CHECK(csock_close(p[1], &e) == 0, "%s", e.message);
    fz_fds_snapshot(&after);
    fz_fds_same(&before, &after);
    return 0;
}
