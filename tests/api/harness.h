/* What the generated API tests (generated/tests/api_*.c, from spec/api's
 * waits:, raises: and test:) run on: fixtures (the socket a call runs
 * on, idle so that a waiting call waits, or ready so that none blocks),
 * the syscall layer wrapped at link time (polls counted, the k-th syscall
 * or allocation failing on purpose) and counting hooks. */
#ifndef CSOCK_TESTS_API_HARNESS_H
#define CSOCK_TESTS_API_HARNESS_H

#include "../common.h"

#include <netdb.h>
#include <poll.h>
#include <stdint.h>

enum { API_FX_NONE, API_FX_PAIR, API_FX_DGRAM, API_FX_UNIX_DGRAM, API_FX_TCP,
       API_FX_LISTENER };
enum { API_MODE_BLOCKING, API_MODE_NONBLOCKING, API_MODE_TIMEOUT };
enum { API_WAIT_READ, API_WAIT_WRITE, API_WAIT_CONNECT };

typedef struct {
    int kind;
    csock *s;            /* what `csock *s` is */
    csock *peer;         /* the other end, a listener, ... */
    csock *extra[4];     /* more sockets the fixture holds */
    csock_addr addr;     /* $addr */
    long port;           /* $port */
    int file_fd;         /* $file */
    char dir[64];        /* AF_UNIX paths live here */
} api_fx;

/* Open a fixture; ready: a call on s that would wait finds what it waits
 * for (data, a connection, room to send, a listener with room), else it
 * is idle (nothing to read or accept, the send buffer full, a listener
 * whose backlog is full). */
void api_fx_open(api_fx *fx, int kind, int ready, int waits);
void api_fx_close(api_fx *fx);
void api_set_mode(csock *s, int mode);
const char *api_mode_name(int mode);

/* $loopback: 127.0.0.1 port 0. */
extern csock_addr api_loopback;
/* $sockfd: a new socket descriptor (AF_INET stream). */
int api_new_sockfd(void);
/* Close fd if it is still open (what a failed call did not take over). */
void api_close_if_open(int fd);

/* Faults: from now on the k-th wrapped syscall (csock__sys_*) fails with
 * errno e without running, or the k-th allocation (malloc, calloc,
 * realloc) fails.  api_fault_hit() disarms and says whether it fired. */
void api_fault_syscall(int k, int e);
void api_fault_alloc(int k);
int api_fault_hit(void);

/* csock__sys_poll calls and the events of the last one. */
extern int api_polls;
extern short api_last_poll_events;

/* Counting hooks: blocking_begin/end calls. */
extern int api_hook_begins;
void api_hooks_install(void);

const char *api_kind_name(int kind);

/* Every test: no fd left open, whatever the call did. */
void api_init(void);
void api_fini(void);

/* The checks (see generated/tests/api_calls.c): `call` runs the function
 * under test on the fixture, releases what it must, and returns nonzero
 * when the call failed (err filled). */
typedef int (*api_call_fn)(api_fx *fx, csock_error *err);
void api_check_no_wait(int fixture, int takes_s, api_call_fn call, const char *name);
void api_check_resolver(int fixture, int takes_s, api_call_fn call, const char *name);
void api_check_waits(int fixture, int takes_s, api_call_fn call, const char *name, int waits);
void api_check_raises(int fixture, int takes_s, api_call_fn call, const char *name, int waits,
                      const int *allowed, size_t nallowed, const char *raises);

#endif
