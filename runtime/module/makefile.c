/* socket.makefile() as a stdio stream (fopencookie, or BSD's funopen).
 *
 * Python's makefile keeps the socket open until the socket and every file
 * made from it are closed (socket._io_refs, socket._closed).  The stream
 * works on the socket object itself, so it sees the socket's current
 * mode and timeout, and holds a reference on it (csock__io_ref): while a
 * stream is open csock_close only marks the socket closed, and the last
 * stream to close performs the real close and frees the object. */
#include "module_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_BUFFER_SIZE 8192

struct mf {
    csock *s;           /* the socket, referenced (io_refs) */
    int reading;
    int writing;
    int timeout_occurred; /* SocketIO._timeout_occurred */
    /* Text modes read with Python's universal newlines (newline=None):
     * "\r\n" and a lone "\r" become "\n".  after_cr: the last byte
     * handed out came from a "\r", so a "\n" opening the next read is
     * the second half of "\r\n" and is dropped. */
    int text;
    int after_cr;
    /* Read-write streams only: stdio cannot switch a buffered non-seekable
     * stream from reading to writing without dropping unread input, so
     * such streams are unbuffered at the stdio level and keep their read
     * buffer here (Python's BufferedRWPair: two independent halves). */
    char *rbuf;
    size_t rcap, rpos, rlen;
};

/* Map a csock_error to the errno a stdio caller sees. */
static int error_errno(const csock_error *e)
{
    switch (e->kind) {
    case CSOCK_ERR_TIMEOUT:
        return ETIMEDOUT;
    case CSOCK_ERR_OS:
        return e->code ? e->code : EIO;
    case CSOCK_ERR_NOMEM:
        return ENOMEM;
    case CSOCK_ERR_ABORTED:
        return EINTR;
    default:
        return EIO;
    }
}

static ssize_t mf_read_raw(struct mf *m, char *buf, size_t size)
{
    if (!m->reading) {
        errno = EBADF;
        return -1;
    }
    if (m->timeout_occurred) {
        /* "cannot read from timed out object" */
        errno = EIO;
        return -1;
    }
    if (m->rpos < m->rlen) {
        size_t k = m->rlen - m->rpos < size ? m->rlen - m->rpos : size;
        memcpy(buf, m->rbuf + m->rpos, k);
        m->rpos += k;
        return (ssize_t)k;
    }
    int buffered = m->rcap > 0 && size < m->rcap;
    csock_error e;
    ssize_t n = csock_recv_into(m->s, buffered ? m->rbuf : buf,
                                buffered ? m->rcap : size, 0, 0, &e);
    if (n < 0) {
        if (e.kind == CSOCK_ERR_TIMEOUT)
            m->timeout_occurred = 1;
        errno = error_errno(&e);
        return -1;
    }
    if (!buffered)
        return n;
    m->rlen = (size_t)n;
    m->rpos = 0;
    size_t k = (size_t)n < size ? (size_t)n : size;
    memcpy(buf, m->rbuf, k);
    m->rpos = k;
    return (ssize_t)k;
}

/* Universal newlines in place; returns the new length. */
static size_t translate_newlines(struct mf *m, char *buf, size_t n)
{
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\n' && m->after_cr) {
            m->after_cr = 0;
            continue;
        }
        m->after_cr = c == '\r';
        buf[j++] = c == '\r' ? '\n' : c;
    }
    return j;
}

static ssize_t mf_read(void *cookie, char *buf, size_t size)
{
    struct mf *m = cookie;
    for (;;) {
        ssize_t n = mf_read_raw(m, buf, size);
        if (n <= 0 || !m->text)
            return n;
        size_t k = translate_newlines(m, buf, (size_t)n);
        /* 0 would mean end of file: a read that held only the "\n" of a
         * split "\r\n" reads on */
        if (k > 0)
            return (ssize_t)k;
    }
}

#if CSOCK_HAVE_FOPENCOOKIE
static int mf_seek(void *cookie, off64_t *pos, int whence)
{
    /* A socket is not seekable; stdio ignores ESPIPE when it syncs. */
    (void)cookie;
    (void)pos;
    (void)whence;
    errno = ESPIPE;
    return -1;
}
#endif

static ssize_t mf_write(void *cookie, const char *buf, size_t size)
{
    struct mf *m = cookie;
    if (!m->writing) {
        errno = EBADF;
        return -1;
    }
    /* stdio hands over whole buffers; send all of it (Python's buffered
     * writer loops over raw.write in the same way). */
    csock_error e;
    if (csock_sendall(m->s, buf, size, 0, &e) < 0) {
        errno = error_errno(&e);
        return -1;
    }
    return (ssize_t)size;
}

static int mf_close(void *cookie)
{
    struct mf *m = cookie;
    csock_error e;
    int r = csock__io_unref(m->s, &e);
    free(m->rbuf);
    free(m);
    if (r < 0) {
        errno = error_errno(&e);
        return -1;
    }
    return 0;
}

#if !CSOCK_HAVE_FOPENCOOKIE && CSOCK_HAVE_FUNOPEN
/* funopen's callbacks take int sizes. */
static int fun_read(void *cookie, char *buf, int size)
{
    return (int)mf_read(cookie, buf, (size_t)size);
}

static int fun_write(void *cookie, const char *buf, int size)
{
    return (int)mf_write(cookie, buf, (size_t)size);
}

static fpos_t fun_seek(void *cookie, fpos_t pos, int whence)
{
    /* A socket is not seekable. */
    (void)cookie;
    (void)pos;
    (void)whence;
    errno = ESPIPE;
    return -1;
}
#endif

/* The stdio stream over m (NULL with errno on failure). */
static FILE *open_stream(struct mf *m, int reading, int writing)
{
#if CSOCK_HAVE_FOPENCOOKIE
    cookie_io_functions_t io;
    memset(&io, 0, sizeof io);
    io.read = mf_read;
    io.write = mf_write;
    io.close = mf_close;
    io.seek = mf_seek;
    const char *cmode = reading && writing ? "r+" : reading ? "r" : "w";
    return fopencookie(m, cmode, io);
#elif CSOCK_HAVE_FUNOPEN
    return funopen(m, reading ? fun_read : NULL, writing ? fun_write : NULL,
                   fun_seek, mf_close);
#else
    (void)m;
    (void)reading;
    (void)writing;
    errno = ENOTSUP;
    return NULL;
#endif
}

FILE *csock_makefile(csock *s, const char *mode, int buffering,
                     csock_error *err)
{
    /* socket.py: set(mode) <= {"r", "w", "b"}. */
    if (!mode)
        mode = "r";
    if (mode[strspn(mode, "rwb")] != '\0') {
        csock__err_makefile_mode(err, mode);
        return NULL;
    }
    int writing = strchr(mode, 'w') != NULL;
    int reading = strchr(mode, 'r') != NULL || !writing;
    int binary = strchr(mode, 'b') != NULL;
    if (buffering == 0 && !binary) {
        csock__err_makefile_unbuffered_text(err);
        return NULL;
    }
    /* A closed socket gives EBADF now rather than at the first read
     * (Python defers it; C callers check here). */
    if (csock__fd(s) < 0) {
        csock__set_os_error(err, EBADF);
        return NULL;
    }
    if (csock__io_ref(s, err) < 0)
        return NULL;
    struct mf *m = calloc(1, sizeof *m);
    if (!m) {
        csock__io_unref(s, NULL);
        csock__err_nomem(err);
        return NULL;
    }
    m->reading = reading;
    m->writing = writing;
    m->text = !binary;
    size_t bufsize = buffering < 0 || buffering == 1 ? DEFAULT_BUFFER_SIZE
                                                     : (size_t)buffering;
    if (reading && writing && buffering != 0) {
        m->rcap = bufsize;
        m->rbuf = malloc(bufsize);
        if (!m->rbuf) {
            free(m);
            csock__io_unref(s, NULL);
            csock__err_nomem(err);
            return NULL;
        }
    }
    m->s = s;
    FILE *f = open_stream(m, reading, writing);
    if (!f) {
        int e = errno;
        free(m->rbuf);
        free(m);
        csock__io_unref(s, NULL);
        if (e == ENOTSUP)
            csock__set_os_error(err, e);
        else
            csock__err_nomem(err);
        return NULL;
    }
    /* setvbuf fails only for an invalid mode. */
    if (buffering == 0 || (reading && writing))
        (void)setvbuf(f, NULL, _IONBF, 0);
    else if (buffering == 1)
        (void)setvbuf(f, NULL, _IOLBF, bufsize);
    else
        (void)setvbuf(f, NULL, _IOFBF, bufsize);
    return f;
}
