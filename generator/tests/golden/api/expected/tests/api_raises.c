/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/api_raises.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/api_raises.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* `raises:` of spec/api made true, for every C function of an entry (but
 * those whose test says skip): on a ready fixture (nothing the call waits
 * for is missing), in each mode, the k-th syscall of the call fails with
 * each of a few errnos (without running), or the k-th allocation fails,
 * for k = 1, 2, ... until the call makes fewer; whenever the call fails,
 * its error kind is one the spec lists.  The fixture and what the spec
 * says the caller frees are released after every call, and no fd may be
 * left open (the suite's fd check). */
#include "api/harness.h"

TestSuite(api_raises, .init = api_init, .fini = api_fini);

static const int api_errnos[] = {ENOBUFS, EBADF, EINTR, EAGAIN, ECONNRESET};
#define API_FAULTS ((int)(sizeof api_errnos / sizeof api_errnos[0]) + 1)

static int api_allowed(int kind, const int *allowed, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (allowed[i] == kind)
            return 1;
    return 0;
}

/* module getservbyname: csock_getservbyname raises os */
Test(api_raises, module_getservbyname__csock_getservbyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getservbyname("http", NULL, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_getservbyname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module inet_aton: csock_inet_aton raises os */
Test(api_raises, module_inet_aton__csock_inet_aton)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                unsigned char out_out[4];
                int r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_inet_aton("1.2.3.4", out_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_inet_aton in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module create_connection: csock_create_connection raises os */
Test(api_raises, module_create_connection__csock_create_connection)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *r;
                api_fx_open(&fx, API_FX_TCP, 1, API_WAIT_CONNECT);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_create_connection("127.0.0.1", fx.port, 0.05, NULL, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_create_connection in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket recv: csock_recv_into raises os, value */
Test(api_raises, socket_recv__csock_recv_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buf_buf[256];
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recv_into(fx.s, buf_buf, sizeof buf_buf, 16, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recv_into in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket fileno: csock_fileno raises nothing */
Test(api_raises, socket_fileno__csock_fileno)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_fileno(fx.s);
                (void)r;
                int hit = api_fault_hit();
                int failed = 0, kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_fileno in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: nothing", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket makefile: csock_makefile raises value */
Test(api_raises, socket_makefile__csock_makefile)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                FILE *r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_makefile(fx.s, "rb", -1, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    fclose(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_makefile in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: value", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

#if defined(__linux__)
/* socket sendmmsg: csock_sendmmsg raises os */
Test(api_raises, socket_sendmmsg__csock_sendmmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char msgs_buf[64] = "x";
                csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
                ssize_t r;
                api_fx_open(&fx, API_FX_DGRAM, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendmmsg(fx.s, msgs_v, 1, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_sendmmsg in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}
#endif

