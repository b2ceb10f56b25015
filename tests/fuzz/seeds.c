/* The seed corpora of the fuzz harnesses, written into DIR/<harness>/:
 *   addr      every valid address example of spec/families/, encoded the
 *             way the kernel hands it back (whole, and one byte short)
 *   text      the hosts and ports of the AF_INET/AF_INET6 examples, valid
 *             and invalid, for every text operation; their packed bytes
 *             for inet_ntop/inet_ntoa
 *   makefile  a few streams: records splitting lines and "\r\n", each mode
 *   recvmsg   messages with fds and credentials on each socket type
 * Deterministic: the same spec gives the same files.
 * Usage: make_seeds DIR */
#include "fuzz.h"
#include "seeds.h"

#include <errno.h>
#include <netinet/in.h>
#include <sys/stat.h>

static const char *root;

static void put(const char *harness, const char *name, const void *data,
                size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, harness);
    if (mkdir(path, 0755) < 0 && errno != EEXIST) {
        perror(path);
        exit(1);
    }
    snprintf(path, sizeof path, "%s/%s/%s", root, harness, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

/* A growable byte string for building inputs. */
typedef struct buf {
    uint8_t b[4096];
    size_t n;
} buf;

static void add(buf *b, const void *p, size_t n)
{
    if (b->n + n > sizeof b->b) {
        fprintf(stderr, "make_seeds: seed too long\n");
        exit(1);
    }
    memcpy(b->b + b->n, p, n);
    b->n += n;
}

static void add8(buf *b, unsigned v)
{
    uint8_t c = (uint8_t)v;
    add(b, &c, 1);
}

static void add32(buf *b, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        add8(b, v >> (8 * i) & 0xff);
}

static void addstr(buf *b, const char *s)
{
    add(b, s, strlen(s));
}

static void text_seeds(const char *name, const char *host, int port,
                       uint32_t flowinfo, uint32_t scope_id, int af6)
{
    static const struct { int op; const char *tag; } ops[] = {
        { FZ_PTON4, "pton4" }, { FZ_PTON6, "pton6" }, { FZ_ATON, "aton" },
    };
    char fname[256];
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        buf b = { .n = 0 };
        add8(&b, (unsigned)ops[i].op);
        addstr(&b, host);
        snprintf(fname, sizeof fname, "%s_%s", name, ops[i].tag);
        put("text", fname, b.b, b.n);
    }
    /* getaddrinfo(host, "port"), AF_UNSPEC, any type. */
    buf b = { .n = 0 };
    add8(&b, FZ_GETADDRINFO);
    add8(&b, 0);
    add8(&b, 0);
    add8(&b, 0);
    add8(&b, 0);
    addstr(&b, host);
    add8(&b, 0);
    char pbuf[16];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    addstr(&b, pbuf);
    snprintf(fname, sizeof fname, "%s_getaddrinfo", name);
    put("text", fname, b.b, b.n);
    /* getnameinfo((host, port[, flowinfo, scope_id])). */
    b.n = 0;
    add8(&b, FZ_GETNAMEINFO);
    add8(&b, (unsigned)af6);
    add32(&b, (uint32_t)port);
    add32(&b, flowinfo);
    add32(&b, scope_id);
    add8(&b, 0);
    addstr(&b, host);
    snprintf(fname, sizeof fname, "%s_getnameinfo", name);
    put("text", fname, b.b, b.n);
}

static void on_example(const fz_example *ex, void *ctx)
{
    (void)ctx;
    const csock_addr *a = &ex->addr;
    char fname[256];
    if (a->family == AF_INET)
        text_seeds(ex->name, a->u.inet.host, a->u.inet.port, 0, 0, 0);
    else if (a->family == AF_INET6)
        text_seeds(ex->name, a->u.inet6.host, a->u.inet6.port,
                   a->u.inet6.flowinfo, a->u.inet6.scope_id, 1);
    if (!ex->valid)
        return;

    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_error e;
    if (csock_addr_encode(a, ex->sock_family, ex->sock_proto, "bind", &ss,
                          &len, &e) < 0) {
        /* A valid example this machine cannot encode (an interface it
         * lacks): no seed, said once. */
        fprintf(stderr, "make_seeds: %s: %s (no seed)\n", ex->name,
                e.message);
        return;
    }
    buf b = { .n = 0 };
    add8(&b, FZ_ADDR_RAW);
    add8(&b, (unsigned)ex->sock_proto);
    add(&b, &ss, len);
    put("addr", ex->name, b.b, b.n);
    snprintf(fname, sizeof fname, "%s_short", ex->name);
    put("addr", fname, b.b, b.n - 1);

    if (ss.ss_family == AF_INET || ss.ss_family == AF_INET6) {
        const void *p = ss.ss_family == AF_INET
                            ? (const void *)&((struct sockaddr_in *)&ss)->sin_addr
                            : (const void *)&((struct sockaddr_in6 *)&ss)->sin6_addr;
        size_t n = ss.ss_family == AF_INET ? 4 : 16;
        for (int op = FZ_NTOP4; op <= FZ_NTOA; op++) {
            b.n = 0;
            add8(&b, (unsigned)op);
            add(&b, p, n);
            snprintf(fname, sizeof fname, "%s_packed%d", ex->name, op);
            put("text", fname, b.b, b.n);
        }
    }
}

/* makefile: [mode][buffering][nrecords][sizes...][nops][kind, arg...][data] */
static void makefile_seed(const char *name, unsigned mode, unsigned bsel,
                          const uint8_t *sizes, size_t nsizes,
                          const uint8_t (*ops)[2], size_t nops,
                          const char *data)
{
    buf b = { .n = 0 };
    add8(&b, mode);
    add8(&b, bsel);
    add8(&b, (unsigned)nsizes);
    add(&b, sizes, nsizes);
    add8(&b, (unsigned)(nops - 1));
    for (size_t i = 0; i < nops; i++)
        add(&b, ops[i], 2);
    addstr(&b, data);
    put("makefile", name, b.b, b.n);
}

static void makefile_seeds(void)
{
    /* op kinds: 0 fread, 1 fgets, 2 fgetc, 3 getline, 4 getdelim, 5 write */
    static const uint8_t lines[][2] = { { 3, 0 }, { 1, 5 }, { 0, 9 } };
    static const uint8_t chars[][2] = { { 2, 0 }, { 4, ',' }, { 5, 12 } };
    static const uint8_t s1[] = { 2, 0, 6, 3 };
    static const uint8_t s2[] = { 4, 0, 0, 1, 2 };
    const char *text = "GET / HTTP/1.1\r\nHost: x\r\n\r\nbody\rline\nend";
    makefile_seed("binary_lines", 1, 0, s1, 4, lines, 3, text);
    makefile_seed("text_crlf", 0, 0, s2, 5, lines, 3, text);
    makefile_seed("text_line_buffered", 0, 2, s1, 4, chars, 3, text);
    makefile_seed("rw_binary_unbuffered", 3, 1, s2, 5, chars, 3,
                  "a,b,c\n1,2,3\n");
    makefile_seed("rw_text_timeout", 6, 4, s1, 4, chars, 3, "x\r\ny\rz");
    makefile_seed("binary_small_buffer", 5, 3, s2, 5, lines, 3, text);
}

/* recvmsg: [type][passcred][nmsgs]{[api][len][nfds][bits][picks...]}
 *          [nrecv]{[api][bufsize:2][anc:2][flags]} */
static void recvmsg_seeds(void)
{
    for (unsigned type = 0; type < 3; type++) {
        for (unsigned creds = 0; creds < 2; creds++) {
            buf b = { .n = 0 };
            add8(&b, type);
            add8(&b, creds);
            add8(&b, 3);
            /* sendmsg: 40 bytes, 3 fds, explicit credentials */
            add8(&b, 0), add8(&b, 10), add8(&b, 3), add8(&b, 1);
            add8(&b, 0), add8(&b, 1), add8(&b, 2);
            /* send_fds: 8 bytes, 2 fds */
            add8(&b, 1), add8(&b, 2), add8(&b, 2), add8(&b, 0);
            add8(&b, 3), add8(&b, 4);
            /* sendmsg: 400 bytes, 5 fds in two items */
            add8(&b, 0), add8(&b, 100), add8(&b, 5), add8(&b, 2);
            for (unsigned i = 0; i < 5; i++)
                add8(&b, i + 3);
            add8(&b, 4);
            /* recvmsg(64, 64), recv_fds(16, 2), recvmsg_into(1000, 200),
             * recv(500) */
            static const unsigned r[4][3] = {
                { 0, 64, 64 }, { 2, 16, 2 }, { 1, 1000, 200 }, { 3, 500, 0 } };
            for (int i = 0; i < 4; i++) {
                add8(&b, r[i][0]);
                add8(&b, r[i][1] & 0xff), add8(&b, r[i][1] >> 8);
                add8(&b, r[i][2] & 0xff), add8(&b, r[i][2] >> 8);
                add8(&b, i == 0 ? 1 /* MSG_PEEK */ : 0);
            }
            char name[64];
            snprintf(name, sizeof name, "type%u_creds%u", type, creds);
            put("recvmsg", name, b.b, b.n);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: make_seeds DIR\n");
        return 2;
    }
    root = argv[1];
    if (mkdir(root, 0755) < 0 && errno != EEXIST) {
        perror(root);
        return 1;
    }
    fz_examples(on_example, NULL);
    makefile_seeds();
    recvmsg_seeds();
    return 0;
}
