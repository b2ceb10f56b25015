/* makefile streams read over random record boundaries.  The input
 * decides the data, how the peer splits it into writes, the mode
 * (binary/text, read-only/read-write), the buffering, the socket's mode
 * (blocking or timeout) and a sequence of stdio reads (fread, fgets,
 * fgetc, getline, getdelim; writes too on read-write streams).  Every
 * read must return exactly what a model of the stream says: the bytes the
 * peer wrote (in text mode after Python's universal newlines), cut where
 * that stdio call stops.  Bytes written through the stream must reach the
 * peer unchanged.  No fd may leak.
 *
 * Deterministic, single thread: the peer writes its next record only when
 * the stream is about to wait for data (the runtime's blocking_begin hook,
 * called before every wait) and the socket has nothing queued, so each
 * record arrives as one recv; after the last one it shuts down (EOF).
 *
 * Input: [mode][buffering][nrecords][record sizes...][nops][ops: kind,
 * arg...][data...]. */
#include "fuzz.h"

#include <errno.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_RECORDS 64
#define MAX_OPS 32
#define MAX_WRITTEN 16384

static struct peer {
    int active;
    int reader_fd;      /* the stream's socket */
    int fd;             /* the peer's end (raw fd) */
    const uint8_t *data;
    size_t sizes[MAX_RECORDS + 1];
    size_t nrec, next, off;
    int shut;
} peer;

/* Before the stream waits: queue the next record if the socket is empty. */
static void *feed(void *ctx)
{
    (void)ctx;
    struct peer *p = &peer;
    if (!p->active || p->shut)
        return NULL;
    int queued = 0;
    FZ_CHECK(ioctl(p->reader_fd, FIONREAD, &queued) == 0, "FIONREAD: %s",
             strerror(errno));
    if (queued > 0)
        return NULL;
    if (p->next == p->nrec) {
        FZ_CHECK(shutdown(p->fd, SHUT_WR) == 0, "shutdown");
        p->shut = 1;
        return NULL;
    }
    size_t n = p->sizes[p->next++];
    ssize_t w = send(p->fd, p->data + p->off, n, MSG_DONTWAIT | MSG_NOSIGNAL);
    FZ_CHECK(w == (ssize_t)n, "peer send of %zu: %zd", n, w);
    p->off += n;
    return NULL;
}

static void done(void *ctx, void *state)
{
    (void)ctx;
    (void)state;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    csock_hooks h = { feed, done, NULL, NULL };
    csock_set_hooks(&h);
    return 0;
}

/* Python's universal newlines over the whole data: "\r\n" and "\r" are
 * "\n" (csock may hand out a "\r" that ends a record before seeing the
 * next byte, but the bytes read are the same). */
static size_t translate(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (in[i] == '\r') {
            out[j++] = '\n';
            if (i + 1 < n && in[i + 1] == '\n')
                i++;
        } else {
            out[j++] = in[i];
        }
    }
    return j;
}

enum { OP_FREAD, OP_FGETS, OP_FGETC, OP_GETLINE, OP_GETDELIM, OP_WRITE,
       OP_KINDS };

/* Where the first delim is in want[pos..len), as a count including it;
 * the rest when there is none. */
static size_t upto(const uint8_t *want, size_t pos, size_t len, int delim)
{
    const uint8_t *q = memchr(want + pos, delim, len - pos);
    return q ? (size_t)(q - (want + pos)) + 1 : len - pos;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_in in = { data, size };
    uint8_t mode = fz_u8(&in), bsel = fz_u8(&in);
    int binary = mode & 1, rw = mode >> 1 & 1, timeout_mode = mode >> 2 & 1;
    static const int bufs[] = { -1, 0, 1, 2, 3, 7, 64, 8192 };
    int buffering = bsel < 8 ? bufs[bsel] : bsel;
    if (buffering == 0 && !binary)
        buffering = -1; /* ValueError: checked by the module suite */

    memset(&peer, 0, sizeof peer);
    peer.nrec = fz_u8(&in) % (MAX_RECORDS + 1);
    size_t nsizes = peer.nrec;
    uint8_t sizes[MAX_RECORDS];
    for (size_t i = 0; i < nsizes; i++)
        sizes[i] = fz_u8(&in);
    size_t nops = fz_u8(&in) % MAX_OPS + 1;
    uint8_t ops[MAX_OPS][2];
    for (size_t i = 0; i < nops; i++) {
        ops[i][0] = fz_u8(&in);
        ops[i][1] = fz_u8(&in);
    }
    /* The rest is the data, cut into the records (a last one takes what
     * the sizes leave). */
    size_t total;
    peer.data = fz_bytes(&in, 65536, &total);
    size_t off = 0, k = 0;
    for (size_t i = 0; i < nsizes && off < total; i++) {
        size_t n = (size_t)sizes[i] + 1;
        if (n > total - off)
            n = total - off;
        peer.sizes[k++] = n;
        off += n;
    }
    if (off < total)
        peer.sizes[k++] = total - off;
    peer.nrec = k;

    uint8_t *want = malloc(total + 1);
    FZ_CHECK(want != NULL, "malloc");
    size_t wlen = binary ? total : translate(peer.data, total, want);
    if (binary)
        memcpy(want, peer.data, total);

    fz_fds before, after;
    fz_fds_snapshot(&before);
    csock_error e;
    csock *p[2];
    FZ_CHECK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e) == 0, "%s",
             e.message);
    if (timeout_mode) {
        double t = 30.0; /* never reached: the peer always answers */
        FZ_CHECK(csock_settimeout(p[0], t, &e) == 0, "%s", e.message);
    }
    char fmode[4] = "r";
    snprintf(fmode, sizeof fmode, "%s%s", rw ? "rw" : "r", binary ? "b" : "");
    FILE *f = csock_makefile(p[0], fmode, buffering, &e);
    FZ_CHECK(f != NULL, "makefile('%s', %d): %s", fmode, buffering, e.message);
    peer.reader_fd = csock_fileno(p[0]);
    peer.fd = csock_fileno(p[1]);
    peer.active = 1;

    uint8_t *written = malloc(MAX_WRITTEN);
    FZ_CHECK(written != NULL, "malloc");
    size_t nwritten = 0;
    size_t pos = 0;
    int eof = 0;
    char *line = NULL;
    size_t linecap = 0;
    /* Run the ops round and round until EOF is seen (every round after
     * the first reads at least one byte or meets EOF: fgets asks for 2
     * bytes at least, and writes turn into fgetc). */
    for (size_t step = 0; !eof; step++) {
        FZ_CHECK(step < (total + 2) * nops + nops, "no progress");
        uint8_t kind = ops[step % nops][0] % OP_KINDS;
        size_t arg = ops[step % nops][1];
        size_t rem = wlen - pos;
        char buf[300];
        /* Writes only in the first round: later rounds must read. */
        if (kind == OP_WRITE && (!rw || step >= nops))
            kind = OP_FGETC;
        switch (kind) {
        case OP_FREAD: {
            size_t n = arg + 1;
            size_t got = fread(buf, 1, n, f);
            size_t exp = n < rem ? n : rem;
            FZ_CHECK(got == exp, "fread(%zu) = %zu, want %zu", n, got, exp);
            FZ_CHECK(memcmp(buf, want + pos, got) == 0, "fread: other bytes");
            pos += got;
            if (got < n) {
                FZ_CHECK(feof(f) && !ferror(f), "short fread without EOF");
                eof = 1;
            }
            break;
        }
        case OP_FGETS: {
            int n = (int)arg % 256 + 2;
            memset(buf, 0x5a, sizeof buf);
            char *r = fgets(buf, n, f);
            size_t exp = upto(want, pos, wlen, '\n');
            if (exp > (size_t)n - 1)
                exp = (size_t)n - 1;
            if (rem == 0) {
                FZ_CHECK(r == NULL && feof(f) && !ferror(f),
                         "fgets at EOF gave data");
                eof = 1;
                break;
            }
            FZ_CHECK(r == buf, "fgets(%d) failed with %zu bytes to come", n,
                     rem);
            FZ_CHECK(memcmp(buf, want + pos, exp) == 0 && buf[exp] == '\0',
                     "fgets(%d): other bytes (want %zu)", n, exp);
            pos += exp;
            break;
        }
        case OP_FGETC: {
            int c = fgetc(f);
            if (rem == 0) {
                FZ_CHECK(c == EOF && feof(f) && !ferror(f), "fgetc at EOF");
                eof = 1;
            } else {
                FZ_CHECK(c == want[pos], "fgetc %d, want %d", c, want[pos]);
                pos++;
            }
            break;
        }
        case OP_GETLINE:
        case OP_GETDELIM: {
            int delim = kind == OP_GETLINE ? '\n' : (int)arg;
            ssize_t r = getdelim(&line, &linecap, delim, f);
            if (rem == 0) {
                FZ_CHECK(r == -1 && feof(f) && !ferror(f), "getdelim at EOF");
                eof = 1;
                break;
            }
            size_t exp = upto(want, pos, wlen, delim);
            FZ_CHECK(r == (ssize_t)exp, "getdelim(%d) = %zd, want %zu", delim,
                     r, exp);
            FZ_CHECK(memcmp(line, want + pos, exp) == 0 && line[exp] == '\0',
                     "getdelim: other bytes");
            pos += exp;
            break;
        }
        case OP_WRITE: {
            size_t n = arg;
            if (n > MAX_WRITTEN - nwritten)
                n = MAX_WRITTEN - nwritten;
            for (size_t i = 0; i < n; i++)
                buf[i] = i % 7 == 6 ? '\n' : (char)('a' + (nwritten + i) % 26);
            FZ_CHECK(fwrite(buf, 1, n, f) == n, "fwrite %zu", n);
            FZ_CHECK(fflush(f) == 0, "fflush: %s", strerror(errno));
            memcpy(written + nwritten, buf, n);
            nwritten += n;
            break;
        }
        }
    }
    FZ_CHECK(pos == wlen, "read %zu of %zu bytes", pos, wlen);
    FZ_CHECK(fgetc(f) == EOF, "data after EOF");
    peer.active = 0;

    /* What the stream wrote reaches the peer unchanged ("\n" stays "\n"):
     * every write was flushed, so it is all queued. */
    uint8_t *back = malloc(nwritten + 1);
    FZ_CHECK(back != NULL, "malloc");
    size_t got = 0;
    while (got < nwritten) {
        ssize_t n = recv(peer.fd, back + got, nwritten - got, MSG_DONTWAIT);
        FZ_CHECK(n > 0, "peer got %zu of %zu written bytes", got, nwritten);
        got += (size_t)n;
    }
    FZ_CHECK(memcmp(back, written, nwritten) == 0, "written bytes differ");
    FZ_CHECK(recv(peer.fd, back, 1, MSG_DONTWAIT) == -1 && errno == EAGAIN,
             "more bytes than written");
    free(back);

    FZ_CHECK(fclose(f) == 0, "fclose: %s", strerror(errno));
    FZ_CHECK(csock_close(p[0], &e) == 0, "%s", e.message);
    FZ_CHECK(csock_close(p[1], &e) == 0, "%s", e.message);
    free(line);
    free(written);
    free(want);
    fz_fds_snapshot(&after);
    fz_fds_same(&before, &after);
    return 0;
}
