// The public headers as C++ on a platform without runtime (see headers.c).
#include <csock/csock.h>
#ifdef _WIN32
#include <windows.h>
#endif

extern const csock_constant_info *(*csock_platform_find_cxx)(const char *);
const csock_constant_info *(*csock_platform_find_cxx)(const char *) = csock_constant_find;
extern const size_t csock_platform_size_cxx;
const size_t csock_platform_size_cxx = sizeof(csock_addr) + sizeof(csock_error);
