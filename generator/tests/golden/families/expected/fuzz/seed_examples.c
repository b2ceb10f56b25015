/* Generated from spec/families/inet.yaml, spec/families/unix.yaml by generator/csockgen with templates/fuzz_seeds.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/fuzz/seed_examples.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Every address example of spec/families/ (valid and invalid) as a
 * csock_addr, handed to the fuzz seed writer (tests/fuzz/seeds.c), which
 * turns them into the seed corpora of the harnesses in tests/fuzz/. */
#include <stdint.h>
#include <string.h>

#include "csock/csock.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */
#include "seeds.h"

#if defined(CSOCK_ADDR_HAVE_INET)
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_UN)
#include <sys/un.h>
#endif

void fz_examples(fz_example_fn fn, void *ctx)
{
    fz_example ex;
#if defined(CSOCK_ADDR_HAVE_INET)
#if (1) && defined(AF_INET)
    /* Loopback. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_loopback";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 8080);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* '' is INADDR_ANY. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_any";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* Port above 65535. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_port_high";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 70000);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* A tuple for AF_UNIX. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_for_unix_socket";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 0);
    fn(&ex, ctx);
#endif
#endif /* AF_INET */
#if defined(CSOCK_ADDR_HAVE_UN)
#if (1) && defined(AF_UNIX)
    /* A path. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_path";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/tmp/x.sock", 11);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* No room for the NUL. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_invalid_too_long";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A path for AF_INET. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/tmp/x", 6);
    fn(&ex, ctx);
#endif
#endif /* AF_UNIX */
}
