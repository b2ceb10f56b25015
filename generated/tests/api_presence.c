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

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_LEN (python: extension; waits: none; raises: overflow) */
Test(api_presence, module_CMSG_LEN)
{
    static const char *const names[] = {"csock_CMSG_LEN"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_CMSG_LEN,
    };
    check_present("module CMSG_LEN", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_SPACE (python: extension; waits: none; raises: overflow) */
Test(api_presence, module_CMSG_SPACE)
{
    static const char *const names[] = {"csock_CMSG_SPACE"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_CMSG_SPACE,
    };
    check_present("module CMSG_SPACE", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* module close (python: extension; waits: none; raises: os, type) */
Test(api_presence, module_close)
{
    static const char *const names[] = {"csock_close_descriptor"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_close_descriptor,
    };
    check_present("module close", names, fns, sizeof fns / sizeof fns[0]);
}

/* module dup: no C counterpart (a C caller has the descriptor already: fcntl(fd, F_DUPFD_CLOEXEC, 0), or csock_fromfd to wrap the duplicate) */

/* module getaddrinfo (python: extension; waits: resolver; raises: gai, os, type, value) */
Test(api_presence, module_getaddrinfo)
{
    static const char *const names[] = {"csock_getaddrinfo", "csock_getaddrinfo_port"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getaddrinfo,
        (csock_api_fn)csock_getaddrinfo_port,
    };
    check_present("module getaddrinfo", names, fns, sizeof fns / sizeof fns[0]);
}

/* module getdefaulttimeout (python: extension; waits: none; raises: nothing) */
Test(api_presence, module_getdefaulttimeout)
{
    static const char *const names[] = {"csock_getdefaulttimeout"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getdefaulttimeout,
    };
    check_present("module getdefaulttimeout", names, fns, sizeof fns / sizeof fns[0]);
}

/* module gethostbyaddr (python: extension; waits: resolver; raises: herror, gai, os) */
Test(api_presence, module_gethostbyaddr)
{
    static const char *const names[] = {"csock_gethostbyaddr"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_gethostbyaddr,
    };
    check_present("module gethostbyaddr", names, fns, sizeof fns / sizeof fns[0]);
}

/* module gethostbyname (python: extension; waits: resolver; raises: gai, herror, os) */
Test(api_presence, module_gethostbyname)
{
    static const char *const names[] = {"csock_gethostbyname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_gethostbyname,
    };
    check_present("module gethostbyname", names, fns, sizeof fns / sizeof fns[0]);
}

/* module gethostbyname_ex (python: extension; waits: resolver; raises: gai, herror, os) */
Test(api_presence, module_gethostbyname_ex)
{
    static const char *const names[] = {"csock_gethostbyname_ex"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_gethostbyname_ex,
    };
    check_present("module gethostbyname_ex", names, fns, sizeof fns / sizeof fns[0]);
}

/* module gethostname (python: extension; waits: none; raises: os) */
Test(api_presence, module_gethostname)
{
    static const char *const names[] = {"csock_gethostname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_gethostname,
    };
    check_present("module gethostname", names, fns, sizeof fns / sizeof fns[0]);
}

/* module getnameinfo (python: extension; waits: resolver; raises: gai, os, type, overflow) */
Test(api_presence, module_getnameinfo)
{
    static const char *const names[] = {"csock_getnameinfo"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getnameinfo,
    };
    check_present("module getnameinfo", names, fns, sizeof fns / sizeof fns[0]);
}

/* module getprotobyname (python: extension; waits: none; raises: os) */
Test(api_presence, module_getprotobyname)
{
    static const char *const names[] = {"csock_getprotobyname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getprotobyname,
    };
    check_present("module getprotobyname", names, fns, sizeof fns / sizeof fns[0]);
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

/* module getservbyport (python: extension; waits: none; raises: os, overflow) */
Test(api_presence, module_getservbyport)
{
    static const char *const names[] = {"csock_getservbyport"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getservbyport,
    };
    check_present("module getservbyport", names, fns, sizeof fns / sizeof fns[0]);
}

/* module htonl (python: extension; waits: none; raises: overflow, type) */
Test(api_presence, module_htonl)
{
    static const char *const names[] = {"csock_htonl"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_htonl,
    };
    check_present("module htonl", names, fns, sizeof fns / sizeof fns[0]);
}

/* module htons (python: extension; waits: none; raises: overflow, type) */
Test(api_presence, module_htons)
{
    static const char *const names[] = {"csock_htons"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_htons,
    };
    check_present("module htons", names, fns, sizeof fns / sizeof fns[0]);
}

/* module if_indextoname (python: extension; waits: none; raises: os, overflow, type) */
Test(api_presence, module_if_indextoname)
{
    static const char *const names[] = {"csock_if_indextoname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_if_indextoname,
    };
    check_present("module if_indextoname", names, fns, sizeof fns / sizeof fns[0]);
}

/* module if_nameindex (python: extension; waits: none; raises: os) */
Test(api_presence, module_if_nameindex)
{
    static const char *const names[] = {"csock_if_nameindex"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_if_nameindex,
    };
    check_present("module if_nameindex", names, fns, sizeof fns / sizeof fns[0]);
}

/* module if_nametoindex (python: extension; waits: none; raises: os) */
Test(api_presence, module_if_nametoindex)
{
    static const char *const names[] = {"csock_if_nametoindex"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_if_nametoindex,
    };
    check_present("module if_nametoindex", names, fns, sizeof fns / sizeof fns[0]);
}

/* module inet_aton (python: extension; waits: none; raises: os, value) */
Test(api_presence, module_inet_aton)
{
    static const char *const names[] = {"csock_inet_aton", "csock_inet_aton_n"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_inet_aton,
        (csock_api_fn)csock_inet_aton_n,
    };
    check_present("module inet_aton", names, fns, sizeof fns / sizeof fns[0]);
}

/* module inet_ntoa (python: extension; waits: none; raises: os) */
Test(api_presence, module_inet_ntoa)
{
    static const char *const names[] = {"csock_inet_ntoa"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_inet_ntoa,
    };
    check_present("module inet_ntoa", names, fns, sizeof fns / sizeof fns[0]);
}

/* module inet_ntop (python: extension; waits: none; raises: value, os) */
Test(api_presence, module_inet_ntop)
{
    static const char *const names[] = {"csock_inet_ntop"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_inet_ntop,
    };
    check_present("module inet_ntop", names, fns, sizeof fns / sizeof fns[0]);
}

/* module inet_pton (python: extension; waits: none; raises: os, value) */
Test(api_presence, module_inet_pton)
{
    static const char *const names[] = {"csock_inet_pton", "csock_inet_pton_n"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_inet_pton,
        (csock_api_fn)csock_inet_pton_n,
    };
    check_present("module inet_pton", names, fns, sizeof fns / sizeof fns[0]);
}

/* module ntohl (python: extension; waits: none; raises: overflow, type) */
Test(api_presence, module_ntohl)
{
    static const char *const names[] = {"csock_ntohl"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_ntohl,
    };
    check_present("module ntohl", names, fns, sizeof fns / sizeof fns[0]);
}

/* module ntohs (python: extension; waits: none; raises: overflow, type) */
Test(api_presence, module_ntohs)
{
    static const char *const names[] = {"csock_ntohs"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_ntohs,
    };
    check_present("module ntohs", names, fns, sizeof fns / sizeof fns[0]);
}

/* module setdefaulttimeout (python: extension; waits: none; raises: value, type, overflow) */
Test(api_presence, module_setdefaulttimeout)
{
    static const char *const names[] = {"csock_setdefaulttimeout"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_setdefaulttimeout,
    };
    check_present("module setdefaulttimeout", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module sethostname (python: extension; waits: none; raises: os) */
Test(api_presence, module_sethostname)
{
    static const char *const names[] = {"csock_sethostname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sethostname,
    };
    check_present("module sethostname", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* module socketpair (python: extension; waits: none; raises: os) */
Test(api_presence, module_socketpair)
{
    static const char *const names[] = {"csock_socketpair"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_socketpair,
    };
    check_present("module socketpair", names, fns, sizeof fns / sizeof fns[0]);
}

/* module socket (python: extension_type; waits: none; raises: os, value, type, overflow) */
Test(api_presence, module_socket)
{
    static const char *const names[] = {"csock_socket", "csock_socket_fileno"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_socket,
        (csock_api_fn)csock_socket_fileno,
    };
    check_present("module socket", names, fns, sizeof fns / sizeof fns[0]);
}

/* module fromfd (python: socket.py; waits: none; raises: os) */
Test(api_presence, module_fromfd)
{
    static const char *const names[] = {"csock_fromfd"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_fromfd,
    };
    check_present("module fromfd", names, fns, sizeof fns / sizeof fns[0]);
}

/* module create_connection (python: socket.py; waits: connect; raises: os, gai, timeout, value) */
Test(api_presence, module_create_connection)
{
    static const char *const names[] = {"csock_create_connection"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_create_connection,
    };
    check_present("module create_connection", names, fns, sizeof fns / sizeof fns[0]);
}

/* module create_server (python: socket.py; waits: resolver; raises: os, gai, value) */
Test(api_presence, module_create_server)
{
    static const char *const names[] = {"csock_create_server"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_create_server,
    };
    check_present("module create_server", names, fns, sizeof fns / sizeof fns[0]);
}

/* module has_dualstack_ipv6 (python: socket.py; waits: none; raises: nothing) */
Test(api_presence, module_has_dualstack_ipv6)
{
    static const char *const names[] = {"csock_has_dualstack_ipv6"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_has_dualstack_ipv6,
    };
    check_present("module has_dualstack_ipv6", names, fns, sizeof fns / sizeof fns[0]);
}

/* module getfqdn (python: socket.py; waits: resolver; raises: nothing) */
Test(api_presence, module_getfqdn)
{
    static const char *const names[] = {"csock_getfqdn"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getfqdn,
    };
    check_present("module getfqdn", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module send_fds (python: socket.py; waits: write; raises: os, timeout, type, value, overflow) */
Test(api_presence, module_send_fds)
{
    static const char *const names[] = {"csock_send_fds"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_send_fds,
    };
    check_present("module send_fds", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module recv_fds (python: socket.py; waits: read; raises: os, timeout, value) */
Test(api_presence, module_recv_fds)
{
    static const char *const names[] = {"csock_recv_fds"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recv_fds,
    };
    check_present("module recv_fds", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* socket _accept (python: extension; waits: read; raises: os, timeout) */
Test(api_presence, socket__accept)
{
    static const char *const names[] = {"csock_accept_fd"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_accept_fd,
    };
    check_present("socket _accept", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket bind (python: extension; waits: none; raises: os, gai, type, value, overflow) */
Test(api_presence, socket_bind)
{
    static const char *const names[] = {"csock_bind"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_bind,
    };
    check_present("socket bind", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket close (python: extension; waits: none; raises: os) */
Test(api_presence, socket_close)
{
    static const char *const names[] = {"csock_close", "csock_close_keep"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_close,
        (csock_api_fn)csock_close_keep,
    };
    check_present("socket close", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket connect (python: extension; waits: connect; raises: os, gai, timeout, type, value, overflow) */
Test(api_presence, socket_connect)
{
    static const char *const names[] = {"csock_connect"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_connect,
    };
    check_present("socket connect", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket connect_ex (python: extension; waits: connect; raises: gai, type, value, overflow) */
Test(api_presence, socket_connect_ex)
{
    static const char *const names[] = {"csock_connect_ex"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_connect_ex,
    };
    check_present("socket connect_ex", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket detach (python: extension; waits: none; raises: nothing) */
Test(api_presence, socket_detach)
{
    static const char *const names[] = {"csock_detach"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_detach,
    };
    check_present("socket detach", names, fns, sizeof fns / sizeof fns[0]);
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

/* socket getpeername (python: extension; waits: none; raises: os) */
Test(api_presence, socket_getpeername)
{
    static const char *const names[] = {"csock_getpeername"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getpeername,
    };
    check_present("socket getpeername", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket getsockname (python: extension; waits: none; raises: os) */
Test(api_presence, socket_getsockname)
{
    static const char *const names[] = {"csock_getsockname"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getsockname,
    };
    check_present("socket getsockname", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket getsockopt (python: extension; waits: none; raises: os) */
Test(api_presence, socket_getsockopt)
{
    static const char *const names[] = {"csock_getsockopt_int", "csock_getsockopt_buf"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getsockopt_int,
        (csock_api_fn)csock_getsockopt_buf,
    };
    check_present("socket getsockopt", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket getblocking (python: extension; waits: none; raises: nothing) */
Test(api_presence, socket_getblocking)
{
    static const char *const names[] = {"csock_getblocking"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_getblocking,
    };
    check_present("socket getblocking", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket gettimeout (python: extension; waits: none; raises: nothing) */
Test(api_presence, socket_gettimeout)
{
    static const char *const names[] = {"csock_gettimeout"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_gettimeout,
    };
    check_present("socket gettimeout", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket listen (python: extension; waits: none; raises: os) */
Test(api_presence, socket_listen)
{
    static const char *const names[] = {"csock_listen"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_listen,
    };
    check_present("socket listen", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket recv (python: extension; waits: read; raises: os, timeout, value) */
Test(api_presence, socket_recv)
{
    static const char *const names[] = {"csock_recv"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recv,
    };
    check_present("socket recv", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket recvfrom (python: extension; waits: read; raises: os, timeout, value) */
Test(api_presence, socket_recvfrom)
{
    static const char *const names[] = {"csock_recvfrom"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recvfrom,
    };
    check_present("socket recvfrom", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg (python: extension; waits: read; raises: os, timeout, value) */
Test(api_presence, socket_recvmsg)
{
    static const char *const names[] = {"csock_recvmsg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recvmsg,
    };
    check_present("socket recvmsg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg_into (python: extension; waits: read; raises: os, timeout, value, type) */
Test(api_presence, socket_recvmsg_into)
{
    static const char *const names[] = {"csock_recvmsg_into"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recvmsg_into,
    };
    check_present("socket recvmsg_into", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* socket recvfrom_into (python: extension; waits: read; raises: os, timeout, value) */
Test(api_presence, socket_recvfrom_into)
{
    static const char *const names[] = {"csock_recvfrom_into"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recvfrom_into,
    };
    check_present("socket recvfrom_into", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket recv_into (python: extension; waits: read; raises: os, timeout, value) */
Test(api_presence, socket_recv_into)
{
    static const char *const names[] = {"csock_recv_into"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recv_into,
    };
    check_present("socket recv_into", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket send (python: extension; waits: write; raises: os, timeout) */
Test(api_presence, socket_send)
{
    static const char *const names[] = {"csock_send"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_send,
    };
    check_present("socket send", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket sendall (python: extension; waits: write; raises: os, timeout) */
Test(api_presence, socket_sendall)
{
    static const char *const names[] = {"csock_sendall"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendall,
    };
    check_present("socket sendall", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket sendto (python: extension; waits: write; raises: os, gai, timeout, type, value, overflow) */
Test(api_presence, socket_sendto)
{
    static const char *const names[] = {"csock_sendto"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendto,
    };
    check_present("socket sendto", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket sendmsg (python: extension; waits: write; raises: os, gai, timeout, type, value, overflow) */
Test(api_presence, socket_sendmsg)
{
    static const char *const names[] = {"csock_sendmsg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendmsg,
    };
    check_present("socket sendmsg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

#if defined(__linux__)
/* socket sendmsg_afalg (python: extension; waits: write; raises: os, timeout, type, value) */
Test(api_presence, socket_sendmsg_afalg)
{
    static const char *const names[] = {"csock_sendmsg_afalg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendmsg_afalg,
    };
    check_present("socket sendmsg_afalg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* socket setblocking (python: extension; waits: none; raises: os, type, overflow) */
Test(api_presence, socket_setblocking)
{
    static const char *const names[] = {"csock_setblocking"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_setblocking,
    };
    check_present("socket setblocking", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket settimeout (python: extension; waits: none; raises: os, type, value, overflow) */
Test(api_presence, socket_settimeout)
{
    static const char *const names[] = {"csock_settimeout"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_settimeout,
    };
    check_present("socket settimeout", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket setsockopt (python: extension; waits: none; raises: os, type) */
Test(api_presence, socket_setsockopt)
{
    static const char *const names[] = {"csock_setsockopt_int", "csock_setsockopt_buf", "csock_setsockopt_none"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_setsockopt_int,
        (csock_api_fn)csock_setsockopt_buf,
        (csock_api_fn)csock_setsockopt_none,
    };
    check_present("socket setsockopt", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket shutdown (python: extension; waits: none; raises: os, overflow, type) */
Test(api_presence, socket_shutdown)
{
    static const char *const names[] = {"csock_shutdown"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_shutdown,
    };
    check_present("socket shutdown", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket accept (python: socket.py; waits: read; raises: os, timeout) */
Test(api_presence, socket_accept)
{
    static const char *const names[] = {"csock_accept"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_accept,
    };
    check_present("socket accept", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket dup (python: socket.py; waits: none; raises: os) */
Test(api_presence, socket_dup)
{
    static const char *const names[] = {"csock_dup"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_dup,
    };
    check_present("socket dup", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket get_inheritable (python: socket.py; waits: none; raises: os) */
Test(api_presence, socket_get_inheritable)
{
    static const char *const names[] = {"csock_get_inheritable"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_get_inheritable,
    };
    check_present("socket get_inheritable", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket set_inheritable (python: socket.py; waits: none; raises: os) */
Test(api_presence, socket_set_inheritable)
{
    static const char *const names[] = {"csock_set_inheritable"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_set_inheritable,
    };
    check_present("socket set_inheritable", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket makefile (python: socket.py; waits: none; raises: os, value) */
Test(api_presence, socket_makefile)
{
    static const char *const names[] = {"csock_makefile"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_makefile,
    };
    check_present("socket makefile", names, fns, sizeof fns / sizeof fns[0]);
}

/* socket sendfile (python: socket.py; waits: write; raises: os, timeout, value, type) */
Test(api_presence, socket_sendfile)
{
    static const char *const names[] = {"csock_sendfile"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendfile,
    };
    check_present("socket sendfile", names, fns, sizeof fns / sizeof fns[0]);
}

#if defined(__linux__)
/* socket sendmmsg (python: none; waits: write; raises: os, timeout, gai, type, value, overflow) */
Test(api_presence, socket_sendmmsg)
{
    static const char *const names[] = {"csock_sendmmsg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_sendmmsg,
    };
    check_present("socket sendmmsg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

#if defined(__linux__)
/* socket recvmmsg (python: none; waits: read; raises: os, timeout) */
Test(api_presence, socket_recvmmsg)
{
    static const char *const names[] = {"csock_recvmmsg"};
    static csock_api_fn const fns[] = {
        (csock_api_fn)csock_recvmmsg,
    };
    check_present("socket recvmmsg", names, fns, sizeof fns / sizeof fns[0]);
}
#endif

/* How many entries with a C counterpart this platform has: a guard that
 * drops an entry where the spec says it exists shows here. */
Test(api_presence, count)
{
    size_t n = 0;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
    n++;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
    n++;
    n++;
    n++;
    n++;
    n++;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    n++;
#endif
#if defined(__linux__)
    n++;
#endif
    n++;
    n++;
    n++;
    n++;
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
    n++;
#endif
#if defined(__linux__)
    cr_assert_eq(n, 71, "linux: %zu entries, the spec has 71", n);
#endif
#if defined(__FreeBSD__)
    cr_assert_eq(n, 68, "freebsd: %zu entries, the spec has 68", n);
#endif
#if defined(__APPLE__)
    cr_assert_eq(n, 68, "darwin: %zu entries, the spec has 68", n);
#endif
#if defined(_WIN32)
    cr_assert_eq(n, 60, "windows: %zu entries, the spec has 60", n);
#endif
    cr_assert_geq(n, 60);
}
