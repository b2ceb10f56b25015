/* Generated from spec/families/inet.yaml, spec/families/pretend.yaml, spec/families/unix.yaml by generator/csockgen with templates/addr_tests.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/addr_examples.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Address examples of spec/families/: every valid example round-trips
 * (constructor -> encode -> decode equals the decoded form, and encoding
 * that again gives the same sockaddr); every invalid one fails with the
 * specified error kind and Python's exact message.  No socket is needed.
 * Where a format's sockaddr is declared by csock (layout:) and the system
 * also has it (layout_headers:), the two layouts must agree. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "csock/csock.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */

#if defined(CSOCK_ADDR_HAVE_INET)
#include <netinet/in.h>
#if 1
/* Loopback. */
Test(addr_inet, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("127.0.0.1", 8080);
    csock_addr want = csock_addr_inet("127.0.0.1", 8080);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "127.0.0.1:8080");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* '' is INADDR_ANY. */
Test(addr_inet, valid_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("", 0);
    csock_addr want = csock_addr_inet("0.0.0.0", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "0.0.0.0:0");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET)
/* Port above 65535. */
Test(addr_inet, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 70000);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): port must be 0-65535.");
}
#endif
#if (1) && defined(AF_UNIX)
/* A tuple for AF_UNIX. */
Test(addr_inet, invalid_for_unix_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "a bytes-like object is required, not 'tuple'");
}
#endif
#endif /* AF_INET */

#if defined(CSOCK_ADDR_HAVE_PRETEND)
#include <sys/socket.h>
#if defined(PRETEND_PLAIN)
/* Every interface. */
Test(addr_pretend, valid_plain)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_pretend_plain("", 80, 7u);
    csock_addr want = csock_addr_pretend_plain("", 80, 7u);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = PRETEND_PLAIN;
    cr_assert_eq(csock_addr_encode(&in, AF_PRETEND, PRETEND_PLAIN, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, PRETEND_PLAIN, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_PRETEND, PRETEND_PLAIN, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('', 80, 7)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(PRETEND_TAGGED)
/* The first tag (scope omitted: PRETEND_DEFAULT_SCOPE both ways). */
Test(addr_pretend, valid_tagged)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_pretend_tagged(1u, 2u, 3u, "ab", "\x01\x02", 2, PRETEND_DEFAULT_SCOPE);
    csock_addr want = csock_addr_pretend_tagged(1u, 2u, 3u, "ab", "\x01\x02", 2, PRETEND_DEFAULT_SCOPE);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = PRETEND_TAGGED;
    cr_assert_eq(csock_addr_encode(&in, AF_PRETEND, PRETEND_TAGGED, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, PRETEND_TAGGED, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_PRETEND, PRETEND_TAGGED, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if (defined(PRETEND_PLAIN)) && defined(AF_PRETEND)
/* The port is checked first. */
Test(addr_pretend, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_pretend_plain("lo", 70000, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PRETEND, PRETEND_PLAIN, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#endif /* AF_PRETEND */

#if defined(CSOCK_ADDR_HAVE_UN)
#include <sys/un.h>
#if 1
/* A path. */
Test(addr_un, valid_path)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("/tmp/x.sock", 11);
    csock_addr want = csock_addr_unix_bytes("/tmp/x.sock", 11);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "/tmp/x.sock");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_UNIX)
/* No room for the NUL. */
Test(addr_un, invalid_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_UNIX path too long");
}
#endif
#if (1) && defined(AF_INET)
/* A path for AF_INET. */
Test(addr_un, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("/tmp/x", 6);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): AF_INET address must be tuple, not str");
}
#endif
#endif /* AF_UNIX */

