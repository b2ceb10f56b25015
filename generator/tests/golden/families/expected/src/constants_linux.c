/* Generated from spec/constants/families.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_table.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/constants_linux.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The constant table for linux (Linux.):
 * compiled only where __linux__ is defined, and each row only
 * where this platform's headers define the name. */
#include "constants_internal.h"

#if defined(__linux__)

#if defined(__has_include)
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#endif
#else
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#endif

const struct csock__const_entry csock__constants[] = {
#ifdef AF_INET
    {{"AF_INET", "families", (long long)(AF_INET), NULL, "IPv4."}, 1, 0},
#endif
#ifdef AF_UNIX
    {{"AF_UNIX", "families", (long long)(AF_UNIX), NULL, "Local sockets."}, 1, 0},
#endif
    {{NULL, NULL, 0, NULL, NULL}, 0, 0}
};
const size_t csock__constants_len =
    sizeof csock__constants / sizeof csock__constants[0] - 1;

#else
typedef int csock__constants_linux_not_this_platform;
#endif
