/* Generated from spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/unix.yaml by generator/csockgen with templates/addr_tests.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* Address examples of spec/families/: every valid example round-trips
 * (constructor -> encode -> decode equals the decoded form, and encoding
 * that again gives the same sockaddr); every invalid one fails with the
 * specified error kind and Python's exact message.  No socket is needed. */
#include <criterion/criterion.h>
#include <string.h>

#include "csock/csock.h"


#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_INET)
#if 1
/* The loopback address. */
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
}
#endif
#if 1
/* '<broadcast>' is INADDR_BROADCAST. */
Test(addr_inet, valid_broadcast)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("<broadcast>", 9);
    csock_addr want = csock_addr_inet("255.255.255.255", 9);
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
}
#endif
#if 1
/* The highest port. */
Test(addr_inet, valid_max_port)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("10.1.2.3", 65535);
    csock_addr want = csock_addr_inet("10.1.2.3", 65535);
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
}
#endif
#if 1
/* 'localhost' resolves to the loopback address. */
Test(addr_inet, valid_localhost)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("localhost", 1);
    csock_addr want = csock_addr_inet("127.0.0.1", 1);
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
}
#endif
#if 1 && defined(AF_INET)
/* A port above 65535. */
Test(addr_inet, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 70000);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#if 1 && defined(AF_INET)
/* A negative port names the caller. */
Test(addr_inet, invalid_port_negative)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", -1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): port must be 0-65535.");
}
#endif
#if 1 && defined(AF_INET)
/* The message names the calling method. */
Test(addr_inet, invalid_port_sendto)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 65536);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "sendto", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "sendto(): port must be 0-65535.");
}
#endif
#if 1 && defined(AF_INET)
/* Not a number and not a name that resolves. */
Test(addr_inet, invalid_bad_numeric)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1x", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_GAI, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "[Errno -2] Name or service not known");
}
#endif
#if 1 && defined(AF_INET6)
/* A pair where AF_INET6 wants its tuple (C: an AF_INET csock_addr for an AF_INET6 socket). */
Test(addr_inet, invalid_for_inet6_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
}
#endif
#if 1 && defined(AF_UNIX)
/* A tuple given to an AF_UNIX socket. */
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

#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_INET6)
#if 1
/* The loopback address. */
Test(addr_inet6, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 8080, 0u, 0u);
    csock_addr want = csock_addr_inet6("::1", 8080, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* Flowinfo and scope_id default to 0. */
Test(addr_inet6, valid_pair)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 1, 0u, 0u);
    csock_addr want = csock_addr_inet6("::1", 1, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* '' is the unspecified address ::. */
Test(addr_inet6, valid_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("", 0, 0u, 0u);
    csock_addr want = csock_addr_inet6("::", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* The highest flowinfo and a scope. */
Test(addr_inet6, valid_flowinfo_max)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("fe80::1", 443, 1048575u, 1u);
    csock_addr want = csock_addr_inet6("fe80::1", 443, 1048575u, 1u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* Decoding gives the compressed form. */
Test(addr_inet6, valid_expanded)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("2001:db8:0:0:0:0:0:1", 80, 0u, 0u);
    csock_addr want = csock_addr_inet6("2001:db8::1", 80, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* An IPv4-mapped address. */
Test(addr_inet6, valid_mapped)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::ffff:127.0.0.1", 80, 0u, 0u);
    csock_addr want = csock_addr_inet6("::ffff:127.0.0.1", 80, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1
/* The highest scope_id. */
Test(addr_inet6, valid_scope_max)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 0, 0u, 4294967295u);
    csock_addr want = csock_addr_inet6("::1", 0, 0u, 4294967295u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
}
#endif
#if 1 && defined(AF_INET6)
/* A port above 65535. */
Test(addr_inet6, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 70000, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#if 1 && defined(AF_INET6)
/* A flowinfo above 2**20-1. */
Test(addr_inet6, invalid_flowinfo_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 1048576u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): flowinfo must be 0-1048575.");
}
#endif
#if 1 && defined(AF_INET6)
/* Python's -1 (here 2**32-1) names the caller. */
Test(addr_inet6, invalid_flowinfo_connect)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 4294967295u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): flowinfo must be 0-1048575.");
}
#endif
#if 1 && defined(AF_INET6)
/* '<broadcast>' is for AF_INET only. */
Test(addr_inet6, invalid_broadcast)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("<broadcast>", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "address family mismatched");
}
#endif
#if 1 && defined(AF_INET6)
/* An IPv4 address is not an AF_INET6 host. */
Test(addr_inet6, invalid_ipv4_host)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("127.0.0.1", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_GAI, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "[Errno -9] Address family for hostname not supported");
}
#endif
#if 1 && defined(AF_INET)
/* A 4-tuple for an AF_INET socket. */
Test(addr_inet6, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#endif /* AF_INET6 */

#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_UNIX)
#if 1
/* A filesystem path. */
Test(addr_un, valid_path)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("/tmp/csock.sock", 15);
    csock_addr want = csock_addr_unix_bytes("/tmp/csock.sock", 15);
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
}
#endif
#if 1
/* A relative path. */
Test(addr_un, valid_relative)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("sock", 4);
    csock_addr want = csock_addr_unix_bytes("sock", 4);
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
}
#endif
#if 1
/* 107 bytes, the longest filesystem path. */
Test(addr_un, valid_longest_path)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 107);
    csock_addr want = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 107);
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
}
#endif
#if 1
/* A Linux abstract name (bytes in Python). */
Test(addr_un, valid_abstract)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("\x00""csock-abstract", 15);
    csock_addr want = csock_addr_unix_bytes("\x00""csock-abstract", 15);
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
}
#endif
#if 1
/* An abstract name of 108 bytes fills sun_path. */
Test(addr_un, valid_abstract_full)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    csock_addr want = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
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
}
#endif
#if 1 && defined(AF_UNIX)
/* 108 bytes leave no room for the NUL. */
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
#if 1 && defined(AF_UNIX)
/* An abstract name of 109 bytes. */
Test(addr_un, invalid_abstract_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 109);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_UNIX path too long");
}
#endif
#if 1 && defined(AF_INET)
/* A path given to an AF_INET socket (Python passes a str where a tuple is needed). */
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

