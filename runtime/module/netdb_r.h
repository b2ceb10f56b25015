/* Reentrant netdb calls with glibc's signatures on every platform
 * (runtime/module/netdb_r.c).  Not installed. */
#ifndef CSOCK_NETDB_R_H
#define CSOCK_NETDB_R_H

#include <netdb.h>
#include <stddef.h>
#include <sys/socket.h>

int csock__gethostbyname_r(const char *name, struct hostent *he, char *buf,
                           size_t buflen, struct hostent **result,
                           int *h_errnop);
int csock__gethostbyaddr_r(const void *addr, socklen_t len, int af,
                           struct hostent *he, char *buf, size_t buflen,
                           struct hostent **result, int *h_errnop);
int csock__getprotobyname_r(const char *name, struct protoent *pe,
                            char *buf, size_t buflen,
                            struct protoent **result);
int csock__getservbyname_r(const char *name, const char *proto,
                           struct servent *se, char *buf, size_t buflen,
                           struct servent **result);
int csock__getservbyport_r(int port, const char *proto, struct servent *se,
                           char *buf, size_t buflen, struct servent **result);

#endif
