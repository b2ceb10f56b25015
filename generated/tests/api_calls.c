/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/api_tests.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/api_calls.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* spec/api's `waits:` and `raises:` made true, for every C function of an
 * entry (but those whose test says skip).  Each function has one call
 * below: it runs on a fixture (tests/api/harness.c), frees what the spec
 * says the caller frees, and says whether it failed; the harness runs it
 *   api_waits:  a `waits: none` call polls for nothing in timeout,
 *               non-blocking and blocking mode (the syscall layer's poll is
 *               counted); a read/write/connect call, in timeout mode on a
 *               fixture where nothing comes, polls for that event and gives
 *               up at the timeout; a resolver call runs inside the blocking
 *               hooks (where a binding releases its lock);
 *   api_raises: on a ready fixture, in every mode, with the k-th syscall
 *               failing (a few errnos, without running) or the k-th
 *               allocation failing, for k = 1, 2, ... as far as the call
 *               goes: when it fails, its kind is one the spec lists.
 * No fd may be left open after any of it (the suites' fd check). */
#include "api/harness.h"

TestSuite(api_waits, .init = api_init, .fini = api_fini);
TestSuite(api_raises, .init = api_init, .fini = api_fini);

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_LEN: csock_cmsg_len; waits none; raises overflow */
static int call_module_CMSG_LEN__csock_cmsg_len(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    ssize_t r;
    r = csock_cmsg_len(8, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_CMSG_LEN__csock_cmsg_len) { api_check_no_wait(API_FX_NONE, 0, call_module_CMSG_LEN__csock_cmsg_len, "csock_cmsg_len"); }
Test(api_raises, module_CMSG_LEN__csock_cmsg_len)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_NONE, 0, call_module_CMSG_LEN__csock_cmsg_len, "csock_cmsg_len", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow");
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_SPACE: csock_cmsg_space; waits none; raises overflow */
static int call_module_CMSG_SPACE__csock_cmsg_space(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    ssize_t r;
    r = csock_cmsg_space(8, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_CMSG_SPACE__csock_cmsg_space) { api_check_no_wait(API_FX_NONE, 0, call_module_CMSG_SPACE__csock_cmsg_space, "csock_cmsg_space"); }
Test(api_raises, module_CMSG_SPACE__csock_cmsg_space)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_NONE, 0, call_module_CMSG_SPACE__csock_cmsg_space, "csock_cmsg_space", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow");
}
#endif

/* module close: csock_close_descriptor; waits none; raises os, type */
static int call_module_close__csock_close_descriptor(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_fd_t sockfd = api_new_sockfd();
    int r;
    r = csock_close_descriptor(sockfd, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
        api_close_if_open(sockfd);
    }
    return failed;
}

Test(api_waits, module_close__csock_close_descriptor) { api_check_no_wait(API_FX_NONE, 0, call_module_close__csock_close_descriptor, "csock_close_descriptor"); }
Test(api_raises, module_close__csock_close_descriptor)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_close__csock_close_descriptor, "csock_close_descriptor", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type");
}

/* module getaddrinfo: csock_getaddrinfo; waits resolver; raises gai, os, type, value, nomem */
static int call_module_getaddrinfo__csock_getaddrinfo(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    size_t count_out = 0;
    csock_addrinfo *r;
    r = csock_getaddrinfo("127.0.0.1", "80", 0, 0, 0, AI_NUMERICHOST, &count_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_addrinfo_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_getaddrinfo__csock_getaddrinfo) { api_check_resolver(API_FX_NONE, 0, call_module_getaddrinfo__csock_getaddrinfo, "csock_getaddrinfo"); }
Test(api_raises, module_getaddrinfo__csock_getaddrinfo)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getaddrinfo__csock_getaddrinfo, "csock_getaddrinfo", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, os, type, value, nomem");
}

/* module getaddrinfo: csock_getaddrinfo_port; waits resolver; raises gai, os, type, value, nomem */
static int call_module_getaddrinfo__csock_getaddrinfo_port(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    size_t count_out = 0;
    csock_addrinfo *r;
    r = csock_getaddrinfo_port("127.0.0.1", 80, 0, 0, 0, AI_NUMERICHOST, &count_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_addrinfo_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_getaddrinfo__csock_getaddrinfo_port) { api_check_resolver(API_FX_NONE, 0, call_module_getaddrinfo__csock_getaddrinfo_port, "csock_getaddrinfo_port"); }
Test(api_raises, module_getaddrinfo__csock_getaddrinfo_port)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getaddrinfo__csock_getaddrinfo_port, "csock_getaddrinfo_port", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, os, type, value, nomem");
}

/* module getdefaulttimeout: csock_getdefaulttimeout; waits none; raises nothing */
static int call_module_getdefaulttimeout__csock_getdefaulttimeout(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    double r;
    r = csock_getdefaulttimeout();
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_getdefaulttimeout__csock_getdefaulttimeout) { api_check_no_wait(API_FX_NONE, 0, call_module_getdefaulttimeout__csock_getdefaulttimeout, "csock_getdefaulttimeout"); }
Test(api_raises, module_getdefaulttimeout__csock_getdefaulttimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_NONE, 0, call_module_getdefaulttimeout__csock_getdefaulttimeout, "csock_getdefaulttimeout", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* module gethostbyaddr: csock_gethostbyaddr; waits resolver; raises herror, gai, os, nomem */
static int call_module_gethostbyaddr__csock_gethostbyaddr(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_hostent *r;
    r = csock_gethostbyaddr("127.0.0.1", err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_hostent_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_gethostbyaddr__csock_gethostbyaddr) { api_check_resolver(API_FX_NONE, 0, call_module_gethostbyaddr__csock_gethostbyaddr, "csock_gethostbyaddr"); }
Test(api_raises, module_gethostbyaddr__csock_gethostbyaddr)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_HERROR, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_gethostbyaddr__csock_gethostbyaddr, "csock_gethostbyaddr", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "herror, gai, os, nomem");
}

/* module gethostbyname: csock_gethostbyname; waits resolver; raises gai, herror, os */
static int call_module_gethostbyname__csock_gethostbyname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char out_out[CSOCK_INET_ADDRSTRLEN];
    int r;
    r = csock_gethostbyname("localhost", out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_gethostbyname__csock_gethostbyname) { api_check_resolver(API_FX_NONE, 0, call_module_gethostbyname__csock_gethostbyname, "csock_gethostbyname"); }
Test(api_raises, module_gethostbyname__csock_gethostbyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_HERROR, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_gethostbyname__csock_gethostbyname, "csock_gethostbyname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, herror, os");
}

/* module gethostbyname_ex: csock_gethostbyname_ex; waits resolver; raises gai, herror, os, nomem */
static int call_module_gethostbyname_ex__csock_gethostbyname_ex(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_hostent *r;
    r = csock_gethostbyname_ex("127.0.0.1", err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_hostent_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_gethostbyname_ex__csock_gethostbyname_ex) { api_check_resolver(API_FX_NONE, 0, call_module_gethostbyname_ex__csock_gethostbyname_ex, "csock_gethostbyname_ex"); }
Test(api_raises, module_gethostbyname_ex__csock_gethostbyname_ex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_HERROR, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_gethostbyname_ex__csock_gethostbyname_ex, "csock_gethostbyname_ex", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, herror, os, nomem");
}

/* module gethostname: csock_gethostname; waits none; raises os, nomem */
static int call_module_gethostname__csock_gethostname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char *r;
    r = csock_gethostname(err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_str_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_gethostname__csock_gethostname) { api_check_no_wait(API_FX_NONE, 0, call_module_gethostname__csock_gethostname, "csock_gethostname"); }
Test(api_raises, module_gethostname__csock_gethostname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_gethostname__csock_gethostname, "csock_gethostname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module getnameinfo: csock_getnameinfo; waits resolver; raises gai, os, type, overflow */
static int call_module_getnameinfo__csock_getnameinfo(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_nameinfo out_out;
    int r;
    r = csock_getnameinfo(&api_loopback, NI_NUMERICHOST, &out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_getnameinfo__csock_getnameinfo) { api_check_resolver(API_FX_NONE, 0, call_module_getnameinfo__csock_getnameinfo, "csock_getnameinfo"); }
Test(api_raises, module_getnameinfo__csock_getnameinfo)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_NONE, 0, call_module_getnameinfo__csock_getnameinfo, "csock_getnameinfo", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, os, type, overflow");
}

/* module getprotobyname: csock_getprotobyname; waits none; raises os, nomem */
static int call_module_getprotobyname__csock_getprotobyname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_getprotobyname("tcp", err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_getprotobyname__csock_getprotobyname) { api_check_no_wait(API_FX_NONE, 0, call_module_getprotobyname__csock_getprotobyname, "csock_getprotobyname"); }
Test(api_raises, module_getprotobyname__csock_getprotobyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getprotobyname__csock_getprotobyname, "csock_getprotobyname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module getservbyname: csock_getservbyname; waits none; raises os, nomem */
static int call_module_getservbyname__csock_getservbyname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_getservbyname("http", "tcp", err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_getservbyname__csock_getservbyname) { api_check_no_wait(API_FX_NONE, 0, call_module_getservbyname__csock_getservbyname, "csock_getservbyname"); }
Test(api_raises, module_getservbyname__csock_getservbyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getservbyname__csock_getservbyname, "csock_getservbyname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module getservbyport: csock_getservbyport; waits none; raises os, overflow, nomem */
static int call_module_getservbyport__csock_getservbyport(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char *r;
    r = csock_getservbyport(80, "tcp", err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_str_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_getservbyport__csock_getservbyport) { api_check_no_wait(API_FX_NONE, 0, call_module_getservbyport__csock_getservbyport, "csock_getservbyport"); }
Test(api_raises, module_getservbyport__csock_getservbyport)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getservbyport__csock_getservbyport, "csock_getservbyport", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, overflow, nomem");
}

/* module htonl: csock_htonl; waits none; raises overflow, type */
static int call_module_htonl__csock_htonl(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int64_t r;
    r = csock_htonl(1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_htonl__csock_htonl) { api_check_no_wait(API_FX_NONE, 0, call_module_htonl__csock_htonl, "csock_htonl"); }
Test(api_raises, module_htonl__csock_htonl)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_htonl__csock_htonl, "csock_htonl", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow, type");
}

/* module htons: csock_htons; waits none; raises overflow, type */
static int call_module_htons__csock_htons(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int64_t r;
    r = csock_htons(1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_htons__csock_htons) { api_check_no_wait(API_FX_NONE, 0, call_module_htons__csock_htons, "csock_htons"); }
Test(api_raises, module_htons__csock_htons)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_htons__csock_htons, "csock_htons", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow, type");
}

/* module if_indextoname: csock_if_indextoname; waits none; raises os, overflow, type */
static int call_module_if_indextoname__csock_if_indextoname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char out_out[CSOCK_IFNAMSIZ];
    int r;
    r = csock_if_indextoname(1, out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_if_indextoname__csock_if_indextoname) { api_check_no_wait(API_FX_NONE, 0, call_module_if_indextoname__csock_if_indextoname, "csock_if_indextoname"); }
Test(api_raises, module_if_indextoname__csock_if_indextoname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_if_indextoname__csock_if_indextoname, "csock_if_indextoname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, overflow, type");
}

/* module if_nameindex: csock_if_nameindex; waits none; raises os, nomem */
static int call_module_if_nameindex__csock_if_nameindex(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    size_t count_out = 0;
    csock_ifname *r;
    r = csock_if_nameindex(&count_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_ifname_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_if_nameindex__csock_if_nameindex) { api_check_no_wait(API_FX_NONE, 0, call_module_if_nameindex__csock_if_nameindex, "csock_if_nameindex"); }
Test(api_raises, module_if_nameindex__csock_if_nameindex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_if_nameindex__csock_if_nameindex, "csock_if_nameindex", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module if_nametoindex: csock_if_nametoindex; waits none; raises os */
static int call_module_if_nametoindex__csock_if_nametoindex(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    unsigned int r;
    r = csock_if_nametoindex("lo", err);
    (void)r;
    int failed = (r == 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_if_nametoindex__csock_if_nametoindex) { api_check_no_wait(API_FX_NONE, 0, call_module_if_nametoindex__csock_if_nametoindex, "csock_if_nametoindex"); }
Test(api_raises, module_if_nametoindex__csock_if_nametoindex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_if_nametoindex__csock_if_nametoindex, "csock_if_nametoindex", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* module inet_aton: csock_inet_aton; waits none; raises os, value, nomem */
static int call_module_inet_aton__csock_inet_aton(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    unsigned char out_out[4];
    int r;
    r = csock_inet_aton("1.2.3.4", out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_aton__csock_inet_aton) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_aton__csock_inet_aton, "csock_inet_aton"); }
Test(api_raises, module_inet_aton__csock_inet_aton)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_inet_aton__csock_inet_aton, "csock_inet_aton", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, nomem");
}

/* module inet_aton: csock_inet_aton_n; waits none; raises os, value, nomem */
static int call_module_inet_aton__csock_inet_aton_n(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    unsigned char out_out[4];
    int r;
    r = csock_inet_aton_n("1.2.3.4", 7, out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_aton__csock_inet_aton_n) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_aton__csock_inet_aton_n, "csock_inet_aton_n"); }
Test(api_raises, module_inet_aton__csock_inet_aton_n)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_inet_aton__csock_inet_aton_n, "csock_inet_aton_n", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, nomem");
}

/* module inet_ntoa: csock_inet_ntoa; waits none; raises os */
static int call_module_inet_ntoa__csock_inet_ntoa(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char packed_data[16] = "0123456789abcde";
    char out_out[CSOCK_INET_ADDRSTRLEN];
    int r;
    r = csock_inet_ntoa(packed_data, 4, out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_ntoa__csock_inet_ntoa) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_ntoa__csock_inet_ntoa, "csock_inet_ntoa"); }
Test(api_raises, module_inet_ntoa__csock_inet_ntoa)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_inet_ntoa__csock_inet_ntoa, "csock_inet_ntoa", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* module inet_ntop: csock_inet_ntop; waits none; raises value, os */
static int call_module_inet_ntop__csock_inet_ntop(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char packed_data[16] = "0123456789abcde";
    char out_out[CSOCK_INET6_ADDRSTRLEN];
    int r;
    r = csock_inet_ntop(AF_INET, packed_data, 4, out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_ntop__csock_inet_ntop) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_ntop__csock_inet_ntop, "csock_inet_ntop"); }
Test(api_raises, module_inet_ntop__csock_inet_ntop)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_inet_ntop__csock_inet_ntop, "csock_inet_ntop", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "value, os");
}

/* module inet_pton: csock_inet_pton; waits none; raises os, value, nomem */
static int call_module_inet_pton__csock_inet_pton(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    unsigned char out_out[16];
    int r;
    r = csock_inet_pton(AF_INET6, "::1", out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_pton__csock_inet_pton) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_pton__csock_inet_pton, "csock_inet_pton"); }
Test(api_raises, module_inet_pton__csock_inet_pton)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_inet_pton__csock_inet_pton, "csock_inet_pton", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, nomem");
}

/* module inet_pton: csock_inet_pton_n; waits none; raises os, value, nomem */
static int call_module_inet_pton__csock_inet_pton_n(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    unsigned char out_out[16];
    int r;
    r = csock_inet_pton_n(AF_INET6, "::1", 3, out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_inet_pton__csock_inet_pton_n) { api_check_no_wait(API_FX_NONE, 0, call_module_inet_pton__csock_inet_pton_n, "csock_inet_pton_n"); }
Test(api_raises, module_inet_pton__csock_inet_pton_n)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_inet_pton__csock_inet_pton_n, "csock_inet_pton_n", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, nomem");
}

/* module ntohl: csock_ntohl; waits none; raises overflow, type */
static int call_module_ntohl__csock_ntohl(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int64_t r;
    r = csock_ntohl(1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_ntohl__csock_ntohl) { api_check_no_wait(API_FX_NONE, 0, call_module_ntohl__csock_ntohl, "csock_ntohl"); }
Test(api_raises, module_ntohl__csock_ntohl)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_ntohl__csock_ntohl, "csock_ntohl", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow, type");
}

/* module ntohs: csock_ntohs; waits none; raises overflow, type */
static int call_module_ntohs__csock_ntohs(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int64_t r;
    r = csock_ntohs(1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_ntohs__csock_ntohs) { api_check_no_wait(API_FX_NONE, 0, call_module_ntohs__csock_ntohs, "csock_ntohs"); }
Test(api_raises, module_ntohs__csock_ntohs)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_NONE, 0, call_module_ntohs__csock_ntohs, "csock_ntohs", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "overflow, type");
}

/* module setdefaulttimeout: csock_setdefaulttimeout; waits none; raises value, type, overflow */
static int call_module_setdefaulttimeout__csock_setdefaulttimeout(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_setdefaulttimeout__csock_setdefaulttimeout) { api_check_no_wait(API_FX_NONE, 0, call_module_setdefaulttimeout__csock_setdefaulttimeout, "csock_setdefaulttimeout"); }
Test(api_raises, module_setdefaulttimeout__csock_setdefaulttimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_NONE, 0, call_module_setdefaulttimeout__csock_setdefaulttimeout, "csock_setdefaulttimeout", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "value, type, overflow");
}

/* module socketpair: csock_socketpair; waits none; raises os, nomem */
static int call_module_socketpair__csock_socketpair(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *pair_out[2];
    int r;
    r = csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
        csock_close(pair_out[0], NULL);
        csock_close(pair_out[1], NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_socketpair__csock_socketpair) { api_check_no_wait(API_FX_NONE, 0, call_module_socketpair__csock_socketpair, "csock_socketpair"); }
Test(api_raises, module_socketpair__csock_socketpair)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_socketpair__csock_socketpair, "csock_socketpair", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module socket: csock_socket; waits none; raises os, value, type, overflow, nomem */
static int call_module_socket__csock_socket(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_socket(AF_INET, SOCK_STREAM, 0, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_socket__csock_socket) { api_check_no_wait(API_FX_NONE, 0, call_module_socket__csock_socket, "csock_socket"); }
Test(api_raises, module_socket__csock_socket)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_socket__csock_socket, "csock_socket", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, type, overflow, nomem");
}

/* module socket: csock_socket_fileno; waits none; raises os, value, type, overflow, nomem */
static int call_module_socket__csock_socket_fileno(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_fd_t sockfd = api_new_sockfd();
    csock *r;
    r = csock_socket_fileno(AF_INET, SOCK_STREAM, 0, sockfd, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
        api_close_if_open(sockfd);
    }
    return failed;
}

Test(api_waits, module_socket__csock_socket_fileno) { api_check_no_wait(API_FX_NONE, 0, call_module_socket__csock_socket_fileno, "csock_socket_fileno"); }
Test(api_raises, module_socket__csock_socket_fileno)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_socket__csock_socket_fileno, "csock_socket_fileno", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, type, overflow, nomem");
}

/* module fromfd: csock_fromfd; waits none; raises os, nomem */
static int call_module_fromfd__csock_fromfd(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_fromfd(csock_fileno(fx->s), AF_UNIX, SOCK_STREAM, 0, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_fromfd__csock_fromfd) { api_check_no_wait(API_FX_PAIR, 0, call_module_fromfd__csock_fromfd, "csock_fromfd"); }
Test(api_raises, module_fromfd__csock_fromfd)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 0, call_module_fromfd__csock_fromfd, "csock_fromfd", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* module create_connection: csock_create_connection; waits connect; raises os, gai, timeout, value, nomem */
static int call_module_create_connection__csock_create_connection(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_create_connection("127.0.0.1", fx->port, 0.05, NULL, 0, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_create_connection__csock_create_connection) { api_check_waits(API_FX_TCP, 0, call_module_create_connection__csock_create_connection, "csock_create_connection", API_WAIT_CONNECT); }
Test(api_raises, module_create_connection__csock_create_connection)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_TCP, 0, call_module_create_connection__csock_create_connection, "csock_create_connection", API_WAIT_CONNECT, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, timeout, value, nomem");
}

/* module create_server: csock_create_server; waits resolver; raises os, gai, value, nomem */
static int call_module_create_server__csock_create_server(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_create_server("localhost", 0, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_create_server__csock_create_server) { api_check_resolver(API_FX_NONE, 0, call_module_create_server__csock_create_server, "csock_create_server"); }
Test(api_raises, module_create_server__csock_create_server)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_create_server__csock_create_server, "csock_create_server", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, value, nomem");
}

/* module has_dualstack_ipv6: csock_has_dualstack_ipv6; waits none; raises nothing */
static int call_module_has_dualstack_ipv6__csock_has_dualstack_ipv6(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_has_dualstack_ipv6();
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_has_dualstack_ipv6__csock_has_dualstack_ipv6) { api_check_no_wait(API_FX_NONE, 0, call_module_has_dualstack_ipv6__csock_has_dualstack_ipv6, "csock_has_dualstack_ipv6"); }
Test(api_raises, module_has_dualstack_ipv6__csock_has_dualstack_ipv6)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_NONE, 0, call_module_has_dualstack_ipv6__csock_has_dualstack_ipv6, "csock_has_dualstack_ipv6", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* module getfqdn: csock_getfqdn; waits resolver; raises nomem */
static int call_module_getfqdn__csock_getfqdn(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char *r;
    r = csock_getfqdn("127.0.0.1", err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_str_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, module_getfqdn__csock_getfqdn) { api_check_resolver(API_FX_NONE, 0, call_module_getfqdn__csock_getfqdn, "csock_getfqdn"); }
Test(api_raises, module_getfqdn__csock_getfqdn)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_NONE, 0, call_module_getfqdn__csock_getfqdn, "csock_getfqdn", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nomem");
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module send_fds: csock_send_fds; waits write; raises os, timeout, type, value, overflow, nomem */
static int call_module_send_fds__csock_send_fds(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buffers_buf[64] = "x";
    csock_iov buffers_v[1] = {{buffers_buf, sizeof buffers_buf}};
    static const csock_fd_t fds_in[1] = {0};
    ssize_t r;
    r = csock_send_fds(fx->s, buffers_v, 1, fds_in, 1, 0, NULL, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_send_fds__csock_send_fds) { api_check_waits(API_FX_PAIR, 1, call_module_send_fds__csock_send_fds, "csock_send_fds", API_WAIT_WRITE); }
Test(api_raises, module_send_fds__csock_send_fds)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_module_send_fds__csock_send_fds, "csock_send_fds", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, type, value, overflow, nomem");
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module recv_fds: csock_recv_fds; waits read; raises os, timeout, value, nomem */
static int call_module_recv_fds__csock_recv_fds(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_msg msg_out;
    csock_fd_t fds_out[8];
    size_t nfds_out = 0;
    int r;
    r = csock_recv_fds(fx->s, 16, 4, 0, &msg_out, fds_out, &nfds_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
        csock_msg_free(&msg_out);
        for (size_t i_ = 0; i_ < nfds_out; i_++) csock_close_descriptor(fds_out[i_], NULL);
    } else {
    }
    return failed;
}

Test(api_waits, module_recv_fds__csock_recv_fds) { api_check_waits(API_FX_PAIR, 1, call_module_recv_fds__csock_recv_fds, "csock_recv_fds", API_WAIT_READ); }
Test(api_raises, module_recv_fds__csock_recv_fds)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_module_recv_fds__csock_recv_fds, "csock_recv_fds", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, nomem");
}
#endif

/* module error_kind_name: csock_error_kind_name; waits none; raises nothing */
static int call_module_error_kind_name__csock_error_kind_name(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    const char *r;
    r = csock_error_kind_name(CSOCK_ERR_TIMEOUT);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_error_kind_name__csock_error_kind_name) { api_check_no_wait(API_FX_NONE, 0, call_module_error_kind_name__csock_error_kind_name, "csock_error_kind_name"); }
Test(api_raises, module_error_kind_name__csock_error_kind_name)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_NONE, 0, call_module_error_kind_name__csock_error_kind_name, "csock_error_kind_name", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* module hooks_released: csock_hooks_released; waits none; raises nothing */
static int call_module_hooks_released__csock_hooks_released(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_hooks_released(0);
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_hooks_released__csock_hooks_released) { api_check_no_wait(API_FX_NONE, 0, call_module_hooks_released__csock_hooks_released, "csock_hooks_released"); }
Test(api_raises, module_hooks_released__csock_hooks_released)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_NONE, 0, call_module_hooks_released__csock_hooks_released, "csock_hooks_released", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* module syscall_count: csock_syscall_count; waits none; raises nothing */
static int call_module_syscall_count__csock_syscall_count(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    uint64_t r;
    r = csock_syscall_count();
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_syscall_count__csock_syscall_count) { api_check_no_wait(API_FX_NONE, 0, call_module_syscall_count__csock_syscall_count, "csock_syscall_count"); }
Test(api_raises, module_syscall_count__csock_syscall_count)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_NONE, 0, call_module_syscall_count__csock_syscall_count, "csock_syscall_count", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket _accept: csock_accept_fd; waits read; raises os, timeout */
static int call_socket__accept__csock_accept_fd(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_addr addr_out;
    csock_fd_t r;
    r = csock_accept_fd(fx->s, &addr_out, err);
    (void)r;
    int failed = (r == CSOCK_INVALID_FD);
    if (!failed) {
        if (r != CSOCK_INVALID_FD) csock_close_descriptor(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, socket__accept__csock_accept_fd) { api_check_waits(API_FX_LISTENER, 1, call_socket__accept__csock_accept_fd, "csock_accept_fd", API_WAIT_READ); }
Test(api_raises, socket__accept__csock_accept_fd)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    api_check_raises(API_FX_LISTENER, 1, call_socket__accept__csock_accept_fd, "csock_accept_fd", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout");
}

/* socket bind: csock_bind; waits none; raises os, gai, type, value, overflow */
static int call_socket_bind__csock_bind(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_bind(fx->s, &api_loopback, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_bind__csock_bind) { api_check_no_wait(API_FX_TCP, 1, call_socket_bind__csock_bind, "csock_bind"); }
Test(api_raises, socket_bind__csock_bind)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_TCP, 1, call_socket_bind__csock_bind, "csock_bind", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, type, value, overflow");
}

/* socket close: csock_close; waits none; raises os */
static int call_socket_close__csock_close(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_close(fx->s, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    fx->s = NULL; /* the call took it over */
    return failed;
}

Test(api_waits, socket_close__csock_close) { api_check_no_wait(API_FX_PAIR, 1, call_socket_close__csock_close, "csock_close"); }
Test(api_raises, socket_close__csock_close)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_close__csock_close, "csock_close", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket close: csock_close_keep; waits none; raises os */
static int call_socket_close__csock_close_keep(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_close_keep(fx->s, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_close__csock_close_keep) { api_check_no_wait(API_FX_PAIR, 1, call_socket_close__csock_close_keep, "csock_close_keep"); }
Test(api_raises, socket_close__csock_close_keep)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_close__csock_close_keep, "csock_close_keep", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket connect: csock_connect; waits connect; raises os, gai, timeout, type, value, overflow */
static int call_socket_connect__csock_connect(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_connect(fx->s, &fx->addr, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_connect__csock_connect) { api_check_waits(API_FX_TCP, 1, call_socket_connect__csock_connect, "csock_connect", API_WAIT_CONNECT); }
Test(api_raises, socket_connect__csock_connect)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_TCP, 1, call_socket_connect__csock_connect, "csock_connect", API_WAIT_CONNECT, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, timeout, type, value, overflow");
}

/* socket connect_ex: csock_connect_ex; waits connect; raises gai, type, value, overflow */
static int call_socket_connect_ex__csock_connect_ex(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_connect_ex(fx->s, &fx->addr, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_connect_ex__csock_connect_ex) { api_check_waits(API_FX_TCP, 1, call_socket_connect_ex__csock_connect_ex, "csock_connect_ex", API_WAIT_CONNECT); }
Test(api_raises, socket_connect_ex__csock_connect_ex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_TCP, 1, call_socket_connect_ex__csock_connect_ex, "csock_connect_ex", API_WAIT_CONNECT, allowed, sizeof allowed / sizeof allowed[0],
                     "gai, type, value, overflow");
}

/* socket detach: csock_detach; waits none; raises nothing */
static int call_socket_detach__csock_detach(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_fd_t r;
    r = csock_detach(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
        if (r != CSOCK_INVALID_FD) csock_close_descriptor(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, socket_detach__csock_detach) { api_check_no_wait(API_FX_PAIR, 1, call_socket_detach__csock_detach, "csock_detach"); }
Test(api_raises, socket_detach__csock_detach)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_detach__csock_detach, "csock_detach", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket fileno: csock_fileno; waits none; raises nothing */
static int call_socket_fileno__csock_fileno(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_fd_t r;
    r = csock_fileno(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_fileno__csock_fileno) { api_check_no_wait(API_FX_PAIR, 1, call_socket_fileno__csock_fileno, "csock_fileno"); }
Test(api_raises, socket_fileno__csock_fileno)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_fileno__csock_fileno, "csock_fileno", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket getpeername: csock_getpeername; waits none; raises os */
static int call_socket_getpeername__csock_getpeername(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_addr addr_out;
    int r;
    r = csock_getpeername(fx->s, &addr_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_getpeername__csock_getpeername) { api_check_no_wait(API_FX_PAIR, 1, call_socket_getpeername__csock_getpeername, "csock_getpeername"); }
Test(api_raises, socket_getpeername__csock_getpeername)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_getpeername__csock_getpeername, "csock_getpeername", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket getsockname: csock_getsockname; waits none; raises os */
static int call_socket_getsockname__csock_getsockname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_addr addr_out;
    int r;
    r = csock_getsockname(fx->s, &addr_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_getsockname__csock_getsockname) { api_check_no_wait(API_FX_PAIR, 1, call_socket_getsockname__csock_getsockname, "csock_getsockname"); }
Test(api_raises, socket_getsockname__csock_getsockname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_getsockname__csock_getsockname, "csock_getsockname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket getsockopt: csock_getsockopt_int; waits none; raises os */
static int call_socket_getsockopt__csock_getsockopt_int(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int value_out[8];
    int r;
    r = csock_getsockopt_int(fx->s, SOL_SOCKET, SO_REUSEADDR, value_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_getsockopt__csock_getsockopt_int) { api_check_no_wait(API_FX_PAIR, 1, call_socket_getsockopt__csock_getsockopt_int, "csock_getsockopt_int"); }
Test(api_raises, socket_getsockopt__csock_getsockopt_int)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_getsockopt__csock_getsockopt_int, "csock_getsockopt_int", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket getsockopt: csock_getsockopt_buf; waits none; raises os */
static int call_socket_getsockopt__csock_getsockopt_buf(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buf_buf[256];
    ssize_t r;
    r = csock_getsockopt_buf(fx->s, SOL_SOCKET, SO_REUSEADDR, buf_buf, sizeof buf_buf, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_getsockopt__csock_getsockopt_buf) { api_check_no_wait(API_FX_PAIR, 1, call_socket_getsockopt__csock_getsockopt_buf, "csock_getsockopt_buf"); }
Test(api_raises, socket_getsockopt__csock_getsockopt_buf)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_getsockopt__csock_getsockopt_buf, "csock_getsockopt_buf", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket getblocking: csock_getblocking; waits none; raises nothing */
static int call_socket_getblocking__csock_getblocking(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_getblocking(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_getblocking__csock_getblocking) { api_check_no_wait(API_FX_PAIR, 1, call_socket_getblocking__csock_getblocking, "csock_getblocking"); }
Test(api_raises, socket_getblocking__csock_getblocking)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_getblocking__csock_getblocking, "csock_getblocking", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket gettimeout: csock_gettimeout; waits none; raises nothing */
static int call_socket_gettimeout__csock_gettimeout(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    double r;
    r = csock_gettimeout(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_gettimeout__csock_gettimeout) { api_check_no_wait(API_FX_PAIR, 1, call_socket_gettimeout__csock_gettimeout, "csock_gettimeout"); }
Test(api_raises, socket_gettimeout__csock_gettimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_gettimeout__csock_gettimeout, "csock_gettimeout", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket listen: csock_listen; waits none; raises os */
static int call_socket_listen__csock_listen(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_listen(fx->s, 1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_listen__csock_listen) { api_check_no_wait(API_FX_TCP, 1, call_socket_listen__csock_listen, "csock_listen"); }
Test(api_raises, socket_listen__csock_listen)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_TCP, 1, call_socket_listen__csock_listen, "csock_listen", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket recv: csock_recv; waits read; raises os, timeout, value, nomem */
static int call_socket_recv__csock_recv(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    size_t len_out = 0;
    void *r;
    r = csock_recv(fx->s, 16, 0, &len_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_buffer_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, socket_recv__csock_recv) { api_check_waits(API_FX_PAIR, 1, call_socket_recv__csock_recv, "csock_recv", API_WAIT_READ); }
Test(api_raises, socket_recv__csock_recv)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_recv__csock_recv, "csock_recv", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, nomem");
}

/* socket recvfrom: csock_recvfrom; waits read; raises os, timeout, value, nomem */
static int call_socket_recvfrom__csock_recvfrom(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    size_t len_out = 0;
    csock_addr addr_out;
    void *r;
    r = csock_recvfrom(fx->s, 16, 0, &len_out, &addr_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_buffer_free(r);
    } else {
    }
    return failed;
}

Test(api_waits, socket_recvfrom__csock_recvfrom) { api_check_waits(API_FX_PAIR, 1, call_socket_recvfrom__csock_recvfrom, "csock_recvfrom", API_WAIT_READ); }
Test(api_raises, socket_recvfrom__csock_recvfrom)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_recvfrom__csock_recvfrom, "csock_recvfrom", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, nomem");
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg: csock_recvmsg; waits read; raises os, timeout, value, nomem */
static int call_socket_recvmsg__csock_recvmsg(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_msg out_out;
    int r;
    r = csock_recvmsg(fx->s, 16, 16, 0, &out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
        csock_msg_free(&out_out);
    } else {
    }
    return failed;
}

Test(api_waits, socket_recvmsg__csock_recvmsg) { api_check_waits(API_FX_PAIR, 1, call_socket_recvmsg__csock_recvmsg, "csock_recvmsg", API_WAIT_READ); }
Test(api_raises, socket_recvmsg__csock_recvmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_recvmsg__csock_recvmsg, "csock_recvmsg", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, nomem");
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg_into: csock_recvmsg_into; waits read; raises os, timeout, value, type, nomem */
static int call_socket_recvmsg_into__csock_recvmsg_into(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buffers_buf[64] = "x";
    csock_iov buffers_v[1] = {{buffers_buf, sizeof buffers_buf}};
    csock_msg out_out;
    int r;
    r = csock_recvmsg_into(fx->s, buffers_v, 1, 16, 0, &out_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
        csock_msg_free(&out_out);
    } else {
    }
    return failed;
}

Test(api_waits, socket_recvmsg_into__csock_recvmsg_into) { api_check_waits(API_FX_PAIR, 1, call_socket_recvmsg_into__csock_recvmsg_into, "csock_recvmsg_into", API_WAIT_READ); }
Test(api_raises, socket_recvmsg_into__csock_recvmsg_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_recvmsg_into__csock_recvmsg_into, "csock_recvmsg_into", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, type, nomem");
}
#endif

/* socket recvfrom_into: csock_recvfrom_into; waits read; raises os, timeout, value */
static int call_socket_recvfrom_into__csock_recvfrom_into(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buf_buf[256];
    csock_addr addr_out;
    ssize_t r;
    r = csock_recvfrom_into(fx->s, buf_buf, sizeof buf_buf, 16, 0, &addr_out, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_recvfrom_into__csock_recvfrom_into) { api_check_waits(API_FX_PAIR, 1, call_socket_recvfrom_into__csock_recvfrom_into, "csock_recvfrom_into", API_WAIT_READ); }
Test(api_raises, socket_recvfrom_into__csock_recvfrom_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE};
    api_check_raises(API_FX_PAIR, 1, call_socket_recvfrom_into__csock_recvfrom_into, "csock_recvfrom_into", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value");
}

/* socket recv_into: csock_recv_into; waits read; raises os, timeout, value */
static int call_socket_recv_into__csock_recv_into(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buf_buf[256];
    ssize_t r;
    r = csock_recv_into(fx->s, buf_buf, sizeof buf_buf, 16, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_recv_into__csock_recv_into) { api_check_waits(API_FX_PAIR, 1, call_socket_recv_into__csock_recv_into, "csock_recv_into", API_WAIT_READ); }
Test(api_raises, socket_recv_into__csock_recv_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE};
    api_check_raises(API_FX_PAIR, 1, call_socket_recv_into__csock_recv_into, "csock_recv_into", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value");
}

/* socket send: csock_send; waits write; raises os, timeout */
static int call_socket_send__csock_send(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char buf_data[16] = "0123456789abcde";
    ssize_t r;
    r = csock_send(fx->s, buf_data, sizeof buf_data, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_send__csock_send) { api_check_waits(API_FX_PAIR, 1, call_socket_send__csock_send, "csock_send", API_WAIT_WRITE); }
Test(api_raises, socket_send__csock_send)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    api_check_raises(API_FX_PAIR, 1, call_socket_send__csock_send, "csock_send", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout");
}

/* socket sendall: csock_sendall; waits write; raises os, timeout */
static int call_socket_sendall__csock_sendall(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char buf_data[16] = "0123456789abcde";
    int r;
    r = csock_sendall(fx->s, buf_data, sizeof buf_data, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_sendall__csock_sendall) { api_check_waits(API_FX_PAIR, 1, call_socket_sendall__csock_sendall, "csock_sendall", API_WAIT_WRITE); }
Test(api_raises, socket_sendall__csock_sendall)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    api_check_raises(API_FX_PAIR, 1, call_socket_sendall__csock_sendall, "csock_sendall", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout");
}

/* socket sendto: csock_sendto; waits write; raises os, gai, timeout, type, value, overflow */
static int call_socket_sendto__csock_sendto(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char buf_data[16] = "0123456789abcde";
    ssize_t r;
    r = csock_sendto(fx->s, buf_data, sizeof buf_data, 0, &fx->addr, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_sendto__csock_sendto) { api_check_waits(API_FX_UNIX_DGRAM, 1, call_socket_sendto__csock_sendto, "csock_sendto", API_WAIT_WRITE); }
Test(api_raises, socket_sendto__csock_sendto)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_UNIX_DGRAM, 1, call_socket_sendto__csock_sendto, "csock_sendto", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, timeout, type, value, overflow");
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket sendmsg: csock_sendmsg; waits write; raises os, gai, timeout, type, value, overflow */
static int call_socket_sendmsg__csock_sendmsg(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buffers_buf[64] = "x";
    csock_iov buffers_v[1] = {{buffers_buf, sizeof buffers_buf}};
    ssize_t r;
    r = csock_sendmsg(fx->s, buffers_v, 1, NULL, 0, 0, NULL, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_sendmsg__csock_sendmsg) { api_check_waits(API_FX_PAIR, 1, call_socket_sendmsg__csock_sendmsg, "csock_sendmsg", API_WAIT_WRITE); }
Test(api_raises, socket_sendmsg__csock_sendmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_PAIR, 1, call_socket_sendmsg__csock_sendmsg, "csock_sendmsg", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, gai, timeout, type, value, overflow");
}
#endif

#if defined(__linux__)
/* socket sendmsg_afalg: csock_sendmsg_afalg; waits write; raises os, timeout, type, value */
static int call_socket_sendmsg_afalg__csock_sendmsg_afalg(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char buffers_buf[64] = "x";
    csock_iov buffers_v[1] = {{buffers_buf, sizeof buffers_buf}};
    static const char iv_data[16] = "0123456789abcde";
    ssize_t r;
    r = csock_sendmsg_afalg(fx->s, buffers_v, 1, 0, iv_data, sizeof iv_data, -1, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

/* waits write: not tested here (no AF_ALG here: on any other socket the call fails before it could wait) */
Test(api_raises, socket_sendmsg_afalg__csock_sendmsg_afalg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE};
    api_check_raises(API_FX_PAIR, 1, call_socket_sendmsg_afalg__csock_sendmsg_afalg, "csock_sendmsg_afalg", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, type, value");
}
#endif

/* socket setblocking: csock_setblocking; waits none; raises os, type, overflow */
static int call_socket_setblocking__csock_setblocking(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_setblocking(fx->s, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_setblocking__csock_setblocking) { api_check_no_wait(API_FX_PAIR, 1, call_socket_setblocking__csock_setblocking, "csock_setblocking"); }
Test(api_raises, socket_setblocking__csock_setblocking)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_PAIR, 1, call_socket_setblocking__csock_setblocking, "csock_setblocking", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type, overflow");
}

/* socket settimeout: csock_settimeout; waits none; raises os, type, value, overflow */
static int call_socket_settimeout__csock_settimeout(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_settimeout(fx->s, 1.0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_settimeout__csock_settimeout) { api_check_no_wait(API_FX_PAIR, 1, call_socket_settimeout__csock_settimeout, "csock_settimeout"); }
Test(api_raises, socket_settimeout__csock_settimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_PAIR, 1, call_socket_settimeout__csock_settimeout, "csock_settimeout", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type, value, overflow");
}

/* socket setsockopt: csock_setsockopt_int; waits none; raises os, type */
static int call_socket_setsockopt__csock_setsockopt_int(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_setsockopt_int(fx->s, SOL_SOCKET, SO_REUSEADDR, 1, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_setsockopt__csock_setsockopt_int) { api_check_no_wait(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_int, "csock_setsockopt_int"); }
Test(api_raises, socket_setsockopt__csock_setsockopt_int)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_int, "csock_setsockopt_int", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type");
}

/* socket setsockopt: csock_setsockopt_buf; waits none; raises os, type */
static int call_socket_setsockopt__csock_setsockopt_buf(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    static const char buf_data[16] = "0123456789abcde";
    int r;
    r = csock_setsockopt_buf(fx->s, SOL_SOCKET, SO_REUSEADDR, buf_data, sizeof buf_data, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_setsockopt__csock_setsockopt_buf) { api_check_no_wait(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_buf, "csock_setsockopt_buf"); }
Test(api_raises, socket_setsockopt__csock_setsockopt_buf)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_buf, "csock_setsockopt_buf", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type");
}

/* socket setsockopt: csock_setsockopt_none; waits none; raises os, type */
static int call_socket_setsockopt__csock_setsockopt_none(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_setsockopt_none(fx->s, SOL_SOCKET, SO_REUSEADDR, 4, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_setsockopt__csock_setsockopt_none) { api_check_no_wait(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_none, "csock_setsockopt_none"); }
Test(api_raises, socket_setsockopt__csock_setsockopt_none)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_PAIR, 1, call_socket_setsockopt__csock_setsockopt_none, "csock_setsockopt_none", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, type");
}

/* socket shutdown: csock_shutdown; waits none; raises os, overflow, type */
static int call_socket_shutdown__csock_shutdown(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_shutdown(fx->s, SHUT_RDWR, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_shutdown__csock_shutdown) { api_check_no_wait(API_FX_PAIR, 1, call_socket_shutdown__csock_shutdown, "csock_shutdown"); }
Test(api_raises, socket_shutdown__csock_shutdown)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_PAIR, 1, call_socket_shutdown__csock_shutdown, "csock_shutdown", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, overflow, type");
}

/* socket family: csock_family; waits none; raises nothing */
static int call_socket_family__csock_family(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_family(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_family__csock_family) { api_check_no_wait(API_FX_PAIR, 1, call_socket_family__csock_family, "csock_family"); }
Test(api_raises, socket_family__csock_family)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_family__csock_family, "csock_family", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket type: csock_type; waits none; raises nothing */
static int call_socket_type__csock_type(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_type(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_type__csock_type) { api_check_no_wait(API_FX_PAIR, 1, call_socket_type__csock_type, "csock_type"); }
Test(api_raises, socket_type__csock_type)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_type__csock_type, "csock_type", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket proto: csock_proto; waits none; raises nothing */
static int call_socket_proto__csock_proto(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_proto(fx->s);
    (void)r;
    int failed = 0;
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_proto__csock_proto) { api_check_no_wait(API_FX_PAIR, 1, call_socket_proto__csock_proto, "csock_proto"); }
Test(api_raises, socket_proto__csock_proto)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    api_check_raises(API_FX_PAIR, 1, call_socket_proto__csock_proto, "csock_proto", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "nothing");
}

/* socket accept: csock_accept; waits read; raises os, timeout, nomem */
static int call_socket_accept__csock_accept(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock_addr addr_out;
    csock *r;
    r = csock_accept(fx->s, &addr_out, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, socket_accept__csock_accept) { api_check_waits(API_FX_LISTENER, 1, call_socket_accept__csock_accept, "csock_accept", API_WAIT_READ); }
Test(api_raises, socket_accept__csock_accept)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_LISTENER, 1, call_socket_accept__csock_accept, "csock_accept", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, nomem");
}

/* socket dup: csock_dup; waits none; raises os, nomem */
static int call_socket_dup__csock_dup(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_dup(fx->s, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        csock_close(r, NULL);
    } else {
    }
    return failed;
}

Test(api_waits, socket_dup__csock_dup) { api_check_no_wait(API_FX_PAIR, 1, call_socket_dup__csock_dup, "csock_dup"); }
Test(api_raises, socket_dup__csock_dup)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_dup__csock_dup, "csock_dup", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, nomem");
}

/* socket get_inheritable: csock_get_inheritable; waits none; raises os */
static int call_socket_get_inheritable__csock_get_inheritable(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_get_inheritable(fx->s, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_get_inheritable__csock_get_inheritable) { api_check_no_wait(API_FX_PAIR, 1, call_socket_get_inheritable__csock_get_inheritable, "csock_get_inheritable"); }
Test(api_raises, socket_get_inheritable__csock_get_inheritable)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_get_inheritable__csock_get_inheritable, "csock_get_inheritable", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket set_inheritable: csock_set_inheritable; waits none; raises os */
static int call_socket_set_inheritable__csock_set_inheritable(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_set_inheritable(fx->s, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_set_inheritable__csock_set_inheritable) { api_check_no_wait(API_FX_PAIR, 1, call_socket_set_inheritable__csock_set_inheritable, "csock_set_inheritable"); }
Test(api_raises, socket_set_inheritable__csock_set_inheritable)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_PAIR, 1, call_socket_set_inheritable__csock_set_inheritable, "csock_set_inheritable", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket makefile: csock_makefile; waits none; raises os, value, nomem */
static int call_socket_makefile__csock_makefile(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    FILE *r;
    r = csock_makefile(fx->s, "rwb", -1, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
        fclose(r);
    } else {
    }
    return failed;
}

Test(api_waits, socket_makefile__csock_makefile) { api_check_no_wait(API_FX_PAIR, 1, call_socket_makefile__csock_makefile, "csock_makefile"); }
Test(api_raises, socket_makefile__csock_makefile)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    api_check_raises(API_FX_PAIR, 1, call_socket_makefile__csock_makefile, "csock_makefile", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value, nomem");
}

/* socket sendfile: csock_sendfile; waits write; raises os, timeout, value, type */
static int call_socket_sendfile__csock_sendfile(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    long long r;
    r = csock_sendfile(fx->s, fx->file_fd, 0, NULL, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_sendfile__csock_sendfile) { api_check_waits(API_FX_PAIR, 1, call_socket_sendfile__csock_sendfile, "csock_sendfile", API_WAIT_WRITE); }
Test(api_raises, socket_sendfile__csock_sendfile)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE};
    api_check_raises(API_FX_PAIR, 1, call_socket_sendfile__csock_sendfile, "csock_sendfile", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, value, type");
}

#if defined(__linux__)
/* socket sendmmsg: csock_sendmmsg; waits write; raises os, timeout, gai, type, value, overflow */
static int call_socket_sendmmsg__csock_sendmmsg(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char msgs_buf[64] = "x";
    csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
    ssize_t r;
    r = csock_sendmmsg(fx->s, msgs_v, 1, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_sendmmsg__csock_sendmmsg) { api_check_waits(API_FX_DGRAM, 1, call_socket_sendmmsg__csock_sendmmsg, "csock_sendmmsg", API_WAIT_WRITE); }
Test(api_raises, socket_sendmmsg__csock_sendmmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    api_check_raises(API_FX_DGRAM, 1, call_socket_sendmmsg__csock_sendmmsg, "csock_sendmmsg", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout, gai, type, value, overflow");
}
#endif

#if defined(__linux__)
/* socket recvmmsg: csock_recvmmsg; waits read; raises os, timeout */
static int call_socket_recvmmsg__csock_recvmmsg(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    char msgs_buf[64] = "x";
    csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
    ssize_t r;
    r = csock_recvmmsg(fx->s, msgs_v, 1, 0, err);
    (void)r;
    int failed = (r < 0);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, socket_recvmmsg__csock_recvmmsg) { api_check_waits(API_FX_DGRAM, 1, call_socket_recvmmsg__csock_recvmmsg, "csock_recvmmsg", API_WAIT_READ); }
Test(api_raises, socket_recvmmsg__csock_recvmmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    api_check_raises(API_FX_DGRAM, 1, call_socket_recvmmsg__csock_recvmmsg, "csock_recvmmsg", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, timeout");
}
#endif

