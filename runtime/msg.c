/* recvmsg / sendmsg with ancillary data, sendmsg_afalg, CMSG_LEN/SPACE. */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include <sys/ioctl.h>
#ifdef CSOCK_ADDR_HAVE_ALG
#include <linux/if_alg.h>
#endif

/* socklen_t values above this are refused (CPython's SOCKLEN_T_LIMIT). */
#define SOCKLEN_LIMIT ((size_t)INT_MAX)

ssize_t csock_cmsg_len(ssize_t length, csock_error *err)
{
    if (length < 0 || (size_t)length > SOCKLEN_LIMIT - CMSG_LEN(0))
        return csock__err_cmsg_out_of_range(err, "CMSG_LEN");
    return (ssize_t)CMSG_LEN((size_t)length);
}

static int cmsg_space(size_t length, size_t *out)
{
    if (length > SOCKLEN_LIMIT - CMSG_SPACE(1))
        return 0;
    size_t r = CMSG_SPACE(length);
    if (r > SOCKLEN_LIMIT || r < length)
        return 0;
    *out = r;
    return 1;
}

ssize_t csock_cmsg_space(ssize_t length, csock_error *err)
{
    size_t r;
    if (length < 0 || !cmsg_space((size_t)length, &r))
        return csock__err_cmsg_out_of_range(err, "CMSG_SPACE");
    return (ssize_t)r;
}

/* The names before 0.2.0 (deprecated, kept one release). */
ssize_t csock_CMSG_LEN(ssize_t length, csock_error *err)
{
    return csock_cmsg_len(length, err);
}

ssize_t csock_CMSG_SPACE(ssize_t length, csock_error *err)
{
    return csock_cmsg_space(length, err);
}

void csock_msg_free(csock_msg *m)
{
    if (!m)
        return;
    free(m->data);
    free(m->ancdata);
    m->data = NULL;
    m->ancdata = NULL;
    m->nancdata = 0;
    m->len = 0;
}

/* ------------------------------------------------------------------ */
/* recvmsg                                                             */
/* ------------------------------------------------------------------ */

/* Length of the data of the cmsg at h, clipped to what the control buffer
 * holds.  Returns -1 if not even the header fits, 1 if clipped, 0 ok. */
static int cmsg_data_len(const struct msghdr *msg, const struct cmsghdr *h,
                         size_t *len)
{
    size_t off = (size_t)((const char *)h - (const char *)msg->msg_control);
    size_t space = msg->msg_controllen > off ? msg->msg_controllen - off : 0;
    size_t data_off = (size_t)((const char *)CMSG_DATA(h) - (const char *)h);
    if (space < data_off || h->cmsg_len < data_off)
        return -1;
    size_t l = h->cmsg_len - data_off;
    if (h->cmsg_len > space) {
        *len = space - data_off;
        return 1;
    }
    *len = l;
    return 0;
}

#define FOREACH_CMSG(msg, h) \
    for (h = (msg)->msg_controllen >= sizeof(struct cmsghdr) \
                 ? CMSG_FIRSTHDR(msg) : NULL; \
         h != NULL; h = CMSG_NXTHDR(msg, h))

/* Each fd that arrived with SCM_RIGHTS, handed to fn. */
static void each_received_fd(struct msghdr *msg, void (*fn)(int fd))
{
    struct cmsghdr *h;
    FOREACH_CMSG(msg, h) {
        size_t len;
        int st = cmsg_data_len(msg, h, &len);
        if (st < 0)
            break;
        if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS) {
            int fd;
            for (size_t i = 0; i + sizeof fd <= len; i += sizeof fd) {
                memcpy(&fd, CMSG_DATA(h) + i, sizeof fd);
                fn(fd);
            }
        }
        if (st != 0)
            break;
    }
}

static void close_fd(int fd)
{
    csock__sys_close(fd);
}

/* Close every fd that arrived with SCM_RIGHTS (an error after receipt). */
static void close_received_fds(struct msghdr *msg)
{
    each_received_fd(msg, close_fd);
}

#if !CSOCK_HAVE_MSG_CMSG_CLOEXEC
static void cloexec_fd(int fd)
{
    csock__sys_ioctl_void(fd, FIOCLEX);
}

/* Without MSG_CMSG_CLOEXEC: received fds become close-on-exec right after
 * recvmsg (a fork in another thread in between may still inherit them). */
static void cloexec_received_fds(struct msghdr *msg)
{
    each_received_fd(msg, cloexec_fd);
}
#endif

struct msg_args {
    struct msghdr *msg;
    int flags;
    socklen_t namelen, controllen;
};

static ssize_t op_recvmsg(csock *s, void *arg, int flags)
{
    struct msg_args *a = arg;
    a->msg->msg_namelen = a->namelen;
    a->msg->msg_controllen = a->controllen;
    return csock__sys_recvmsg(csock__fd(s), a->msg, a->flags | flags);
}

static int recvmsg_guts(csock *s, struct iovec *iov, size_t niov,
                        size_t want, ssize_t ancbufsize, int flags,
                        csock_msg *out, csock_error *err)
{
    if (ancbufsize < 0 || (size_t)ancbufsize > SOCKLEN_LIMIT)
        return csock__err_invalid_ancbufsize(err);
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    void *control = NULL;
    if (ancbufsize > 0) {
        control = calloc(1, (size_t)ancbufsize);
        if (!control)
            return csock__err_nomem(err);
    }
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_name = &ss;
    msg.msg_iov = iov;
    msg.msg_iovlen = niov;
    msg.msg_control = control;
    struct msg_args a = { &msg, flags | CSOCK__MSG_CMSG_CLOEXEC, sizeof ss,
                          (socklen_t)ancbufsize };
    ssize_t n = -1;
    int proto = s->proto; /* read before the hold goes */
    if (csock__enter(s) < 0) {
        csock__set_os_error(err, EBADF);
    } else {
        n = csock__recv_call(s, op_recvmsg, &a, want, flags, err);
        csock__leave(s);
    }
    if (n < 0) {
        free(control);
        return -1;
    }
#if !CSOCK_HAVE_MSG_CMSG_CLOEXEC
    cloexec_received_fds(&msg);
#endif

    /* Count items and data. */
    size_t count = 0, total = 0;
    struct cmsghdr *h;
    FOREACH_CMSG(&msg, h) {
        size_t len;
        int st = cmsg_data_len(&msg, h, &len);
        if (st < 0)
            break;
        count++;
        total += len;
        if (st != 0)
            break;
    }
    csock_cmsg *items = NULL;
    if (count) {
        /* One block: the item array, then the data it points to. */
        items = malloc(count * sizeof *items + total);
        if (!items) {
            close_received_fds(&msg);
            free(control);
            return csock__err_nomem(err);
        }
        char *data = (char *)(items + count);
        size_t i = 0;
        FOREACH_CMSG(&msg, h) {
            size_t len;
            int st = cmsg_data_len(&msg, h, &len);
            if (st < 0 || i == count)
                break;
            items[i].level = h->cmsg_level;
            items[i].type = h->cmsg_type;
            items[i].data = data;
            items[i].len = len;
            memcpy(data, CMSG_DATA(h), len);
            data += len;
            i++;
            if (st != 0)
                break;
        }
    }
    memset(&out->addr, 0, sizeof out->addr);
    if (csock__addr_out(proto, (struct sockaddr *)&ss, msg.msg_namelen,
                        &out->addr, err) < 0) {
        close_received_fds(&msg);
        free(items);
        free(control);
        return -1;
    }
    free(control);
    out->data = NULL;
    out->len = (size_t)n;
    out->ancdata = items;
    out->nancdata = count;
    /* We add MSG_CMSG_CLOEXEC ourselves (received fds are not inherited,
     * PEP 446) and MSG_DONTWAIT per attempt; some kernels (gVisor) echo
     * them in msg_flags: hide them. */
    out->flags = msg.msg_flags & ~((CSOCK__MSG_CMSG_CLOEXEC | CSOCK__DONTWAIT) &
                                   ~flags);
    return 0;
}

int csock_recvmsg(csock *s, ssize_t bufsize, ssize_t ancbufsize, int flags,
                  csock_msg *out, csock_error *err)
{
    if (bufsize < 0)
        return csock__err_recvmsg_negative_bufsize(err);
    if (ancbufsize < 0 || (size_t)ancbufsize > SOCKLEN_LIMIT)
        return csock__err_invalid_ancbufsize(err);
    char *buf = malloc(bufsize ? (size_t)bufsize : 1);
    if (!buf)
        return csock__err_nomem(err);
    struct iovec iov = { buf, (size_t)bufsize };
    if (recvmsg_guts(s, &iov, 1, (size_t)bufsize, ancbufsize, flags, out,
                     err) < 0) {
        free(buf);
        return -1;
    }
    out->data = buf;
    /* With MSG_TRUNC as a flag the kernel returns the real length of a
     * datagram: the data is what the buffer holds (Python's len(data)). */
    if (out->len > (size_t)bufsize)
        out->len = (size_t)bufsize;
    return 0;
}

int csock_recvmsg_into(csock *s, const csock_iov *buffers, size_t nbuffers,
                       ssize_t ancbufsize, int flags, csock_msg *out,
                       csock_error *err)
{
    if (ancbufsize < 0 || (size_t)ancbufsize > SOCKLEN_LIMIT)
        return csock__err_invalid_ancbufsize(err);
    struct iovec small[8], *iov = small;
    if (nbuffers > 8) {
        iov = malloc(nbuffers * sizeof *iov);
        if (!iov)
            return csock__err_nomem(err);
    }
    size_t want = 0;
    for (size_t i = 0; i < nbuffers; i++) {
        iov[i].iov_base = buffers[i].base;
        iov[i].iov_len = buffers[i].len;
        want += buffers[i].len;
    }
    int r = recvmsg_guts(s, iov, nbuffers, want, ancbufsize, flags, out,
                         err);
    if (iov != small)
        free(iov);
    return r;
}

/* ------------------------------------------------------------------ */
/* sendmsg                                                             */
/* ------------------------------------------------------------------ */

static ssize_t op_sendmsg(csock *s, void *arg, int flags)
{
    struct msg_args *a = arg;
    return csock__sys_sendmsg(csock__fd(s), a->msg, a->flags | flags);
}

static ssize_t sendmsg_common(csock *s, const csock_iov *buffers,
                              size_t nbuffers, struct msghdr *msg,
                              int flags, csock_error *err)
{
    struct iovec small[8], *iov = small;
    if (nbuffers > 8) {
        iov = malloc(nbuffers * sizeof *iov);
        if (!iov)
            return csock__err_nomem(err);
    }
    for (size_t i = 0; i < nbuffers; i++) {
        iov[i].iov_base = buffers[i].base;
        iov[i].iov_len = buffers[i].len;
    }
    msg->msg_iov = iov;
    msg->msg_iovlen = nbuffers;
    struct msg_args a = { msg, flags | CSOCK__NOSIGNAL, 0, 0 };
    /* Blocking mode: straight into the hooks (a partial first attempt
     * could not be completed without resending the ancillary data). */
    ssize_t n = -1;
    if (csock__enter(s) < 0) {
        csock__set_os_error(err, EBADF);
    } else {
        n = csock__sock_call(s, csock__timeout(s),
                             CSOCK__WAIT_WRITE | CSOCK__NO_TRY |
                                 csock__user_nowait(flags),
                             op_sendmsg,
                             &a, NULL, err);
        csock__leave(s);
    }
    if (iov != small)
        free(iov);
    return n;
}

static ssize_t sendmsg_checked(csock *s, const csock_iov *buffers,
                               size_t nbuffers, const csock_cmsg *ancdata,
                               size_t nancdata, int flags,
                               const csock_addr *addr, csock_error *err);

ssize_t csock_sendmsg(csock *s, const csock_iov *buffers, size_t nbuffers,
                      const csock_cmsg *ancdata, size_t nancdata, int flags,
                      const csock_addr *addr, csock_error *err)
{
    /* the address check reads s before the send's own enter */
    csock__hold(s);
    ssize_t n = sendmsg_checked(s, buffers, nbuffers, ancdata, nancdata,
                                flags, addr, err);
    csock__leave(s);
    return n;
}

static ssize_t sendmsg_checked(csock *s, const csock_iov *buffers,
                               size_t nbuffers, const csock_cmsg *ancdata,
                               size_t nancdata, int flags,
                               const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    if (addr) {
        if (csock__addr_in(s, addr, "sendmsg", &ss, &sslen, err) < 0)
            return -1;
        msg.msg_name = &ss;
        msg.msg_namelen = sslen;
    }
    size_t total = 0;
    for (size_t i = 0; i < nancdata; i++) {
        size_t space;
        if (!cmsg_space(ancdata[i].len, &space))
            return csock__err_ancdata_item_too_large(err);
        total += space;
        if (total > SOCKLEN_LIMIT || total < space)
            return csock__err_too_much_ancdata(err);
    }
    void *control = NULL;
    if (total) {
        control = calloc(1, total);
        if (!control)
            return csock__err_nomem(err);
        msg.msg_control = control;
        msg.msg_controllen = total;
        struct cmsghdr *h = CMSG_FIRSTHDR(&msg);
        for (size_t i = 0; i < nancdata && h; i++) {
            h->cmsg_level = ancdata[i].level;
            h->cmsg_type = ancdata[i].type;
            h->cmsg_len = CMSG_LEN(ancdata[i].len);
            if (ancdata[i].len)
                memcpy(CMSG_DATA(h), ancdata[i].data, ancdata[i].len);
            h = CMSG_NXTHDR(&msg, h);
        }
    }
    ssize_t n = sendmsg_common(s, buffers, nbuffers, &msg, flags, err);
    free(control);
    return n;
}

ssize_t csock_sendmsg_afalg(csock *s, const csock_iov *buffers,
                            size_t nbuffers, int op, const void *iv,
                            size_t ivlen, long assoclen, int flags,
                            csock_error *err)
{
#ifdef CSOCK_ADDR_HAVE_ALG
    /* CPython's order: the family, then op, then assoclen. */
    if (s->family != AF_ALG)
        return csock__err_algset_not_alg(err);
    if (op < 0)
        return csock__err_afalg_op_missing(err);
    if (assoclen > INT_MAX)
        return csock__err_afalg_assoclen_overflow(err);
    if (ivlen > UINT32_MAX - sizeof(struct af_alg_iv))
        return csock__err_ancdata_item_too_large(err);
    /* Items in CPython's order: ALG_SET_OP, ALG_SET_IV, ALG_SET_AEAD_ASSOCLEN. */
    size_t total = CMSG_SPACE(sizeof(uint32_t));
    if (iv)
        total += CMSG_SPACE(sizeof(struct af_alg_iv) + ivlen);
    if (assoclen >= 0)
        total += CMSG_SPACE(sizeof(uint32_t));
    char *control = calloc(1, total);
    if (!control)
        return csock__err_nomem(err);
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_control = control;
    msg.msg_controllen = total;

    struct cmsghdr *h = CMSG_FIRSTHDR(&msg);
    uint32_t u = (uint32_t)op;
    h->cmsg_level = SOL_ALG;
    h->cmsg_type = ALG_SET_OP;
    h->cmsg_len = CMSG_LEN(sizeof u);
    memcpy(CMSG_DATA(h), &u, sizeof u);
    if (iv) {
        h = CMSG_NXTHDR(&msg, h);
        h->cmsg_level = SOL_ALG;
        h->cmsg_type = ALG_SET_IV;
        h->cmsg_len = CMSG_LEN(sizeof(struct af_alg_iv) + ivlen);
        struct af_alg_iv head;
        head.ivlen = (uint32_t)ivlen;
        memcpy(CMSG_DATA(h), &head, sizeof head);
        if (ivlen)
            memcpy(CMSG_DATA(h) + sizeof head, iv, ivlen);
    }
    if (assoclen >= 0) {
        h = CMSG_NXTHDR(&msg, h);
        u = (uint32_t)assoclen;
        h->cmsg_level = SOL_ALG;
        h->cmsg_type = ALG_SET_AEAD_ASSOCLEN;
        h->cmsg_len = CMSG_LEN(sizeof u);
        memcpy(CMSG_DATA(h), &u, sizeof u);
    }
    ssize_t n = sendmsg_common(s, buffers, nbuffers, &msg, flags, err);
    free(control);
    return n;
#else
    (void)s; (void)buffers; (void)nbuffers; (void)op; (void)iv; (void)ivlen;
    (void)assoclen; (void)flags;
    return csock__err_algset_not_alg(err);
#endif
}
