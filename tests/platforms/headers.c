/* The public headers on a platform without runtime (spec/platforms.yaml:
 * runtime none): they compile, as C here and as C++ in headers.cc, and the
 * platform's own headers can follow (Windows: <windows.h> after them,
 * with its `interface` macro).  Built by `ninja platform_headers`. */
#include <csock/csock.h>
#ifdef _WIN32
#include <windows.h>
#endif

/* Touch the declarations: types, enums, the constant table's API. */
const csock_constant_info *(*csock_platform_find)(const char *) = csock_constant_find;
int csock_platform_kinds[] = { CSOCK_ERR_OS, CSOCK_ERR_TIMEOUT, CSOCK_ERR__COUNT };
size_t csock_platform_sizes[] = { sizeof(csock_addr), sizeof(csock_error),
                                  sizeof(struct sockaddr_storage) };

/* The descriptor type: a SOCKET (pointer-sized, unsigned) on Windows, an
 * int elsewhere; the calls that take or return a descriptor use it. */
#ifdef _WIN32
_Static_assert(sizeof(csock_fd_t) == sizeof(SOCKET), "csock_fd_t is a SOCKET");
_Static_assert((csock_fd_t)-1 > 0, "csock_fd_t is unsigned, as SOCKET");
#else
_Static_assert(sizeof(csock_fd_t) == sizeof(int), "csock_fd_t is an int");
#endif
csock_fd_t (*csock_platform_fileno)(const csock *) = csock_fileno;
csock *(*csock_platform_fromfd)(csock_fd_t, int, int, int, csock_error *) = csock_fromfd;
const csock_fd_t csock_platform_invalid = CSOCK_INVALID_FD;
