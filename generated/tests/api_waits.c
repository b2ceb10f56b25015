/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/api_waits.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/api_waits.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* `waits:` of spec/api made true, for every C function of an entry (but
 * those whose test says skip): a `waits: none` call polls for nothing in
 * blocking, non-blocking and timeout mode (the syscall layer's poll is
 * counted); a call that waits on read, write or connect, run in timeout
 * mode on a fixture where nothing comes, polls for that event and gives
 * up at the timeout; a resolver call runs inside the blocking hooks (a
 * binding releases its lock there). */
#include "api/harness.h"

TestSuite(api_waits, .init = api_init, .fini = api_fini);

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_LEN: csock_CMSG_LEN waits none */
Test(api_waits, module_CMSG_LEN__csock_CMSG_LEN)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        ssize_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_CMSG_LEN(8, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_CMSG_LEN polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module CMSG_SPACE: csock_CMSG_SPACE waits none */
Test(api_waits, module_CMSG_SPACE__csock_CMSG_SPACE)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        ssize_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_CMSG_SPACE(8, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_CMSG_SPACE polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}
#endif

/* module close: csock_close_descriptor waits none */
Test(api_waits, module_close__csock_close_descriptor)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int sockfd = api_new_sockfd();
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_close_descriptor(sockfd, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
            api_close_if_open(sockfd);
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_close_descriptor polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module getaddrinfo: csock_getaddrinfo waits resolver */
Test(api_waits, module_getaddrinfo__csock_getaddrinfo)
{
    api_fx fx;
    csock_error err;
    size_t count_out = 0;
    csock_addrinfo *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_getaddrinfo("127.0.0.1", "80", 0, 0, 0, AI_NUMERICHOST, &count_out, &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_freeaddrinfo(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_getaddrinfo ran no blocking hook; spec/api says waits: resolver");
}

/* module getaddrinfo: csock_getaddrinfo_port waits resolver */
Test(api_waits, module_getaddrinfo__csock_getaddrinfo_port)
{
    api_fx fx;
    csock_error err;
    size_t count_out = 0;
    csock_addrinfo *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_getaddrinfo_port("127.0.0.1", 80, 0, 0, 0, AI_NUMERICHOST, &count_out, &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_freeaddrinfo(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_getaddrinfo_port ran no blocking hook; spec/api says waits: resolver");
}

/* module getdefaulttimeout: csock_getdefaulttimeout waits none */
Test(api_waits, module_getdefaulttimeout__csock_getdefaulttimeout)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        double r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_getdefaulttimeout();
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getdefaulttimeout polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module gethostbyaddr: csock_gethostbyaddr waits resolver */
Test(api_waits, module_gethostbyaddr__csock_gethostbyaddr)
{
    api_fx fx;
    csock_error err;
    csock_hostent *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_gethostbyaddr("127.0.0.1", &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_hostent_free(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_gethostbyaddr ran no blocking hook; spec/api says waits: resolver");
}

/* module gethostbyname: csock_gethostbyname waits resolver */
Test(api_waits, module_gethostbyname__csock_gethostbyname)
{
    api_fx fx;
    csock_error err;
    char out_out[CSOCK_INET_ADDRSTRLEN];
    int r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_gethostbyname("localhost", out_out, &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_gethostbyname ran no blocking hook; spec/api says waits: resolver");
}

/* module gethostbyname_ex: csock_gethostbyname_ex waits resolver */
Test(api_waits, module_gethostbyname_ex__csock_gethostbyname_ex)
{
    api_fx fx;
    csock_error err;
    csock_hostent *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_gethostbyname_ex("127.0.0.1", &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_hostent_free(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_gethostbyname_ex ran no blocking hook; spec/api says waits: resolver");
}

/* module gethostname: csock_gethostname waits none */
Test(api_waits, module_gethostname__csock_gethostname)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        char *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_gethostname(&err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_str_free(r);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_gethostname polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module getnameinfo: csock_getnameinfo waits resolver */
Test(api_waits, module_getnameinfo__csock_getnameinfo)
{
    api_fx fx;
    csock_error err;
    csock_nameinfo out_out;
    int r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_getnameinfo(&api_loopback, NI_NUMERICHOST, &out_out, &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_getnameinfo ran no blocking hook; spec/api says waits: resolver");
}

/* module getprotobyname: csock_getprotobyname waits none */
Test(api_waits, module_getprotobyname__csock_getprotobyname)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_getprotobyname("tcp", &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getprotobyname polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module getservbyname: csock_getservbyname waits none */
Test(api_waits, module_getservbyname__csock_getservbyname)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_getservbyname("http", "tcp", &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getservbyname polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module getservbyport: csock_getservbyport waits none */
Test(api_waits, module_getservbyport__csock_getservbyport)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        char *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_getservbyport(80, "tcp", &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_str_free(r);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getservbyport polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module htonl: csock_htonl waits none */
Test(api_waits, module_htonl__csock_htonl)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int64_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_htonl(1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_htonl polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module htons: csock_htons waits none */
Test(api_waits, module_htons__csock_htons)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int64_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_htons(1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_htons polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module if_indextoname: csock_if_indextoname waits none */
Test(api_waits, module_if_indextoname__csock_if_indextoname)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        char out_out[CSOCK_IFNAMSIZ];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_if_indextoname(1, out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_if_indextoname polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module if_nameindex: csock_if_nameindex waits none */
Test(api_waits, module_if_nameindex__csock_if_nameindex)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        size_t count_out = 0;
        csock_ifname *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_if_nameindex(&count_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_if_freenameindex(r);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_if_nameindex polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module if_nametoindex: csock_if_nametoindex waits none */
Test(api_waits, module_if_nametoindex__csock_if_nametoindex)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        unsigned int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_if_nametoindex("lo", &err);
        (void)r;
        int polls = api_polls;
        if (!(r == 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_if_nametoindex polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_aton: csock_inet_aton waits none */
Test(api_waits, module_inet_aton__csock_inet_aton)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        unsigned char out_out[4];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_aton("1.2.3.4", out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_aton polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_aton: csock_inet_aton_n waits none */
Test(api_waits, module_inet_aton__csock_inet_aton_n)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        unsigned char out_out[4];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_aton_n("1.2.3.4", 7, out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_aton_n polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_ntoa: csock_inet_ntoa waits none */
Test(api_waits, module_inet_ntoa__csock_inet_ntoa)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        static const char packed_data[16] = "0123456789abcde";
        char out_out[CSOCK_INET_ADDRSTRLEN];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_ntoa(packed_data, 4, out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_ntoa polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_ntop: csock_inet_ntop waits none */
Test(api_waits, module_inet_ntop__csock_inet_ntop)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        static const char packed_data[16] = "0123456789abcde";
        char out_out[CSOCK_INET6_ADDRSTRLEN];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_ntop(AF_INET, packed_data, 4, out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_ntop polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_pton: csock_inet_pton waits none */
Test(api_waits, module_inet_pton__csock_inet_pton)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        unsigned char out_out[16];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_pton(AF_INET6, "::1", out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_pton polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module inet_pton: csock_inet_pton_n waits none */
Test(api_waits, module_inet_pton__csock_inet_pton_n)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        unsigned char out_out[16];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_inet_pton_n(AF_INET6, "::1", 3, out_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_inet_pton_n polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module ntohl: csock_ntohl waits none */
Test(api_waits, module_ntohl__csock_ntohl)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int64_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_ntohl(1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_ntohl polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module ntohs: csock_ntohs waits none */
Test(api_waits, module_ntohs__csock_ntohs)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int64_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_ntohs(1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_ntohs polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module setdefaulttimeout: csock_setdefaulttimeout waits none */
Test(api_waits, module_setdefaulttimeout__csock_setdefaulttimeout)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_setdefaulttimeout(NULL, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_setdefaulttimeout polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module socketpair: csock_socketpair waits none */
Test(api_waits, module_socketpair__csock_socketpair)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock *pair_out[2];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
            csock_close(pair_out[0], NULL);
            csock_close(pair_out[1], NULL);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_socketpair polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module socket: csock_socket waits none */
Test(api_waits, module_socket__csock_socket)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_close(r, NULL);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_socket polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module socket: csock_socket_fileno waits none */
Test(api_waits, module_socket__csock_socket_fileno)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int sockfd = api_new_sockfd();
        csock *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_socket_fileno(AF_INET, SOCK_STREAM, 0, sockfd, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_close(r, NULL);
        } else {
            api_close_if_open(sockfd);
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_socket_fileno polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module fromfd: csock_fromfd waits none */
Test(api_waits, module_fromfd__csock_fromfd)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock *r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_fromfd(csock_fileno(fx.s), AF_UNIX, SOCK_STREAM, 0, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_close(r, NULL);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_fromfd polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module create_connection: csock_create_connection waits connect */
Test(api_waits, module_create_connection__csock_create_connection)
{
    api_fx fx;
    csock_error err;
    csock *r;
    api_fx_open(&fx, API_FX_TCP, 0, API_WAIT_CONNECT);
    double t = 0.05;
    cr_assert_eq(csock_setdefaulttimeout(&t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_create_connection("127.0.0.1", fx.port, 0.05, NULL, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r == NULL), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r == NULL)) {
        csock_close(r, NULL);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_create_connection failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_create_connection never waited; spec/api says waits: connect");
    cr_assert(events & POLLOUT,
              "csock_create_connection waited for events %#x; spec/api says waits: connect", events);
    cr_assert_geq(dt, 0.04, "csock_create_connection returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* module create_server: csock_create_server waits resolver */
Test(api_waits, module_create_server__csock_create_server)
{
    api_fx fx;
    csock_error err;
    csock *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_create_server("localhost", 0, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0, &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_close(r, NULL);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_create_server ran no blocking hook; spec/api says waits: resolver");
}

/* module has_dualstack_ipv6: csock_has_dualstack_ipv6 waits none */
Test(api_waits, module_has_dualstack_ipv6__csock_has_dualstack_ipv6)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_has_dualstack_ipv6();
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_has_dualstack_ipv6 polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module getfqdn: csock_getfqdn waits resolver */
Test(api_waits, module_getfqdn__csock_getfqdn)
{
    api_fx fx;
    csock_error err;
    char *r;
    (void)err;
    api_fx_open(&fx, API_FX_NONE, 1, API_WAIT_READ);
    api_hooks_install();
    r = csock_getfqdn("127.0.0.1", &err);
    (void)r;
    int begins = api_hook_begins;
    csock_set_hooks(NULL);
    if (!(r == NULL)) {
        csock_str_free(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert_gt(begins, 0, "csock_getfqdn ran no blocking hook; spec/api says waits: resolver");
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module send_fds: csock_send_fds waits write */
Test(api_waits, module_send_fds__csock_send_fds)
{
    api_fx fx;
    csock_error err;
    char buffers_buf[64] = "x";
    csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
    static const int fds_in[1] = {0};
    ssize_t r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_send_fds(fx.s, buffers_iov, 1, fds_in, 1, 0, NULL, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_send_fds failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_send_fds never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_send_fds waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_send_fds returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* module recv_fds: csock_recv_fds waits read */
Test(api_waits, module_recv_fds__csock_recv_fds)
{
    api_fx fx;
    csock_error err;
    csock_msg msg_out;
    int fds_out[8];
    size_t nfds_out = 0;
    int r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recv_fds(fx.s, 16, 4, 0, &msg_out, fds_out, &nfds_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
        csock_msg_free(&msg_out);
        for (size_t i_ = 0; i_ < nfds_out; i_++) csock_close_descriptor(fds_out[i_], NULL);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recv_fds failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recv_fds never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recv_fds waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recv_fds returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

/* module error_kind_name: csock_error_kind_name waits none */
Test(api_waits, module_error_kind_name__csock_error_kind_name)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        const char *r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_error_kind_name(CSOCK_ERR_TIMEOUT);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_error_kind_name polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* module syscall_count: csock_syscall_count waits none */
Test(api_waits, module_syscall_count__csock_syscall_count)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        uint64_t r;
        (void)err;
        api_fx_open(&fx, API_FX_NONE, 0, API_WAIT_READ);
        {
            double t_ = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
            cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? NULL : &t_, NULL), 0);
        }

        api_polls = 0;
        r = csock_syscall_count();
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_syscall_count polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket _accept: csock_accept_fd waits read */
Test(api_waits, socket__accept__csock_accept_fd)
{
    api_fx fx;
    csock_error err;
    csock_addr addr_out;
    int r;
    api_fx_open(&fx, API_FX_LISTENER, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_accept_fd(fx.s, &addr_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
        if (r >= 0) csock_close_descriptor(r, NULL);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_accept_fd failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_accept_fd never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_accept_fd waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_accept_fd returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket bind: csock_bind waits none */
Test(api_waits, socket_bind__csock_bind)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_TCP, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_bind(fx.s, &api_loopback, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_bind polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket close: csock_close waits none */
Test(api_waits, socket_close__csock_close)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_close(fx.s, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        fx.s = NULL; /* the call took it over */
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_close polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket close: csock_close_keep waits none */
Test(api_waits, socket_close__csock_close_keep)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_close_keep(fx.s, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_close_keep polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket connect: csock_connect waits connect */
Test(api_waits, socket_connect__csock_connect)
{
    api_fx fx;
    csock_error err;
    int r;
    api_fx_open(&fx, API_FX_TCP, 0, API_WAIT_CONNECT);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_connect(fx.s, &fx.addr, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_connect failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_connect never waited; spec/api says waits: connect");
    cr_assert(events & POLLOUT,
              "csock_connect waited for events %#x; spec/api says waits: connect", events);
    cr_assert_geq(dt, 0.04, "csock_connect returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket connect_ex: csock_connect_ex waits connect */
Test(api_waits, socket_connect_ex__csock_connect_ex)
{
    api_fx fx;
    csock_error err;
    int r;
    api_fx_open(&fx, API_FX_TCP, 0, API_WAIT_CONNECT);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_connect_ex(fx.s, &fx.addr, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_connect_ex failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_connect_ex never waited; spec/api says waits: connect");
    cr_assert(events & POLLOUT,
              "csock_connect_ex waited for events %#x; spec/api says waits: connect", events);
    cr_assert_geq(dt, 0.04, "csock_connect_ex returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket detach: csock_detach waits none */
Test(api_waits, socket_detach__csock_detach)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_detach(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
            if (r >= 0) csock_close_descriptor(r, NULL);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_detach polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket fileno: csock_fileno waits none */
Test(api_waits, socket_fileno__csock_fileno)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_fileno(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_fileno polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket getpeername: csock_getpeername waits none */
Test(api_waits, socket_getpeername__csock_getpeername)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock_addr addr_out;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_getpeername(fx.s, &addr_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getpeername polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket getsockname: csock_getsockname waits none */
Test(api_waits, socket_getsockname__csock_getsockname)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock_addr addr_out;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_getsockname(fx.s, &addr_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getsockname polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket getsockopt: csock_getsockopt_int waits none */
Test(api_waits, socket_getsockopt__csock_getsockopt_int)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int value_out[8];
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_getsockopt_int(fx.s, SOL_SOCKET, SO_REUSEADDR, value_out, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getsockopt_int polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket getsockopt: csock_getsockopt_buf waits none */
Test(api_waits, socket_getsockopt__csock_getsockopt_buf)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        char buf_buf[256];
        ssize_t r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_getsockopt_buf(fx.s, SOL_SOCKET, SO_REUSEADDR, buf_buf, sizeof buf_buf, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getsockopt_buf polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket getblocking: csock_getblocking waits none */
Test(api_waits, socket_getblocking__csock_getblocking)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_getblocking(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_getblocking polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket gettimeout: csock_gettimeout waits none */
Test(api_waits, socket_gettimeout__csock_gettimeout)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        double r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_gettimeout(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_gettimeout polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket listen: csock_listen waits none */
Test(api_waits, socket_listen__csock_listen)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_TCP, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_listen(fx.s, 1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_listen polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket recv: csock_recv waits read */
Test(api_waits, socket_recv__csock_recv)
{
    api_fx fx;
    csock_error err;
    size_t len_out = 0;
    void *r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recv(fx.s, 16, 0, &len_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r == NULL), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r == NULL)) {
        csock_buffer_free(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recv failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recv never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recv waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recv returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket recvfrom: csock_recvfrom waits read */
Test(api_waits, socket_recvfrom__csock_recvfrom)
{
    api_fx fx;
    csock_error err;
    size_t len_out = 0;
    csock_addr addr_out;
    void *r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recvfrom(fx.s, 16, 0, &len_out, &addr_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r == NULL), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r == NULL)) {
        csock_buffer_free(r);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recvfrom failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recvfrom never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recvfrom waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recvfrom returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg: csock_recvmsg waits read */
Test(api_waits, socket_recvmsg__csock_recvmsg)
{
    api_fx fx;
    csock_error err;
    csock_msg out_out;
    int r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recvmsg(fx.s, 16, 16, 0, &out_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
        csock_msg_free(&out_out);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recvmsg failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recvmsg never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recvmsg waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recvmsg returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket recvmsg_into: csock_recvmsg_into waits read */
Test(api_waits, socket_recvmsg_into__csock_recvmsg_into)
{
    api_fx fx;
    csock_error err;
    char buffers_buf[64] = "x";
    csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
    csock_msg out_out;
    int r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recvmsg_into(fx.s, buffers_iov, 1, 16, 0, &out_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
        csock_msg_free(&out_out);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recvmsg_into failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recvmsg_into never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recvmsg_into waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recvmsg_into returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

/* socket recvfrom_into: csock_recvfrom_into waits read */
Test(api_waits, socket_recvfrom_into__csock_recvfrom_into)
{
    api_fx fx;
    csock_error err;
    char buf_buf[256];
    csock_addr addr_out;
    ssize_t r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recvfrom_into(fx.s, buf_buf, sizeof buf_buf, 16, 0, &addr_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recvfrom_into failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recvfrom_into never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recvfrom_into waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recvfrom_into returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket recv_into: csock_recv_into waits read */
Test(api_waits, socket_recv_into__csock_recv_into)
{
    api_fx fx;
    csock_error err;
    char buf_buf[256];
    ssize_t r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recv_into(fx.s, buf_buf, sizeof buf_buf, 16, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recv_into failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recv_into never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recv_into waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recv_into returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket send: csock_send waits write */
Test(api_waits, socket_send__csock_send)
{
    api_fx fx;
    csock_error err;
    static const char buf_data[16] = "0123456789abcde";
    ssize_t r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_send(fx.s, buf_data, sizeof buf_data, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_send failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_send never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_send waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_send returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket sendall: csock_sendall waits write */
Test(api_waits, socket_sendall__csock_sendall)
{
    api_fx fx;
    csock_error err;
    static const char buf_data[16] = "0123456789abcde";
    int r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_sendall(fx.s, buf_data, sizeof buf_data, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_sendall failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_sendall never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_sendall waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_sendall returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket sendto: csock_sendto waits write */
Test(api_waits, socket_sendto__csock_sendto)
{
    api_fx fx;
    csock_error err;
    static const char buf_data[16] = "0123456789abcde";
    ssize_t r;
    api_fx_open(&fx, API_FX_UNIX_DGRAM, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_sendto(fx.s, buf_data, sizeof buf_data, 0, &fx.addr, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_sendto failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_sendto never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_sendto waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_sendto returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* socket sendmsg: csock_sendmsg waits write */
Test(api_waits, socket_sendmsg__csock_sendmsg)
{
    api_fx fx;
    csock_error err;
    char buffers_buf[64] = "x";
    csock_iov buffers_iov[1] = {{buffers_buf, sizeof buffers_buf}};
    ssize_t r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_sendmsg(fx.s, buffers_iov, 1, NULL, 0, 0, NULL, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_sendmsg failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_sendmsg never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_sendmsg waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_sendmsg returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

/* socket sendmsg_afalg: csock_sendmsg_afalg waits write: not tested here (no AF_ALG here: on any other socket the call fails before it could wait) */

/* socket setblocking: csock_setblocking waits none */
Test(api_waits, socket_setblocking__csock_setblocking)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_setblocking(fx.s, 0, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_setblocking polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket settimeout: csock_settimeout waits none */
Test(api_waits, socket_settimeout__csock_settimeout)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        double timeout_val = 1.0;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_settimeout(fx.s, &timeout_val, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_settimeout polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket setsockopt: csock_setsockopt_int waits none */
Test(api_waits, socket_setsockopt__csock_setsockopt_int)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_setsockopt_int(fx.s, SOL_SOCKET, SO_REUSEADDR, 1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_setsockopt_int polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket setsockopt: csock_setsockopt_buf waits none */
Test(api_waits, socket_setsockopt__csock_setsockopt_buf)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        static const char buf_data[16] = "0123456789abcde";
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_setsockopt_buf(fx.s, SOL_SOCKET, SO_REUSEADDR, buf_data, sizeof buf_data, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_setsockopt_buf polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket setsockopt: csock_setsockopt_none waits none */
Test(api_waits, socket_setsockopt__csock_setsockopt_none)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_setsockopt_none(fx.s, SOL_SOCKET, SO_REUSEADDR, 4, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_setsockopt_none polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket shutdown: csock_shutdown waits none */
Test(api_waits, socket_shutdown__csock_shutdown)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_shutdown(fx.s, SHUT_RDWR, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_shutdown polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket family: csock_family waits none */
Test(api_waits, socket_family__csock_family)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_family(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_family polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket type: csock_type waits none */
Test(api_waits, socket_type__csock_type)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_type(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_type polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket proto: csock_proto waits none */
Test(api_waits, socket_proto__csock_proto)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_proto(fx.s);
        (void)r;
        int polls = api_polls;
        if (!0) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_proto polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket accept: csock_accept waits read */
Test(api_waits, socket_accept__csock_accept)
{
    api_fx fx;
    csock_error err;
    csock_addr addr_out;
    csock *r;
    api_fx_open(&fx, API_FX_LISTENER, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_accept(fx.s, &addr_out, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r == NULL), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r == NULL)) {
        csock_close(r, NULL);
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_accept failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_accept never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_accept waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_accept returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

/* socket dup: csock_dup waits none */
Test(api_waits, socket_dup__csock_dup)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        csock *r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_dup(fx.s, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            csock_close(r, NULL);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_dup polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket get_inheritable: csock_get_inheritable waits none */
Test(api_waits, socket_get_inheritable__csock_get_inheritable)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_get_inheritable(fx.s, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_get_inheritable polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket set_inheritable: csock_set_inheritable waits none */
Test(api_waits, socket_set_inheritable__csock_set_inheritable)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        int r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_set_inheritable(fx.s, 0, &err);
        (void)r;
        int polls = api_polls;
        if (!(r < 0)) {
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_set_inheritable polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket makefile: csock_makefile waits none */
Test(api_waits, socket_makefile__csock_makefile)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        FILE *r;
        (void)err;
        api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_READ);
        api_set_mode(fx.s, mode);

        api_polls = 0;
        r = csock_makefile(fx.s, "rwb", -1, &err);
        (void)r;
        int polls = api_polls;
        if (!(r == NULL)) {
            fclose(r);
        } else {
        }
        csock_setdefaulttimeout(NULL, NULL);
        api_fx_close(&fx);
        cr_assert_eq(polls, 0, "csock_makefile polled %d times in %s mode; spec/api says waits: none",
                     polls, api_mode_name(mode));
    }
}

/* socket sendfile: csock_sendfile waits write */
Test(api_waits, socket_sendfile__csock_sendfile)
{
    api_fx fx;
    csock_error err;
    long long r;
    api_fx_open(&fx, API_FX_PAIR, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_sendfile(fx.s, fx.file_fd, 0, NULL, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_sendfile failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_sendfile never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_sendfile waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_sendfile returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}

#if defined(__linux__)
/* socket sendmmsg: csock_sendmmsg waits write */
Test(api_waits, socket_sendmmsg__csock_sendmmsg)
{
    api_fx fx;
    csock_error err;
    char msgs_buf[64] = "x";
    csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
    ssize_t r;
    api_fx_open(&fx, API_FX_DGRAM, 0, API_WAIT_WRITE);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_sendmmsg(fx.s, msgs_v, 1, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_sendmmsg failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_sendmmsg never waited; spec/api says waits: write");
    cr_assert(events & POLLOUT,
              "csock_sendmmsg waited for events %#x; spec/api says waits: write", events);
    cr_assert_geq(dt, 0.04, "csock_sendmmsg returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

#if defined(__linux__)
/* socket recvmmsg: csock_recvmmsg waits read */
Test(api_waits, socket_recvmmsg__csock_recvmmsg)
{
    api_fx fx;
    csock_error err;
    char msgs_buf[64] = "x";
    csock_mmsg msgs_v[1] = {{msgs_buf, sizeof msgs_buf, NULL, 0, 0}};
    ssize_t r;
    api_fx_open(&fx, API_FX_DGRAM, 0, API_WAIT_READ);
    double t = 0.05;
    cr_assert_eq(csock_settimeout(fx.s, &t, NULL), 0);
    api_polls = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    r = csock_recvmmsg(fx.s, msgs_v, 1, 0, &err);
    double dt = now_s() - t0;
    (void)r;
    int failed = (r < 0), kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    if (!(r < 0)) {
    } else {
    }
    csock_setdefaulttimeout(NULL, NULL);
    api_fx_close(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "csock_recvmmsg failed with %s, not the timeout",
              api_kind_name(kind));
    cr_assert_gt(polls, 0, "csock_recvmmsg never waited; spec/api says waits: read");
    cr_assert(events & POLLIN,
              "csock_recvmmsg waited for events %#x; spec/api says waits: read", events);
    cr_assert_geq(dt, 0.04, "csock_recvmmsg returned after %.3f s, before its timeout", dt);
    cr_assert_lt(dt, 10.0);
}
#endif

