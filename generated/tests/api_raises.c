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

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_LEN: csock_CMSG_LEN raises overflow */
Test(api_raises, module_CMSG_LEN__csock_CMSG_LEN)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                ssize_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_CMSG_LEN(8, &err);
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
                          "csock_CMSG_LEN in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow", api_mode_name(mode),
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

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_SPACE: csock_CMSG_SPACE raises overflow */
Test(api_raises, module_CMSG_SPACE__csock_CMSG_SPACE)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                ssize_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_CMSG_SPACE(8, &err);
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
                          "csock_CMSG_SPACE in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow", api_mode_name(mode),
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

/* module close: csock_close_descriptor raises os, type */
Test(api_raises, module_close__csock_close_descriptor)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int sockfd = api_new_sockfd();
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
                r = csock_close_descriptor(sockfd, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                    api_close_if_open(sockfd);
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_close_descriptor in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getaddrinfo: csock_getaddrinfo raises gai, os, type, value, nomem */
Test(api_raises, module_getaddrinfo__csock_getaddrinfo)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                size_t count_out = 0;
                csock_addrinfo *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getaddrinfo("127.0.0.1", "80", 0, 0, 0, AI_NUMERICHOST, &count_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_freeaddrinfo(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_getaddrinfo in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, os, type, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getaddrinfo: csock_getaddrinfo_port raises gai, os, type, value, nomem */
Test(api_raises, module_getaddrinfo__csock_getaddrinfo_port)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                size_t count_out = 0;
                csock_addrinfo *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getaddrinfo_port("127.0.0.1", 80, 0, 0, 0, AI_NUMERICHOST, &count_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_freeaddrinfo(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_getaddrinfo_port in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, os, type, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getdefaulttimeout: csock_getdefaulttimeout raises nothing */
Test(api_raises, module_getdefaulttimeout__csock_getdefaulttimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                double r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getdefaulttimeout();
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
                          "csock_getdefaulttimeout in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* module gethostbyaddr: csock_gethostbyaddr raises herror, gai, os, nomem */
Test(api_raises, module_gethostbyaddr__csock_gethostbyaddr)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_HERROR, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_hostent *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_gethostbyaddr("127.0.0.1", &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_hostent_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_gethostbyaddr in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: herror, gai, os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module gethostbyname: csock_gethostbyname raises gai, herror, os */
Test(api_raises, module_gethostbyname__csock_gethostbyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_HERROR, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char out_out[CSOCK_INET_ADDRSTRLEN];
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
                r = csock_gethostbyname("localhost", out_out, &err);
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
                          "csock_gethostbyname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, herror, os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module gethostbyname_ex: csock_gethostbyname_ex raises gai, herror, os, nomem */
Test(api_raises, module_gethostbyname_ex__csock_gethostbyname_ex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_HERROR, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_hostent *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_gethostbyname_ex("127.0.0.1", &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_hostent_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_gethostbyname_ex in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, herror, os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module gethostname: csock_gethostname raises os, nomem */
Test(api_raises, module_gethostname__csock_gethostname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_gethostname(&err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_str_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_gethostname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getnameinfo: csock_getnameinfo raises gai, os, type, overflow */
Test(api_raises, module_getnameinfo__csock_getnameinfo)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_nameinfo out_out;
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
                r = csock_getnameinfo(&api_loopback, NI_NUMERICHOST, &out_out, &err);
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
                          "csock_getnameinfo in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, os, type, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getprotobyname: csock_getprotobyname raises os, nomem */
Test(api_raises, module_getprotobyname__csock_getprotobyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
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
                r = csock_getprotobyname("tcp", &err);
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
                          "csock_getprotobyname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getservbyname: csock_getservbyname raises os, nomem */
Test(api_raises, module_getservbyname__csock_getservbyname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
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
                r = csock_getservbyname("http", "tcp", &err);
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
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module getservbyport: csock_getservbyport raises os, overflow, nomem */
Test(api_raises, module_getservbyport__csock_getservbyport)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getservbyport(80, "tcp", &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_str_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_getservbyport in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, overflow, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module htonl: csock_htonl raises overflow, type */
Test(api_raises, module_htonl__csock_htonl)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int64_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_htonl(1, &err);
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
                          "csock_htonl in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module htons: csock_htons raises overflow, type */
Test(api_raises, module_htons__csock_htons)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int64_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_htons(1, &err);
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
                          "csock_htons in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module if_indextoname: csock_if_indextoname raises os, overflow, type */
Test(api_raises, module_if_indextoname__csock_if_indextoname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char out_out[CSOCK_IFNAMSIZ];
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
                r = csock_if_indextoname(1, out_out, &err);
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
                          "csock_if_indextoname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module if_nameindex: csock_if_nameindex raises os, nomem */
Test(api_raises, module_if_nameindex__csock_if_nameindex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                size_t count_out = 0;
                csock_ifname *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_if_nameindex(&count_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_if_freenameindex(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_if_nameindex in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module if_nametoindex: csock_if_nametoindex raises os */
Test(api_raises, module_if_nametoindex__csock_if_nametoindex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                unsigned int r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_if_nametoindex("lo", &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_if_nametoindex in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* module inet_aton: csock_inet_aton raises os, value, nomem */
Test(api_raises, module_inet_aton__csock_inet_aton)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
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
                          "spec/api says raises: os, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module inet_aton: csock_inet_aton_n raises os, value, nomem */
Test(api_raises, module_inet_aton__csock_inet_aton_n)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
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
                r = csock_inet_aton_n("1.2.3.4", 7, out_out, &err);
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
                          "csock_inet_aton_n in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module inet_ntoa: csock_inet_ntoa raises os */
Test(api_raises, module_inet_ntoa__csock_inet_ntoa)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char packed_data[16] = "0123456789abcde";
                char out_out[CSOCK_INET_ADDRSTRLEN];
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
                r = csock_inet_ntoa(packed_data, 4, out_out, &err);
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
                          "csock_inet_ntoa in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* module inet_ntop: csock_inet_ntop raises value, os */
Test(api_raises, module_inet_ntop__csock_inet_ntop)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char packed_data[16] = "0123456789abcde";
                char out_out[CSOCK_INET6_ADDRSTRLEN];
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
                r = csock_inet_ntop(AF_INET, packed_data, 4, out_out, &err);
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
                          "csock_inet_ntop in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: value, os", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module inet_pton: csock_inet_pton raises os, value, nomem */
Test(api_raises, module_inet_pton__csock_inet_pton)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                unsigned char out_out[16];
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
                r = csock_inet_pton(AF_INET6, "::1", out_out, &err);
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
                          "csock_inet_pton in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module inet_pton: csock_inet_pton_n raises os, value, nomem */
Test(api_raises, module_inet_pton__csock_inet_pton_n)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                unsigned char out_out[16];
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
                r = csock_inet_pton_n(AF_INET6, "::1", 3, out_out, &err);
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
                          "csock_inet_pton_n in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module ntohl: csock_ntohl raises overflow, type */
Test(api_raises, module_ntohl__csock_ntohl)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int64_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_ntohl(1, &err);
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
                          "csock_ntohl in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module ntohs: csock_ntohs raises overflow, type */
Test(api_raises, module_ntohs__csock_ntohs)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int64_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_ntohs(1, &err);
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
                          "csock_ntohs in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module setdefaulttimeout: csock_setdefaulttimeout raises value, type, overflow */
Test(api_raises, module_setdefaulttimeout__csock_setdefaulttimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
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
                r = csock_setdefaulttimeout(NULL, &err);
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
                          "csock_setdefaulttimeout in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: value, type, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module socketpair: csock_socketpair raises os, nomem */
Test(api_raises, module_socketpair__csock_socketpair)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *pair_out[2];
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
                r = csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(pair_out[0], NULL);
                    csock_close(pair_out[1], NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_socketpair in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module socket: csock_socket raises os, value, type, overflow, nomem */
Test(api_raises, module_socket__csock_socket)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_socket in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value, type, overflow, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module socket: csock_socket_fileno raises os, value, type, overflow, nomem */
Test(api_raises, module_socket__csock_socket_fileno)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int sockfd = api_new_sockfd();
                csock *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_socket_fileno(AF_INET, SOCK_STREAM, 0, sockfd, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                    api_close_if_open(sockfd);
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_socket_fileno in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, value, type, overflow, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module fromfd: csock_fromfd raises os, nomem */
Test(api_raises, module_fromfd__csock_fromfd)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_fromfd(csock_fileno(fx.s), AF_UNIX, SOCK_STREAM, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_fromfd in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module create_connection: csock_create_connection raises os, gai, timeout, value, nomem */
Test(api_raises, module_create_connection__csock_create_connection)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
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
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_create_connection in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, timeout, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module create_server: csock_create_server raises os, gai, value, nomem */
Test(api_raises, module_create_server__csock_create_server)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_create_server("localhost", 0, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_create_server in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* module has_dualstack_ipv6: csock_has_dualstack_ipv6 raises nothing */
Test(api_raises, module_has_dualstack_ipv6__csock_has_dualstack_ipv6)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
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
                r = csock_has_dualstack_ipv6();
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
                          "csock_has_dualstack_ipv6 in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* module getfqdn: csock_getfqdn raises nomem */
Test(api_raises, module_getfqdn__csock_getfqdn)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getfqdn("127.0.0.1", &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_str_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_getfqdn in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module send_fds: csock_send_fds raises os, timeout, type, value, overflow, nomem */
Test(api_raises, module_send_fds__csock_send_fds)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buffers_buf[64] = "x";
                csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
                static const int fds_in[1] = {0};
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_send_fds(fx.s, buffers_iov, 1, fds_in, 1, 0, NULL, &err);
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
                          "csock_send_fds in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, type, value, overflow, nomem", api_mode_name(mode),
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

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module recv_fds: csock_recv_fds raises os, timeout, value, nomem */
Test(api_raises, module_recv_fds__csock_recv_fds)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_msg msg_out;
                int fds_out[8];
                size_t nfds_out = 0;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recv_fds(fx.s, 16, 4, 0, &msg_out, fds_out, &nfds_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_msg_free(&msg_out);
                    for (size_t i_ = 0; i_ < nfds_out; i_++) csock_close_descriptor(fds_out[i_], NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recv_fds in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, nomem", api_mode_name(mode),
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

/* module error_kind_name: csock_error_kind_name raises nothing */
Test(api_raises, module_error_kind_name__csock_error_kind_name)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                const char *r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_error_kind_name(CSOCK_ERR_TIMEOUT);
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
                          "csock_error_kind_name in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* module syscall_count: csock_syscall_count raises nothing */
Test(api_raises, module_syscall_count__csock_syscall_count)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                uint64_t r;
                api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
                double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
                cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_syscall_count();
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
                          "csock_syscall_count in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket _accept: csock_accept_fd raises os, timeout */
Test(api_raises, socket__accept__csock_accept_fd)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_addr addr_out;
                int r;
                api_fx_open(&fx, API_FX_LISTENER, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_accept_fd(fx.s, &addr_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    if (r >= 0) csock_close_descriptor(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_accept_fd in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket bind: csock_bind raises os, gai, type, value, overflow */
Test(api_raises, socket_bind__csock_bind)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_TCP, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_bind(fx.s, &api_loopback, &err);
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
                          "csock_bind in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, type, value, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket close: csock_close raises os */
Test(api_raises, socket_close__csock_close)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
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
                r = csock_close(fx.s, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                } else {
                }
                fx.s = NULL; /* the call took it over */
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_close in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket close: csock_close_keep raises os */
Test(api_raises, socket_close__csock_close_keep)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
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
                r = csock_close_keep(fx.s, &err);
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
                          "csock_close_keep in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket connect: csock_connect raises os, gai, timeout, type, value, overflow */
Test(api_raises, socket_connect__csock_connect)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_TCP, 1, API_WAIT_CONNECT);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_connect(fx.s, &fx.addr, &err);
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
                          "csock_connect in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, timeout, type, value, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket connect_ex: csock_connect_ex raises gai, type, value, overflow */
Test(api_raises, socket_connect_ex__csock_connect_ex)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_TCP, 1, API_WAIT_CONNECT);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_connect_ex(fx.s, &fx.addr, &err);
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
                          "csock_connect_ex in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: gai, type, value, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket detach: csock_detach raises nothing */
Test(api_raises, socket_detach__csock_detach)
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
                r = csock_detach(fx.s);
                (void)r;
                int hit = api_fault_hit();
                int failed = 0, kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    if (r >= 0) csock_close_descriptor(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_detach in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket getpeername: csock_getpeername raises os */
Test(api_raises, socket_getpeername__csock_getpeername)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_addr addr_out;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getpeername(fx.s, &addr_out, &err);
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
                          "csock_getpeername in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket getsockname: csock_getsockname raises os */
Test(api_raises, socket_getsockname__csock_getsockname)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_addr addr_out;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getsockname(fx.s, &addr_out, &err);
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
                          "csock_getsockname in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket getsockopt: csock_getsockopt_int raises os */
Test(api_raises, socket_getsockopt__csock_getsockopt_int)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int value_out[8];
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_getsockopt_int(fx.s, SOL_SOCKET, SO_REUSEADDR, value_out, &err);
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
                          "csock_getsockopt_int in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket getsockopt: csock_getsockopt_buf raises os */
Test(api_raises, socket_getsockopt__csock_getsockopt_buf)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
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
                r = csock_getsockopt_buf(fx.s, SOL_SOCKET, SO_REUSEADDR, buf_buf, sizeof buf_buf, &err);
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
                          "csock_getsockopt_buf in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket getblocking: csock_getblocking raises nothing */
Test(api_raises, socket_getblocking__csock_getblocking)
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
                r = csock_getblocking(fx.s);
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
                          "csock_getblocking in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket gettimeout: csock_gettimeout raises nothing */
Test(api_raises, socket_gettimeout__csock_gettimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                double r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_gettimeout(fx.s);
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
                          "csock_gettimeout in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket listen: csock_listen raises os */
Test(api_raises, socket_listen__csock_listen)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                int r;
                api_fx_open(&fx, API_FX_TCP, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_listen(fx.s, 1, &err);
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
                          "csock_listen in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket recv: csock_recv raises os, timeout, value, nomem */
Test(api_raises, socket_recv__csock_recv)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                size_t len_out = 0;
                void *r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recv(fx.s, 16, 0, &len_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_buffer_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recv in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket recvfrom: csock_recvfrom raises os, timeout, value, nomem */
Test(api_raises, socket_recvfrom__csock_recvfrom)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                size_t len_out = 0;
                csock_addr addr_out;
                void *r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recvfrom(fx.s, 16, 0, &len_out, &addr_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_buffer_free(r);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recvfrom in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg: csock_recvmsg raises os, timeout, value, nomem */
Test(api_raises, socket_recvmsg__csock_recvmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_msg out_out;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recvmsg(fx.s, 16, 16, 0, &out_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_msg_free(&out_out);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recvmsg in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, nomem", api_mode_name(mode),
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

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg_into: csock_recvmsg_into raises os, timeout, value, type, nomem */
Test(api_raises, socket_recvmsg_into__csock_recvmsg_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buffers_buf[64] = "x";
                csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
                csock_msg out_out;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recvmsg_into(fx.s, buffers_iov, 1, 16, 0, &out_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r < 0), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_msg_free(&out_out);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_recvmsg_into in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, type, nomem", api_mode_name(mode),
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

/* socket recvfrom_into: csock_recvfrom_into raises os, timeout, value */
Test(api_raises, socket_recvfrom_into__csock_recvfrom_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buf_buf[256];
                csock_addr addr_out;
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recvfrom_into(fx.s, buf_buf, sizeof buf_buf, 16, 0, &addr_out, &err);
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
                          "csock_recvfrom_into in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket recv_into: csock_recv_into raises os, timeout, value */
Test(api_raises, socket_recv_into__csock_recv_into)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE};
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
                          "spec/api says raises: os, timeout, value", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket send: csock_send raises os, timeout */
Test(api_raises, socket_send__csock_send)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char buf_data[16] = "0123456789abcde";
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_send(fx.s, buf_data, sizeof buf_data, 0, &err);
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
                          "csock_send in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket sendall: csock_sendall raises os, timeout */
Test(api_raises, socket_sendall__csock_sendall)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char buf_data[16] = "0123456789abcde";
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendall(fx.s, buf_data, sizeof buf_data, 0, &err);
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
                          "csock_sendall in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket sendto: csock_sendto raises os, gai, timeout, type, value, overflow */
Test(api_raises, socket_sendto__csock_sendto)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char buf_data[16] = "0123456789abcde";
                ssize_t r;
                api_fx_open(&fx, API_FX_UNIX_DGRAM, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendto(fx.s, buf_data, sizeof buf_data, 0, &fx.addr, &err);
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
                          "csock_sendto in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, timeout, type, value, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket sendmsg: csock_sendmsg raises os, gai, timeout, type, value, overflow */
Test(api_raises, socket_sendmsg__csock_sendmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_GAI, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buffers_buf[64] = "x";
                csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendmsg(fx.s, buffers_iov, 1, NULL, 0, 0, NULL, &err);
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
                          "csock_sendmsg in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, gai, timeout, type, value, overflow", api_mode_name(mode),
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

#if defined(__linux__)
/* socket sendmsg_afalg: csock_sendmsg_afalg raises os, timeout, type, value */
Test(api_raises, socket_sendmsg_afalg__csock_sendmsg_afalg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char buffers_buf[64] = "x";
                csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
                static const char iv_data[16] = "0123456789abcde";
                ssize_t r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendmsg_afalg(fx.s, buffers_iov, 1, 0, iv_data, sizeof iv_data, -1, 0, &err);
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
                          "csock_sendmsg_afalg in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, type, value", api_mode_name(mode),
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

/* socket setblocking: csock_setblocking raises os, type, overflow */
Test(api_raises, socket_setblocking__csock_setblocking)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_OVERFLOW};
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
                r = csock_setblocking(fx.s, 0, &err);
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
                          "csock_setblocking in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket settimeout: csock_settimeout raises os, type, value, overflow */
Test(api_raises, socket_settimeout__csock_settimeout)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                double timeout_val = 1.0;
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_settimeout(fx.s, &timeout_val, &err);
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
                          "csock_settimeout in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type, value, overflow", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket setsockopt: csock_setsockopt_int raises os, type */
Test(api_raises, socket_setsockopt__csock_setsockopt_int)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
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
                r = csock_setsockopt_int(fx.s, SOL_SOCKET, SO_REUSEADDR, 1, &err);
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
                          "csock_setsockopt_int in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket setsockopt: csock_setsockopt_buf raises os, type */
Test(api_raises, socket_setsockopt__csock_setsockopt_buf)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                static const char buf_data[16] = "0123456789abcde";
                int r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_setsockopt_buf(fx.s, SOL_SOCKET, SO_REUSEADDR, buf_data, sizeof buf_data, &err);
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
                          "csock_setsockopt_buf in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket setsockopt: csock_setsockopt_none raises os, type */
Test(api_raises, socket_setsockopt__csock_setsockopt_none)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TYPE};
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
                r = csock_setsockopt_none(fx.s, SOL_SOCKET, SO_REUSEADDR, 4, &err);
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
                          "csock_setsockopt_none in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket shutdown: csock_shutdown raises os, overflow, type */
Test(api_raises, socket_shutdown__csock_shutdown)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_OVERFLOW, CSOCK_ERR_TYPE};
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
                r = csock_shutdown(fx.s, SHUT_RDWR, &err);
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
                          "csock_shutdown in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, overflow, type", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket family: csock_family raises nothing */
Test(api_raises, socket_family__csock_family)
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
                r = csock_family(fx.s);
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
                          "csock_family in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket type: csock_type raises nothing */
Test(api_raises, socket_type__csock_type)
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
                r = csock_type(fx.s);
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
                          "csock_type in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket proto: csock_proto raises nothing */
Test(api_raises, socket_proto__csock_proto)
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
                r = csock_proto(fx.s);
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
                          "csock_proto in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket accept: csock_accept raises os, timeout, nomem */
Test(api_raises, socket_accept__csock_accept)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock_addr addr_out;
                csock *r;
                api_fx_open(&fx, API_FX_LISTENER, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_accept(fx.s, &addr_out, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_accept in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket dup: csock_dup raises os, nomem */
Test(api_raises, socket_dup__csock_dup)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_NOMEM};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                csock *r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_dup(fx.s, &err);
                (void)r;
                int hit = api_fault_hit();
                int failed = (r == NULL), kind = err.kind;
                char msg[CSOCK_ERROR_MESSAGE_MAX];
                memcpy(msg, err.message, sizeof msg);
                if (!failed) {
                    csock_close(r, NULL);
                } else {
                }
                csock_setdefaulttimeout(NULL, NULL);
                api_fx_close(&fx);
                cr_assert(!failed || api_allowed(kind, allowed, sizeof allowed / sizeof allowed[0]),
                          "csock_dup in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket get_inheritable: csock_get_inheritable raises os */
Test(api_raises, socket_get_inheritable__csock_get_inheritable)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
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
                r = csock_get_inheritable(fx.s, &err);
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
                          "csock_get_inheritable in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket set_inheritable: csock_set_inheritable raises os */
Test(api_raises, socket_set_inheritable__csock_set_inheritable)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS};
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
                r = csock_set_inheritable(fx.s, 0, &err);
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
                          "csock_set_inheritable in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
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

/* socket makefile: csock_makefile raises os, value, nomem */
Test(api_raises, socket_makefile__csock_makefile)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_VALUE, CSOCK_ERR_NOMEM};
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
                r = csock_makefile(fx.s, "rwb", -1, &err);
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
                          "spec/api says raises: os, value, nomem", api_mode_name(mode),
                          f < API_FAULTS - 1 ? "syscall" : "allocation", k,
                          f < API_FAULTS - 1 ? strerror(api_errnos[f]) : "out of memory",
                          api_kind_name(kind), msg);
                if (!hit)
                    break;
            }
        }
    }
}

/* socket sendfile: csock_sendfile raises os, timeout, value, type */
Test(api_raises, socket_sendfile__csock_sendfile)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_VALUE, CSOCK_ERR_TYPE};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                long long r;
                api_fx_open(&fx, API_FX_PAIR, 1, API_WAIT_WRITE);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_sendfile(fx.s, fx.file_fd, 0, NULL, &err);
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
                          "csock_sendfile in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout, value, type", api_mode_name(mode),
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
/* socket sendmmsg: csock_sendmmsg raises os, timeout, gai, type, value, overflow */
Test(api_raises, socket_sendmmsg__csock_sendmmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR_GAI, CSOCK_ERR_TYPE, CSOCK_ERR_VALUE, CSOCK_ERR_OVERFLOW};
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
                          "spec/api says raises: os, timeout, gai, type, value, overflow", api_mode_name(mode),
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

#if defined(__linux__)
/* socket recvmmsg: csock_recvmmsg raises os, timeout */
Test(api_raises, socket_recvmmsg__csock_recvmmsg)
{
    static const int allowed[] = {CSOCK_ERR_NONE, CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT};
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < API_FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                char msgs_buf[64] = "x";
                csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
                ssize_t r;
                api_fx_open(&fx, API_FX_DGRAM, 1, API_WAIT_READ);
                api_set_mode(fx.s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < API_FAULTS - 1)
                    api_fault_syscall(k, api_errnos[f]);
                else
                    api_fault_alloc(k);
                r = csock_recvmmsg(fx.s, msgs_v, 1, 0, &err);
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
                          "csock_recvmmsg in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: os, timeout", api_mode_name(mode),
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

