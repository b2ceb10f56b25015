/* makefile: a stdio stream over the socket, Python's mode/buffering
 * rules, timeouts as stream errors, and the makefile/close lifetime. */
#include "common.h"

TestSuite(makefile, .init = fd_check_init, .fini = fd_check_fini);

static void pair(csock *p[2])
{
    csock_error e;
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
}

Test(makefile, read_and_write_lines)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "rwb", -1, &e);
    ASSERT_PTR(f, e);
    cr_assert_gt(fprintf(f, "hello %d\n", 42), 0);
    cr_assert_eq(fflush(f), 0);
    char buf[64];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 9);
    cr_assert_eq(memcmp(buf, "hello 42\n", 9), 0);
    ASSERT_OK(csock_sendall(p[1], "line1\nline2\n", 12, 0, &e), e);
    cr_assert_not_null(fgets(buf, sizeof buf, f));
    cr_assert_str_eq(buf, "line1\n");
    cr_assert_not_null(fgets(buf, sizeof buf, f));
    cr_assert_str_eq(buf, "line2\n");
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, modes_and_buffering)
{
    csock_error e;
    csock *p[2];
    pair(p);
    const char *good[] = { "r", "w", "rw", "rb", "wb", "rwb", "b", "" };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        FILE *f = csock_makefile(p[0], good[i], -1, &e);
        ASSERT_PTR(f, e);
        cr_assert_eq(fclose(f), 0);
    }
    FILE *f = csock_makefile(p[0], "wb", 0, &e); /* unbuffered */
    ASSERT_PTR(f, e);
    cr_assert_eq(fputc('z', f), 'z'); /* reaches the socket at once */
    char c;
    cr_assert_eq(csock_recv_into(p[1], &c, 1, 0, 0, &e), 1);
    cr_assert_eq(c, 'z');
    cr_assert_eq(fclose(f), 0);

    cr_assert_null(csock_makefile(p[0], "x", -1, &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "invalid mode 'x' (only r, w, b allowed)");
    cr_assert_null(csock_makefile(p[0], "r+", -1, &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "invalid mode 'r+' (only r, w, b allowed)");
    cr_assert_null(csock_makefile(p[0], "r", 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "unbuffered streams must be binary");
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, write_only_stream_refuses_reads)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "wb", -1, &e);
    ASSERT_PTR(f, e);
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    cr_assert(ferror(f));
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

static int peer_sees_eof(csock *peer)
{
    csock_error e;
    double t = 2.0;
    ASSERT_OK(csock_settimeout(peer, t, &e), e);
    char c;
    ssize_t r = csock_recv_into(peer, &c, 1, 0, 0, &e);
    return r == 0;
}

Test(makefile, socket_closed_first_stream_keeps_the_connection)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "wb", -1, &e);
    ASSERT_PTR(f, e);
    ASSERT_OK(csock_close(p[0], &e), e); /* the connection lives on in f */
    cr_assert_geq(fputs("after close\n", f), 0); /* non-negative: C11 7.21.7.4 */
    cr_assert_eq(fflush(f), 0);
    char buf[32];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 12);
    cr_assert_eq(fclose(f), 0); /* now really closed */
    cr_assert(peer_sees_eof(p[1]));
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, stream_closed_first_socket_keeps_working)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "rb", -1, &e);
    ASSERT_PTR(f, e);
    cr_assert_eq(fclose(f), 0);
    cr_assert_eq(csock_send(p[0], "ok", 2, 0, &e), 2);
    char buf[4];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 2);
    ASSERT_OK(csock_close(p[0], &e), e);
    cr_assert(peer_sees_eof(p[1]));
    ASSERT_OK(csock_close(p[1], &e), e);
}

/* The streams a socket can count (1023) are a limit, not an overflow into
 * the socket's close bit: one more fails with EMFILE, the socket stays
 * open, and a stream closed makes room again. */
Test(makefile, stream_count_has_a_limit)
{
    enum { MAX = 1023 };
    csock_error e;
    csock *p[2];
    pair(p);
    static FILE *f[MAX];
    for (int i = 0; i < MAX; i++) {
        f[i] = csock_makefile(p[0], "rb", 0, &e);
        ASSERT_PTR(f[i], e);
    }
    cr_assert_null(csock_makefile(p[0], "rb", 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EMFILE));
    cr_assert_eq(csock_send(p[0], "ok", 2, 0, &e), 2, "still open: %s", e.message);
    char buf[4];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 2);
    cr_assert_eq(fclose(f[0]), 0);
    f[0] = csock_makefile(p[0], "rb", 0, &e);
    ASSERT_PTR(f[0], e);
    ASSERT_OK(csock_close(p[0], &e), e); /* the streams keep it open */
    for (int i = 0; i < MAX; i++)
        cr_assert_eq(fclose(f[i]), 0);
    cr_assert(peer_sees_eof(p[1]), "the last stream closed it");
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, timeout_is_a_stream_error_and_blocks_further_reads)
{
    csock_error e;
    csock *p[2];
    pair(p);
    double t = 0.1;
    ASSERT_OK(csock_settimeout(p[0], t, &e), e);
    FILE *f = csock_makefile(p[0], "rwb", -1, &e);
    ASSERT_PTR(f, e);
    double t0 = now_s();
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    cr_assert_eq(errno, ETIMEDOUT);
    cr_assert(ferror(f));
    cr_assert_geq(now_s() - t0, 0.05);
    cr_assert_lt(now_s() - t0, 5.0);
    clearerr(f);
    /* Python: "cannot read from timed out object" */
    ASSERT_OK(csock_sendall(p[1], "late", 4, 0, &e), e);
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    cr_assert_eq(errno, EIO);
    /* the socket itself stays usable */
    char buf[8];
    cr_assert_eq(csock_recv_into(p[0], buf, sizeof buf, 0, 0, &e), 4);
    /* and so does writing through the stream */
    clearerr(f);
    cr_assert_geq(fputs("w", f), 0);
    cr_assert_eq(fflush(f), 0);
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 1);
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, nonblocking_read_is_eagain)
{
    csock_error e;
    csock *p[2];
    pair(p);
    ASSERT_OK(csock_setblocking(p[0], 0, &e), e);
    FILE *f = csock_makefile(p[0], "rb", -1, &e);
    ASSERT_PTR(f, e);
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    cr_assert(errno == EAGAIN || errno == EWOULDBLOCK);
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, makefile_on_closed_socket_fails)
{
    csock_error e;
    csock *p[2];
    pair(p);
    ASSERT_OK(csock_close_keep(p[0], &e), e);
    cr_assert_null(csock_makefile(p[0], "rb", -1, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    csock_free(p[0]);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, read_write_stream_switches_direction_without_losing_input)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "rwb", -1, &e);
    ASSERT_PTR(f, e);
    ASSERT_OK(csock_sendall(p[1], "a\nb\n", 4, 0, &e), e);
    char buf[32];
    cr_assert_not_null(fgets(buf, sizeof buf, f));
    cr_assert_str_eq(buf, "a\n");
    /* switch to writing while "b\n" is still buffered */
    cr_assert_geq(fputs("x\n", f), 0);
    cr_assert_eq(fflush(f), 0);
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 2);
    cr_assert_eq(memcmp(buf, "x\n", 2), 0);
    cr_assert_not_null(fgets(buf, sizeof buf, f));
    cr_assert_str_eq(buf, "b\n");
    /* large reads bypass the internal buffer */
    char big[20000];
    memset(big, 'q', sizeof big);
    ASSERT_OK(csock_sendall(p[1], big, sizeof big, 0, &e), e);
    size_t got = 0;
    while (got < sizeof big) {
        size_t r = fread(big, 1, sizeof big - got, f);
        cr_assert_gt(r, 0);
        got += r;
    }
    cr_assert_eq(big[0], 'q');
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

/* ---- the lifetime rule with a reference count (socket._io_refs) ------ */

Test(makefile, fd_closes_when_the_last_of_socket_and_streams_closes)
{
    csock_error e;
    csock *p[2];
    pair(p);
    int base = count_fds();
    FILE *r = csock_makefile(p[0], "rb", -1, &e);
    ASSERT_PTR(r, e);
    FILE *w = csock_makefile(p[0], "wb", -1, &e);
    ASSERT_PTR(w, e);
    cr_assert_eq(count_fds(), base, "streams share the socket's fd");
    ASSERT_OK(csock_close(p[0], &e), e); /* socket first: fd stays for streams */
    cr_assert_eq(count_fds(), base);
    cr_assert_eq(fclose(r), 0);
    cr_assert_eq(count_fds(), base, "one stream still open");
    cr_assert_geq(fputs("still", w), 0);
    cr_assert_eq(fflush(w), 0);
    char buf[8];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 5);
    cr_assert_eq(fclose(w), 0); /* the last: now the fd goes */
    cr_assert_eq(count_fds(), base - 1);
    cr_assert(peer_sees_eof(p[1]));
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, streams_first_then_socket)
{
    csock_error e;
    csock *p[2];
    pair(p);
    int base = count_fds();
    FILE *f = csock_makefile(p[0], "rwb", -1, &e);
    ASSERT_PTR(f, e);
    cr_assert_eq(fclose(f), 0);
    cr_assert_eq(count_fds(), base, "closing the stream keeps the fd");
    cr_assert_eq(csock_send(p[0], "ok", 2, 0, &e), 2);
    char buf[4];
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 2);
    ASSERT_OK(csock_close(p[0], &e), e);
    cr_assert_eq(count_fds(), base - 1);
    cr_assert(peer_sees_eof(p[1]));
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, close_keep_with_open_stream_keeps_the_socket_usable)
{
    /* Python: after sock.close() with a makefile open, the fd is still
     * open (sock.fileno() unchanged, sock.recv works); it goes with the
     * last stream. */
    csock_error e;
    csock *p[2];
    pair(p);
    int fd = csock_fileno(p[0]);
    FILE *f = csock_makefile(p[0], "rb", -1, &e);
    ASSERT_PTR(f, e);
    ASSERT_OK(csock_close_keep(p[0], &e), e);
    cr_assert_eq(csock_fileno(p[0]), fd);
    ASSERT_OK(csock_sendall(p[1], "ab", 2, 0, &e), e);
    char c;
    cr_assert_eq(csock_recv_into(p[0], &c, 1, 0, 0, &e), 1);
    cr_assert_eq(c, 'a');
    cr_assert_eq(fgetc(f), 'b');
    cr_assert_eq(fclose(f), 0);
    cr_assert_eq(csock_fileno(p[0]), -1, "the last stream closed the fd");
    cr_assert_eq(csock_recv_into(p[0], &c, 1, 0, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    csock_free(p[0]);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, later_settimeout_reaches_the_stream)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "rb", 0, &e); /* blocking at the time */
    ASSERT_PTR(f, e);
    double t = 0.1;
    ASSERT_OK(csock_settimeout(p[0], t, &e), e);
    double t0 = now_s();
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    double dt = now_s() - t0;
    cr_assert_eq(errno, ETIMEDOUT);
    cr_assert(ferror(f));
    cr_assert_geq(dt, 0.09);
    cr_assert_lt(dt, 5.0);
    /* the socket itself: still usable, and its timeout still applies */
    char c;
    cr_assert_eq(csock_recv_into(p[0], &c, 1, 0, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    ASSERT_OK(csock_sendall(p[1], "z", 1, 0, &e), e);
    cr_assert_eq(csock_recv_into(p[0], &c, 1, 0, 0, &e), 1);
    cr_assert_eq(c, 'z');
    /* non-blocking later on: the stream says EAGAIN (no timeout flag) */
    FILE *g = csock_makefile(p[0], "rb", 0, &e);
    ASSERT_PTR(g, e);
    ASSERT_OK(csock_setblocking(p[0], 0, &e), e);
    errno = 0;
    cr_assert_eq(fgetc(g), EOF);
    cr_assert(errno == EAGAIN || errno == EWOULDBLOCK);
    cr_assert_eq(fclose(g), 0);
    cr_assert_eq(fclose(f), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, write_timeout_is_a_stream_error)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "wb", 0, &e);
    ASSERT_PTR(f, e);
    double t = 0.1;
    ASSERT_OK(csock_settimeout(p[0], t, &e), e);
    static char big[1 << 20];
    errno = 0;
    double t0 = now_s();
    (void)fwrite(big, 1, sizeof big, f); /* the peer never reads */
    /* (glibc's fwrite count is unreliable for a failed unbuffered write:
     * the stream's error flag and errno are the signal) */
    cr_assert_eq(errno, ETIMEDOUT);
    cr_assert(ferror(f));
    cr_assert_lt(now_s() - t0, 5.0);
    cr_assert_eq(fclose(f), 0);
    /* the socket still works once the peer drains */
    ASSERT_OK(csock_setblocking(p[1], 0, &e), e);
    char sink[65536];
    while (csock_recv_into(p[1], sink, sizeof sink, 0, 0, &e) > 0)
        ;
    cr_assert_eq(csock_send(p[0], "k", 1, 0, &e), 1);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, detached_socket_stream_gets_ebadf)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *f = csock_makefile(p[0], "rb", 0, &e);
    ASSERT_PTR(f, e);
    int fd = csock_detach(p[0]);
    cr_assert_geq(fd, 0);
    csock_free(p[0]); /* deferred: the stream still refers to it */
    errno = 0;
    cr_assert_eq(fgetc(f), EOF);
    cr_assert_eq(errno, EBADF);
    cr_assert_eq(fclose(f), 0); /* frees the object, leaves fd alone */
    cr_assert_eq(close(fd), 0);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(makefile, text_mode_reads_universal_newlines)
{
    csock_error e;
    csock *p[2];
    pair(p);
    FILE *t = csock_makefile(p[0], "r", -1, &e);
    ASSERT_PTR(t, e);
    /* "\r\n" split across two sends: the "\n" must not become a line */
    ASSERT_OK(csock_sendall(p[1], "a\r\nb\rc\r", 7, 0, &e), e);
    char buf[32];
    cr_assert_not_null(fgets(buf, sizeof buf, t));
    cr_assert_str_eq(buf, "a\n");
    cr_assert_not_null(fgets(buf, sizeof buf, t));
    cr_assert_str_eq(buf, "b\n");
    cr_assert_not_null(fgets(buf, sizeof buf, t));
    cr_assert_str_eq(buf, "c\n");
    ASSERT_OK(csock_sendall(p[1], "\nd\n", 3, 0, &e), e);
    cr_assert_not_null(fgets(buf, sizeof buf, t));
    cr_assert_str_eq(buf, "d\n");
    cr_assert_eq(fclose(t), 0);
    /* binary: bytes unchanged */
    FILE *b = csock_makefile(p[0], "rb", -1, &e);
    ASSERT_PTR(b, e);
    ASSERT_OK(csock_sendall(p[1], "x\r\ny\r", 5, 0, &e), e);
    cr_assert_eq(fread(buf, 1, 5, b), 5);
    cr_assert_eq(memcmp(buf, "x\r\ny\r", 5), 0);
    cr_assert_eq(fclose(b), 0);
    /* read-write text streams too; writing "\n" sends "\n" */
    FILE *rw = csock_makefile(p[0], "rw", -1, &e);
    ASSERT_PTR(rw, e);
    ASSERT_OK(csock_sendall(p[1], "q\r\n", 3, 0, &e), e);
    cr_assert_not_null(fgets(buf, sizeof buf, rw));
    cr_assert_str_eq(buf, "q\n");
    cr_assert_geq(fputs("w\n", rw), 0);
    cr_assert_eq(fflush(rw), 0);
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 2);
    cr_assert_eq(memcmp(buf, "w\n", 2), 0);
    cr_assert_eq(fclose(rw), 0);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}
