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
        r = csock_getservbyname("http", NULL, &err);
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

/* socket recv: csock_recv_into waits read */
Test(api_waits, socket_recv__csock_recv_into)
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
        r = csock_makefile(fx.s, "rb", -1, &err);
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

