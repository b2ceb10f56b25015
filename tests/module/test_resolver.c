/* Resolver and databases: results and errors as Python's socket module.
 * Only localhost, numeric addresses and /etc/services + /etc/protocols
 * entries Debian ships; nothing here needs a network or DNS. */
#include "common.h"

#include <netdb.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>

int csock__h_error(csock_error *err, int code); /* internal */

TestSuite(resolver, .init = fd_check_init, .fini = fd_check_fini);

Test(resolver, getaddrinfo_numeric_ipv4)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo("127.0.0.1", "80", AF_INET,
                                          SOCK_STREAM, 0, AI_NUMERICHOST,
                                          &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_eq(n, 1);
    cr_assert_eq(l[0].family, AF_INET);
    cr_assert_eq(l[0].type, SOCK_STREAM);
    cr_assert_eq(l[0].proto, IPPROTO_TCP);
    cr_assert_str_eq(l[0].canonname, "");
    cr_assert_eq(l[0].addr.family, AF_INET);
    cr_assert_str_eq(l[0].addr.u.inet.host, "127.0.0.1");
    cr_assert_eq(l[0].addr.u.inet.port, 80);
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_every_type_in_order)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo_port("127.0.0.1", 7, 0, 0, 0, 0,
                                               &n, &e);
    ASSERT_PTR(l, e);
    /* Python: STREAM/6, DGRAM/17, RAW/0 */
    cr_assert_eq(n, 3);
    cr_assert_eq(l[0].type, SOCK_STREAM);
    cr_assert_eq(l[0].proto, 6);
    cr_assert_eq(l[1].type, SOCK_DGRAM);
    cr_assert_eq(l[1].proto, 17);
    cr_assert_eq(l[2].type, SOCK_RAW);
    cr_assert_eq(l[2].proto, 0);
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_port_wraps_as_python)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo_port("127.0.0.1", 70000, AF_INET,
                                               SOCK_STREAM, 0, 0, &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_eq(l[0].addr.u.inet.port, 4464);
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_service_name_and_ipv6)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo("::1", "http", 0, SOCK_STREAM, 0,
                                          0, &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_eq(n, 1);
    cr_assert_eq(l[0].family, AF_INET6);
    cr_assert_str_eq(l[0].addr.u.inet6.host, "::1");
    cr_assert_eq(l[0].addr.u.inet6.port, 80);
    cr_assert_eq(l[0].addr.u.inet6.flowinfo, 0);
    cr_assert_eq(l[0].addr.u.inet6.scope_id, 0);
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_canonname_localhost)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo("localhost", "80", AF_INET,
                                          SOCK_STREAM, 0, AI_CANONNAME, &n,
                                          &e);
    ASSERT_PTR(l, e);
    cr_assert_geq(n, 1);
    cr_assert_str_eq(l[0].canonname, "localhost");
    cr_assert_str_eq(l[0].addr.u.inet.host, "127.0.0.1");
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_passive_wildcard)
{
    csock_error e;
    size_t n = 0;
    csock_addrinfo *l = csock_getaddrinfo(NULL, "80", AF_INET, SOCK_STREAM,
                                          0, AI_PASSIVE, &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_str_eq(l[0].addr.u.inet.host, "0.0.0.0");
    csock_addrinfo_free(l);
}

Test(resolver, getaddrinfo_errors)
{
    csock_error e;
    size_t n = 5;
    cr_assert_null(csock_getaddrinfo("localhost", "80", 0, 0, 0,
                                     AI_NUMERICHOST, &n, &e));
    cr_assert_eq(n, 0);
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -2] Name or service not known");
    cr_assert_eq(e.code, EAI_NONAME);
    cr_assert_null(csock_getaddrinfo(NULL, NULL, 0, 0, 0, 0, &n, &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -2] Name or service not known");
    cr_assert_null(csock_getaddrinfo("127.0.0.1", "nosuchservice", 0, 0, 0,
                                     0, &n, &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -8] Servname not supported for ai_socktype");
    cr_assert_null(csock_getaddrinfo_port("127.0.0.1", -1, 0, 0, 0, 0, &n,
                                          &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -8] Servname not supported for ai_socktype");
    cr_assert_null(csock_getaddrinfo("127.0.0.1", "80", 999, 0, 0, 0, &n,
                                     &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -6] ai_family not supported");
    csock_addrinfo_free(NULL);
}

static int hook_calls;
static void *hb(void *ctx) { (void)ctx; hook_calls++; return &hook_calls; }
static void he(void *ctx, void *st) { (void)ctx; cr_assert_eq(st, &hook_calls); hook_calls += 100; }

Test(resolver, resolver_calls_run_inside_blocking_hooks)
{
    csock_hooks h = { hb, he, NULL, NULL };
    csock_set_hooks(&h);
    hook_calls = 0;
    csock_error e;
    size_t n;
    csock_addrinfo *l = csock_getaddrinfo("127.0.0.1", "80", AF_INET,
                                          SOCK_STREAM, 0, 0, &n, &e);
    csock_addrinfo_free(l);
    csock_set_hooks(NULL);
    cr_assert_eq(hook_calls, 101);
}

Test(resolver, getnameinfo_results)
{
    csock_error e;
    csock_nameinfo ni;
    csock_addr a = csock_addr_inet("127.0.0.1", 80);
    ASSERT_OK(csock_getnameinfo(&a, 0, &ni, &e), e);
    cr_assert_str_eq(ni.host, "localhost");
    cr_assert_str_eq(ni.serv, "http");
    ASSERT_OK(csock_getnameinfo(&a, NI_NUMERICHOST | NI_NUMERICSERV, &ni, &e), e);
    cr_assert_str_eq(ni.host, "127.0.0.1");
    cr_assert_str_eq(ni.serv, "80");
    csock_addr a6 = csock_addr_inet6("::1", 80, 0, 0);
    ASSERT_OK(csock_getnameinfo(&a6, NI_NUMERICHOST, &ni, &e), e);
    cr_assert_str_eq(ni.host, "::1");
    cr_assert_str_eq(ni.serv, "http");
}

Test(resolver, getnameinfo_errors)
{
    csock_error e;
    csock_nameinfo ni;
    csock_addr a = csock_addr_inet6("::1", 80, 0x100000, 0);
    cr_assert_eq(csock_getnameinfo(&a, 0, &ni, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "getnameinfo(): flowinfo must be 0-1048575.");
    a = csock_addr_inet6("127.0.0.1", 80, 0, 0);
    cr_assert_eq(csock_getnameinfo(&a, 0, &ni, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "IPv4 sockaddr must be 2 tuple");
    a = csock_addr_inet("localhost", 80);
    cr_assert_eq(csock_getnameinfo(&a, 0, &ni, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -2] Name or service not known");
    a = csock_addr_inet("127.0.0.1", -1);
    cr_assert_eq(csock_getnameinfo(&a, 0, &ni, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -8] Servname not supported for ai_socktype");
    a = csock_addr_unix("/tmp/x");
    cr_assert_eq(csock_getnameinfo(&a, 0, &ni, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TYPE, "getnameinfo(): illegal sockaddr argument");
}

Test(resolver, gethostbyname)
{
    csock_error e;
    char out[CSOCK_INET_ADDRSTRLEN];
    ASSERT_OK(csock_gethostbyname("localhost", out, &e), e);
    cr_assert_str_eq(out, "127.0.0.1");
    ASSERT_OK(csock_gethostbyname("127.0.0.1", out, &e), e);
    cr_assert_str_eq(out, "127.0.0.1");
    ASSERT_OK(csock_gethostbyname("", out, &e), e);
    cr_assert_str_eq(out, "0.0.0.0");
    ASSERT_OK(csock_gethostbyname("<broadcast>", out, &e), e);
    cr_assert_str_eq(out, "255.255.255.255");
    cr_assert_eq(csock_gethostbyname("::1", out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -9] Address family for hostname not supported");
}

Test(resolver, gethostbyname_ex_and_byaddr)
{
    csock_error e;
    csock_hostent *h = csock_gethostbyname_ex("localhost", &e);
    ASSERT_PTR(h, e);
    cr_assert_str_eq(h->name, "localhost");
    cr_assert_geq(h->naddrs, 1);
    cr_assert_str_eq(h->addrs[0], "127.0.0.1");
    cr_assert_null(h->addrs[h->naddrs]);
    cr_assert_null(h->aliases[h->naliases]);
    csock_hostent_free(h);

    h = csock_gethostbyname_ex("127.0.0.1", &e);
    ASSERT_PTR(h, e);
    cr_assert_str_eq(h->name, "127.0.0.1");
    cr_assert_eq(h->naddrs, 1);
    csock_hostent_free(h);

    h = csock_gethostbyaddr("127.0.0.1", &e);
    ASSERT_PTR(h, e);
    cr_assert_str_eq(h->name, "localhost");
    cr_assert_str_eq(h->addrs[0], "127.0.0.1");
    csock_hostent_free(h);
    csock_hostent_free(NULL);
}

Test(resolver, gethostby_errors)
{
    csock_error e;
    cr_assert_null(csock_gethostbyname_ex("::1", &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -9] Address family for hostname not supported");
    /* '' is the wildcard: two answers (0.0.0.0 and ::) where IPv6 exists. */
    size_t n = 0;
    csock_addrinfo *w = csock_getaddrinfo(NULL, "0", 0, SOCK_DGRAM, 0,
                                          AI_PASSIVE, &n, &e);
    ASSERT_PTR(w, e);
    csock_addrinfo_free(w);
    csock_hostent *h = csock_gethostbyaddr("", &e);
    if (n > 1) {
        cr_assert_null(h);
        ASSERT_ERR(e, CSOCK_ERR_OS, "wildcard resolved to multiple address");
    } else {
        csock_hostent_free(h);
    }
    /* herror's message, as Python's set_herror (h_errno 1). */
    cr_assert_eq(csock__h_error(&e, HOST_NOT_FOUND), -1);
    ASSERT_ERR(e, CSOCK_ERR_HERROR, "[Errno 1] Unknown host");
    cr_assert_eq(e.code, 1);
}

Test(resolver, gethostname_and_getfqdn)
{
    csock_error e;
    char *name = csock_gethostname(&e);
    ASSERT_PTR(name, e);
    char sys[1024];
    cr_assert_eq(gethostname(sys, sizeof sys), 0);
    cr_assert_str_eq(name, sys);
    csock_str_free(name);

    char *f = csock_getfqdn("localhost", &e);
    ASSERT_PTR(f, e);
    cr_assert_str_eq(f, "localhost");
    csock_str_free(f);
    f = csock_getfqdn("  127.0.0.1 \t", &e);
    ASSERT_PTR(f, e);
    cr_assert_str_eq(f, "localhost");
    csock_str_free(f);
}

Test(resolver, sethostname_error_paths)
{
    csock_error e;
    char longname[300];
    memset(longname, 'x', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    cr_assert_eq(csock_sethostname(longname, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EINVAL));
}

Test(resolver, sethostname_in_private_uts_namespace)
{
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        /* Never touches the machine: a private UTS namespace or nothing. */
        if (unshare(CLONE_NEWUTS) < 0)
            _exit(77);
        csock_error e;
        if (csock_sethostname("csock-test-host", &e) < 0)
            _exit(1);
        char *n = csock_gethostname(&e);
        int ok = n && strcmp(n, "csock-test-host") == 0;
        csock_str_free(n);
        _exit(ok ? 0 : 2);
    }
    int st = 0;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    cr_assert(WIFEXITED(st));
    if (WEXITSTATUS(st) == 77)
        cr_skip_test("unshare(CLONE_NEWUTS) not permitted here");
    cr_assert_eq(WEXITSTATUS(st), 0);
}

Test(resolver, protocol_and_service_databases)
{
    csock_error e;
    cr_assert_eq(csock_getprotobyname("tcp", &e), 6);
    cr_assert_eq(csock_getprotobyname("udp", &e), 17);
    cr_assert_eq(csock_getprotobyname("icmp", &e), 1);
    cr_assert_eq(csock_getprotobyname("nosuch", &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "protocol not found");

    cr_assert_eq(csock_getservbyname("http", NULL, &e), 80);
    cr_assert_eq(csock_getservbyname("http", "tcp", &e), 80);
    cr_assert_eq(csock_getservbyname("domain", "udp", &e), 53);
    cr_assert_eq(csock_getservbyname("nosuch", NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "service/proto not found");
    cr_assert_eq(csock_getservbyname("http", "xyz", &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "service/proto not found");

    char *s = csock_getservbyport(80, NULL, &e);
    ASSERT_PTR(s, e);
    cr_assert_str_eq(s, "http");
    csock_str_free(s);
    s = csock_getservbyport(22, "tcp", &e);
    ASSERT_PTR(s, e);
    cr_assert_str_eq(s, "ssh");
    csock_str_free(s);
    cr_assert_null(csock_getservbyport(70000, NULL, &e));
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "getservbyport: port must be 0-65535.");
    cr_assert_null(csock_getservbyport(-1, NULL, &e));
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "getservbyport: port must be 0-65535.");
    cr_assert_null(csock_getservbyport(80, "xyz", &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, "port/proto not found");
}

static void *db_worker(void *arg)
{
    long bad = 0;
    for (int i = 0; i < 300; i++) {
        csock_error e;
        char *s = csock_getservbyport(i & 1 ? 80 : 22, NULL, &e);
        if (!s || strcmp(s, i & 1 ? "http" : "ssh") != 0)
            bad++;
        csock_str_free(s);
        if (csock_getprotobyname(i & 1 ? "udp" : "tcp", &e) != (i & 1 ? 17 : 6))
            bad++;
        char out[CSOCK_INET_ADDRSTRLEN];
        if (csock_gethostbyname("localhost", out, &e) < 0 ||
            strcmp(out, "127.0.0.1") != 0)
            bad++;
    }
    (void)arg;
    return (void *)bad;
}

Test(resolver, databases_are_thread_safe)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        cr_assert_eq(pthread_create(&t[i], NULL, db_worker, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        cr_assert_eq((long)r, 0);
    }
}

Test(resolver, getaddrinfo_ai_flags_honoured)
{
    csock_error e;
    size_t n = 0;
    cr_assert_null(csock_getaddrinfo("127.0.0.1", "http", 0, SOCK_STREAM, 0,
                                     AI_NUMERICSERV, &n, &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -2] Name or service not known");
    csock_addrinfo *l = csock_getaddrinfo_port("127.0.0.1", 80, AF_INET6,
                                               SOCK_STREAM, 0, AI_V4MAPPED,
                                               &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_eq(n, 1);
    cr_assert_eq(l[0].family, AF_INET6);
    cr_assert_str_eq(l[0].addr.u.inet6.host, "::ffff:127.0.0.1");
    csock_addrinfo_free(l);
    cr_assert_null(csock_getaddrinfo_port("127.0.0.1", 80, AF_INET6,
                                          SOCK_STREAM, 0, 0, &n, &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -9] Address family for hostname not supported");
    l = csock_getaddrinfo_port("127.0.0.1", 80, 0, SOCK_STREAM, 0,
                               AI_NUMERICHOST | AI_CANONNAME, &n, &e);
    ASSERT_PTR(l, e);
    cr_assert_str_eq(l[0].canonname, "127.0.0.1");
    csock_addrinfo_free(l);
}

/* getfqdn's rule needs names with and without dots and a lookup that
 * fails fast: a child in a private mount namespace sees its own
 * /etc/hosts and /etc/nsswitch.conf ("files" only: no DNS). */
static int bind_file(const char *dir, const char *name, const char *text,
                     const char *target)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0)
        return -1;
    /* The type is ignored with MS_BIND; "none" rather than NULL, which
     * valgrind reads as a string. */
    return mount(path, target, "none", MS_BIND, NULL);
}

static int fqdn_is(const char *name, const char *want)
{
    csock_error e;
    char *f = csock_getfqdn(name, &e);
    int ok = f && strcmp(f, want) == 0;
    if (!ok)
        fprintf(stderr, "getfqdn(%s) = %s, want %s\n", name,
                f ? f : e.message, want);
    csock_str_free(f);
    return ok;
}

Test(resolver, getfqdn_rule_in_private_hosts_file)
{
    char dir[] = "/tmp/csock-fqdn-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        if (unshare(CLONE_NEWNS) < 0 ||
            mount("none", "/", "none", MS_REC | MS_PRIVATE, NULL) < 0)
            _exit(77);
        if (bind_file(dir, "hosts",
                      "127.0.0.1 localhost\n"
                      "127.0.0.2 short short.example.test other.example.test\n"
                      "127.0.0.3 dotted.example.test plain\n"
                      "127.0.0.4 nodots alias\n",
                      "/etc/hosts") < 0 ||
            bind_file(dir, "nsswitch.conf", "hosts: files\n",
                      "/etc/nsswitch.conf") < 0)
            _exit(77);
        int bad = 0;
        /* the first of (hostname, aliases...) with a dot */
        bad += !fqdn_is("127.0.0.2", "short.example.test");
        bad += !fqdn_is("short", "short.example.test");
        bad += !fqdn_is("127.0.0.3", "dotted.example.test");
        /* none has a dot: the hostname */
        bad += !fqdn_is("127.0.0.4", "nodots");
        bad += !fqdn_is(" alias\n", "nodots");
        /* lookup fails: the (stripped) name as given */
        bad += !fqdn_is("  no-such-host ", "no-such-host");
        bad += !fqdn_is("192.0.2.7", "192.0.2.7");
        /* gethostbyaddr shows the aliases in order */
        csock_error e;
        csock_hostent *h = csock_gethostbyaddr("127.0.0.2", &e);
        if (!h || strcmp(h->name, "short") != 0 || h->naliases != 2 ||
            strcmp(h->aliases[0], "short.example.test") != 0 ||
            strcmp(h->aliases[1], "other.example.test") != 0)
            bad++;
        csock_hostent_free(h);
        /* and an unknown name is herror / gaierror as Python */
        h = csock_gethostbyaddr("no-such-host", &e);
        if (h || e.kind != CSOCK_ERR_GAI ||
            strcmp(e.message, "[Errno -2] Name or service not known") != 0) {
            fprintf(stderr, "gethostbyaddr(no-such-host): %s\n", e.message);
            bad++;
        }
        csock_hostent_free(h);
        h = csock_gethostbyaddr("192.0.2.7", &e);
        if (h || e.kind != CSOCK_ERR_HERROR ||
            strcmp(e.message, "[Errno 1] Unknown host") != 0) {
            fprintf(stderr, "gethostbyaddr(192.0.2.7): %s\n", e.message);
            bad++;
        }
        csock_hostent_free(h);
        _exit(bad ? 1 : 0);
    }
    int st = 0;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    char p[300];
    snprintf(p, sizeof p, "%s/hosts", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/nsswitch.conf", dir);
    unlink(p);
    rmdir(dir);
    cr_assert(WIFEXITED(st));
    if (WEXITSTATUS(st) == 77)
        cr_skip_test("no private mount namespace here");
    cr_assert_eq(WEXITSTATUS(st), 0, "see the messages above");
}

Test(resolver, setipaddr_broadcast_needs_af_inet)
{
    /* Python's setipaddr: '<broadcast>' is 255.255.255.255 for AF_INET and
     * an error for any other family */
    csock_error e;
    csock *s = csock_socket(AF_INET6, SOCK_DGRAM, 0, &e);
    ASSERT_PTR(s, e);
    csock_addr a = csock_addr_inet6("<broadcast>", 0, 0, 0);
    cr_assert_eq(csock_bind(s, &a, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "address family mismatched");
    ASSERT_OK(csock_close(s, &e), e);
    char out[CSOCK_INET_ADDRSTRLEN];
    ASSERT_OK(csock_gethostbyname("<broadcast>", out, &e), e);
    cr_assert_str_eq(out, "255.255.255.255");
}
