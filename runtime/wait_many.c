/* csock_wait: readiness of many sockets from one thread (the C side of
 * Python's selectors), with the library's deadline semantics: one timeout
 * for the whole call, the blocking hooks around the poll, EINTR retried
 * with the remaining time after the on_eintr hook (PEP 475).
 *
 * Each socket is held (csock__enter) for the whole call, as any other
 * call holds it: a close in another thread is deferred until the wait
 * returns, so the poll never watches an fd number the process has reused
 * meanwhile.  A socket already closed (or detached) is reported at once
 * as CSOCK_WAIT_CLOSED; one closed during the wait is reported so when
 * the poll returns (its deadline, or any other socket's event). */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>

/* poll(2)'s revents as the wanted csock events: an error or a hang-up
 * makes every wanted event ready (the call that follows reports it), as
 * selectors does. */
static short ready_events(short wanted, short revents)
{
    short r = 0;
    if (revents & POLLIN)
        r |= CSOCK_WAIT_READ;
    if (revents & POLLOUT)
        r |= CSOCK_WAIT_WRITE;
    if (revents & (POLLERR | POLLHUP))
        r |= CSOCK_WAIT_READ | CSOCK_WAIT_WRITE;
    r &= wanted;
    if (revents & (POLLERR | POLLHUP))
        r |= CSOCK_WAIT_ERROR;
    return r;
}

int csock_wait(csock_wait_item *items, size_t n, double timeout,
               csock_error *err)
{
    int64_t ns;
    if (csock__timeout_from_double(timeout, &ns, err) < 0)
        return -1;
    if (n > (size_t)INT_MAX)
        return csock__set_error(err, CSOCK_ERR_VALUE, 0,
                                "too many sockets to wait for");
    if (n && !items)
        return csock__set_error(err, CSOCK_ERR_VALUE, 0,
                                "csock_wait: items is NULL");
    for (size_t i = 0; i < n; i++)
        if (items[i].events & ~(CSOCK_WAIT_READ | CSOCK_WAIT_WRITE))
            return csock__set_error(err, CSOCK_ERR_VALUE, 0,
                                    "csock_wait: events must be CSOCK_WAIT_READ and/or CSOCK_WAIT_WRITE");

    struct pollfd local[16];
    struct pollfd *p = local;
    if (n > sizeof local / sizeof local[0]) {
        p = malloc(n * sizeof *p);
        if (!p)
            return csock__err_nomem(err);
    }
    /* Hold every socket; a closed one is ready at once. */
    int closed = 0;
    for (size_t i = 0; i < n; i++) {
        items[i].revents = 0;
        p[i].fd = -1; /* poll ignores negative fds */
        p[i].events = 0;
        p[i].revents = 0;
        if (!items[i].sock)
            continue;
        if (csock__enter(items[i].sock) < 0) {
            items[i].revents = CSOCK_WAIT_CLOSED;
            closed++;
            continue;
        }
        int fd = csock__fd(items[i].sock);
        if (fd < 0) { /* detached */
            csock__leave(items[i].sock);
            items[i].revents = CSOCK_WAIT_CLOSED;
            closed++;
            continue;
        }
        p[i].fd = fd;
        p[i].events = (short)(((items[i].events & CSOCK_WAIT_READ) ? POLLIN : 0) |
                              ((items[i].events & CSOCK_WAIT_WRITE) ? POLLOUT : 0));
    }

    int64_t deadline = ns > 0 ? csock__now() + ns : -1;
    int r;
    for (;;) {
        int ms;
        if (closed || ns == 0) {
            ms = 0;
        } else if (ns < 0) {
            ms = -1;
        } else {
            int64_t rem = deadline - csock__now();
            if (rem < 0)
                rem = 0;
            /* ceil to ms so the wait never ends before the deadline */
            int64_t m = (rem + 999999) / 1000000;
            ms = m > INT_MAX ? INT_MAX : (int)m;
        }
        int e;
        if (ms == 0) {
            r = csock__sys_poll(p, (nfds_t)n, 0);
            e = errno;
        } else {
            csock__blocking b = csock__block_begin();
            r = csock__sys_poll(p, (nfds_t)n, ms);
            e = errno;
            csock__block_end(&b);
        }
        if (r >= 0) {
            /* a timeout longer than poll's int milliseconds goes on */
            if (r == 0 && ms == INT_MAX && deadline - csock__now() > 0)
                continue;
            break;
        }
        if (e != EINTR) {
            csock__set_os_error(err, e);
            break;
        }
        if (csock__eintr(err) < 0)
            break;
        /* retried with the remaining time (recomputed above) */
    }

    int ready = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i].fd < 0) {
            if (items[i].revents)
                ready++;
            continue;
        }
        if (r >= 0) {
            if (csock__closing(items[i].sock) || (p[i].revents & POLLNVAL))
                items[i].revents = CSOCK_WAIT_CLOSED;
            else
                items[i].revents = ready_events(items[i].events, p[i].revents);
            if (items[i].revents)
                ready++;
        }
        csock__leave(items[i].sock);
    }
    if (p != local)
        free(p);
    csock__blocking_balanced();
    return r < 0 ? -1 : ready;
}
