// Proves the public headers compile as C++ (C++17, -Wall -Wextra -Werror)
// and link against libcsock: a C++ program makes a socketpair and talks.
#include "csock/csock.h"

#include <cstdio>
#include <cstring>

int main()
{
    csock_error err{};
    csock *pair[2] = {nullptr, nullptr};
    if (csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair, &err) != 0) {
        std::fprintf(stderr, "socketpair: %s\n", err.message);
        return 1;
    }
    const char msg[] = "c++";
    if (csock_sendall(pair[0], msg, sizeof msg, 0, &err) != 0)
        return 2;
    char buf[8] = {0};
    ssize_t n = csock_recv_into(pair[1], buf, sizeof buf, 0, 0, &err);
    csock_addr a = csock_addr_inet("127.0.0.1", 80);
    int ok = n == (ssize_t)sizeof msg && std::memcmp(buf, msg, sizeof msg) == 0 &&
             a.family == AF_INET && a.u.inet.port == 80 &&
             std::strcmp(csock_error_kind_name(CSOCK_ERR_TIMEOUT), "socket.timeout") == 0;
    csock_close(pair[0], nullptr);
    csock_close(pair[1], nullptr);
    std::printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 3;
}
