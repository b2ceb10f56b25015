/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/api_presence.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/api_presence.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Every function and method of spec/api/ has its C counterpart: for each
 * entry available on the platform this compiles for, the address of every
 * csock_* function it names is taken (an undeclared or renamed function
 * stops the build, a declared but undefined one the link) and checked
 * non-NULL.  Entries absent on this platform compile to nothing. */
#include <criterion/criterion.h>
#include <stddef.h>

#include "csock/csock.h"

typedef void (*csock_api_fn)(void);

static void check_present(const char *what, const char *const *names,
                          csock_api_fn const *fns, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* volatile: the compiler may not fold the check away */
        csock_api_fn volatile fn = fns[i];
        cr_assert_not_null(fn, "%s: %s is NULL", what, names[i]);
    }
}

/* module getservbyname (python: extension; waits: none; raises: os) */
Test(api_presence, module_getservbyname)
{
    static const char *const names[] = {"csock_getservbyname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getservbyname,
    };
    check_present("module getservbyname", names, fns, sizeof fns / sizeof fns[0]);
}

/* module inet_aton (python: extension; waits: none; raises: os) */
Test(api_presence, module_inet_aton)
{
    static const char *const names[] = {"csock_inet_aton", "csock_inet_aton_n"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_inet_aton,
        (csock_api_fn)csock_inet_aton_n,
    };
    check_present("module inet_aton", names, fns, sizeof fns / sizeof fns[0]);
}

/* module dup: no C counterpart (use fcntl(F_DUPFD_CLOEXEC)) */

/* module create_connection (python: socket.py; waits: connect; raises: os) */
Test(api_presence, module_create_connection)
{
    static const char *const names[] = {"csock_create_connection"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_create_connection,
    };
    check_present("module create_connection", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket recv (python: extension; waits: read; raises: os, value) */
Test(api_presence, socket_recv)
{
    static const char *const names[] = {"csock_recv"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recv,
    };
    check_present("socket recv", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket fileno (python: extension; waits: none; raises: nothing) */
Test(api_presence, socket_fileno)
{
    static const char *const names[] = {"csock_fileno"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_fileno,
    };
    check_present("socket fileno", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket makefile (python: socket.py; waits: none; raises: value) */
Test(api_presence, socket_makefile)
{
    static const char *const names[] = {"csock_makefile"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_makefile,
    };
    check_present("socket makefile", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__)
/* socket sendmmsg (python: none; waits: write; raises: os) */
Test(api_presence, socket_sendmmsg)
{
    static const char *const names[] = {"csock_sendmmsg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendmmsg,
    };
    check_present("socket sendmmsg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* How many entries with a C counterpart this platform has: a guard that
 * drops an entry where the spec says it exists shows here. */
Test(api_presence, count)
{
    size_t n = 0;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
#if defined(__linux__)
    n++;
#endif
#if defined(__linux__)
    cr_assert_eq(n, 7, "linux: %zu entries, the spec has 7", n);
#endif
#if defined(__FreeBSD__)
    cr_assert_eq(n, 6, "freebsd: %zu entries, the spec has 6", n);
#endif
    cr_assert_geq(n, 6);
}
