/* Echo client program (IPv4), the reference document's second example:
 * socket(), connect(), sendall(), recv().
 *
 *   usage: echo_client [HOST [PORT]]   (default 127.0.0.1 50007)
 */
#include <csock/csock.h>

#include <stdio.h>
#include <stdlib.h>

/* Python's repr() of a bytes object, for printable ASCII and escapes. */
static void print_bytes_repr(const unsigned char *p, size_t n)
{
    putchar('b');
    putchar('\'');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '\\' || c == '\'')
            printf("\\%c", c);
        else if (c == '\n')
            printf("\\n");
        else if (c >= 32 && c < 127)
            putchar(c);
        else
            printf("\\x%02x", c);
    }
    putchar('\'');
}

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : "127.0.0.1"; /* the remote host */
    int port = argc > 2 ? atoi(argv[2]) : 50007;         /* the server's port */
    csock_error err;

    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
    if (!s)
        goto fail;
    csock_addr a = csock_addr_inet(host, port);
    if (csock_connect(s, &a, &err) < 0 ||
        csock_sendall(s, "Hello, world", 12, 0, &err) < 0)
        goto fail;
    size_t n;
    char *data = csock_recv(s, 1024, 0, &n, &err);
    if (!data)
        goto fail;
    csock_close(s, NULL);
    printf("Received ");
    print_bytes_repr((const unsigned char *)data, n);
    printf("\n");
    csock_buffer_free(data);
    return 0;
fail:
    fprintf(stderr, "%s: %s\n", csock_error_kind_name(err.kind), err.message);
    csock_close(s, NULL);
    return 1;
}
