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
#elif defined(__APPLE__)
#ifndef _DARWIN_C_SOURCE
#define _DARWIN_C_SOURCE 1
#endif
#ifndef __APPLE_USE_RFC_3542
#define __APPLE_USE_RFC_3542 1
#endif
#elif defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN 1
#endif
#endif

/* Any C library header defines the library's own macros (__GLIBC__). */
#include <limits.h>

#if defined(__linux__) && defined(__GLIBC__)
/* linux, glibc: GNU libc (Debian 12's 2.36 here). */
#define CSOCK_PLATFORM "linux"
#define CSOCK_PLATFORM_LIBC "glibc"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 1
#endif
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 1
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 0
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 1
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 1
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 1
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 1
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 1
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 1
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 1
#endif
#elif defined(__linux__)
/* linux, musl: musl libc (Debian's musl-tools 1.2.3 here).  No macro identifies musl: a Linux C library that is not glibc is taken for musl. */
#define CSOCK_PLATFORM "linux"
#define CSOCK_PLATFORM_LIBC "musl"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 1
#endif
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 1
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 0
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 1
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 1
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 1
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 1
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 1
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 1
#endif
#elif defined(__FreeBSD__)
/* freebsd, freebsd: FreeBSD's libc (13 and later), features as its manual pages give them: not checked by any compiler here. */
#define CSOCK_PLATFORM "freebsd"
#define CSOCK_PLATFORM_LIBC "freebsd"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 1
#endif
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 1
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 1
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 0
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 0
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 1
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 1
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 1
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 1
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 0
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 0
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 0
#endif
#elif defined(__APPLE__)
/* darwin, darwin: Apple's libSystem.  Its headers define MSG_NOSIGNAL (macOS 11 and later), but SO_NOSIGPIPE is what every macOS honours, so the runtime uses that. */
#define CSOCK_PLATFORM "darwin"
#define CSOCK_PLATFORM_LIBC "darwin"
#define CSOCK_HAVE_RUNTIME 1
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 0
#endif
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 0
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 1
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 0
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 0
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 0
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 1
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 0
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 0
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 0
#endif
#elif defined(_WIN32)
/* windows: no runtime (Windows (Winsock 2).  No runtime yet (runtime/win/ holds its first pieces).) */
#define CSOCK_PLATFORM "windows"
#define CSOCK_PLATFORM_LIBC ""
#define CSOCK_HAVE_RUNTIME 0
#ifndef CSOCK_HAVE_ACCEPT4
#define CSOCK_HAVE_ACCEPT4 0
#endif
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 0
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 0
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 0
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 0
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 0
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 0
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 0
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 0
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
#ifndef CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK_HAVE_SOCK_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK_HAVE_MSG_CMSG_CLOEXEC 0
#endif
#ifndef CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK_HAVE_MSG_NOSIGNAL 0
#endif
#ifndef CSOCK_HAVE_SO_NOSIGPIPE
#define CSOCK_HAVE_SO_NOSIGPIPE 0
#endif
#ifndef CSOCK_HAVE_SO_DOMAIN
#define CSOCK_HAVE_SO_DOMAIN 0
#endif
#ifndef CSOCK_HAVE_SO_PROTOCOL
#define CSOCK_HAVE_SO_PROTOCOL 0
#endif
#ifndef CSOCK_HAVE_FOPENCOOKIE
#define CSOCK_HAVE_FOPENCOOKIE 0
#endif
#ifndef CSOCK_HAVE_FUNOPEN
#define CSOCK_HAVE_FUNOPEN 0
#endif
#ifndef CSOCK_HAVE_STRERROR_R_GNU
#define CSOCK_HAVE_STRERROR_R_GNU 0
#endif
#ifndef CSOCK_HAVE_GETHOSTBYNAME_R
#define CSOCK_HAVE_GETHOSTBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETPROTOBYNAME_R
#define CSOCK_HAVE_GETPROTOBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_GETSERVBYNAME_R
#define CSOCK_HAVE_GETSERVBYNAME_R 0
#endif
#ifndef CSOCK_HAVE_DUP3
#define CSOCK_HAVE_DUP3 0
#endif
#ifndef CSOCK_HAVE_MMSG
#define CSOCK_HAVE_MMSG 0
#endif
#ifndef CSOCK_HAVE_SENDFILE
#define CSOCK_HAVE_SENDFILE 0
#endif

#endif

#endif /* CSOCK_PLATFORM_H */
