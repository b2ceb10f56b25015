/* Generated from spec/platforms.yaml by generator/csockgen with templates/csock_platform.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The platform being compiled, as spec/platforms.yaml describes it: the
 * first header of every library source (runtime/internal.h includes it
 * first, and so does each generated .c file of the library), so that the
 * feature-test macros come before any system header; then what the runtime may use there: CSOCK_HAVE_<FEATURE>
 * is 1 where the platform's C library offers the feature, else 0 (the
 * runtime falls back, as each feature's doc says).  A build may turn a
 * feature off with -DCSOCK_HAVE_<FEATURE>=0 (the fallbacks are proved on
 * Linux that way: spec/platforms.yaml's proof "fallbacks").  Not
 * installed. */
#ifndef CSOCK_PLATFORM_H
#define CSOCK_PLATFORM_H

/* Feature-test macros, chosen by the compiler's own platform macro. */
#if defined(__linux__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#endif

/* Any C library header defines the library's own macros (__GLIBC__). */
#include <limits.h>

#if defined(__linux__) && defined(__GLIBC__)
/* linux, glibc: GNU libc. */
#define CSOCK_PLATFORM "linux"
#define CSOCK_PLATFORM_LIBC "glibc"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 1
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 1
#endif
#elif defined(__linux__)
/* linux, musl: musl. */
#define CSOCK_PLATFORM "linux"
#define CSOCK_PLATFORM_LIBC "musl"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 1
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#elif defined(__FreeBSD__)
/* freebsd: no runtime (FreeBSD.) */
#define CSOCK_PLATFORM "freebsd"
#define CSOCK_PLATFORM_LIBC ""
#define CSOCK_HAVE_RUNTIME 0
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#else
/* A platform spec/platforms.yaml does not know: the POSIX runtime with
 * every optional feature off.  Describe it in the spec with
 * generator/probe.py --update-spec --new-platform NAME:GUARD. */
#define CSOCK_PLATFORM "unknown"
#define CSOCK_PLATFORM_LIBC "unknown"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif

#endif

#endif /* CSOCK_PLATFORM_H */
