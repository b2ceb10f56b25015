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

/* module getservbyname: csock_getservbyname; waits none; raises os */
static int call_module_getservbyname__csock_getservbyname(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
    r = csock_getservbyname("http", NULL, err);
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
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_getservbyname__csock_getservbyname, "csock_getservbyname", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* module inet_aton: csock_inet_aton; waits none; raises os */
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
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_NONE, 0, call_module_inet_aton__csock_inet_aton, "csock_inet_aton", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* module create_connection: csock_create_connection; waits connect; raises os */
static int call_module_create_connection__csock_create_connection(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    csock *r;
    r = csock_create_connection("127.0.0.1", fx->port, 0.05, NULL, 0, err);
    (void)r;
    int failed = (r == NULL);
    if (!failed) {
    } else {
    }
    return failed;
}

Test(api_waits, module_create_connection__csock_create_connection) { api_check_waits(API_FX_TCP, 0, call_module_create_connection__csock_create_connection, "csock_create_connection", API_WAIT_CONNECT); }
Test(api_raises, module_create_connection__csock_create_connection)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_TCP, 0, call_module_create_connection__csock_create_connection, "csock_create_connection", API_WAIT_CONNECT, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}

/* socket recv: csock_recv_into; waits read; raises os, value */
static int call_socket_recv__csock_recv_into(api_fx *fx, csock_error *err)
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

Test(api_waits, socket_recv__csock_recv_into) { api_check_waits(API_FX_PAIR, 1, call_socket_recv__csock_recv_into, "csock_recv_into", API_WAIT_READ); }
Test(api_raises, socket_recv__csock_recv_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE};
    api_check_raises(API_FX_PAIR, 1, call_socket_recv__csock_recv_into, "csock_recv_into", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "os, value");
}

/* socket fileno: csock_fileno; waits none; raises nothing */
static int call_socket_fileno__csock_fileno(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    int r;
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

/* socket makefile: csock_makefile; waits none; raises value */
static int call_socket_makefile__csock_makefile(api_fx *fx, csock_error *err)
{
    (void)fx;
    (void)err;
    FILE *r;
    r = csock_makefile(fx->s, "rb", -1, err);
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
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE};
    api_check_raises(API_FX_PAIR, 1, call_socket_makefile__csock_makefile, "csock_makefile", API_WAIT_READ, allowed, sizeof allowed / sizeof allowed[0],
                     "value");
}

#if defined(__linux__)
/* socket sendmmsg: csock_sendmmsg; waits write; raises os */
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
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    api_check_raises(API_FX_DGRAM, 1, call_socket_sendmmsg__csock_sendmmsg, "csock_sendmmsg", API_WAIT_WRITE, allowed, sizeof allowed / sizeof allowed[0],
                     "os");
}
#endif

