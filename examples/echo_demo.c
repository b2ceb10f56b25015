/* echo_demo: an echo server and its client in one program, over
 * loopback, printing what each side does.  The server runs in a thread
 * (the reference's echo server: accept one client, echo until it
 * closes); the client connects with create_connection, sends three
 * messages, prints each echo, and closes.
 *
 *   usage: echo_demo
 */
#include <csock/csock.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static csock *listener;
/* The server has accepted (a flag under a condition variable: macOS has
 * no unnamed semaphores). */
static pthread_mutex_t accept_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t accept_cond = PTHREAD_COND_INITIALIZER;
static int accepted;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

static void say(const char *who, const char *fmt, const char *a, long b)
{
    pthread_mutex_lock(&out_lock);
    printf("%s ", who);
    printf(fmt, a, b);
    printf("\n");
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void post_accepted(void)
{
    pthread_mutex_lock(&accept_lock);
    accepted = 1;
    pthread_cond_signal(&accept_cond);
    pthread_mutex_unlock(&accept_lock);
}

static void wait_accepted(void)
{
    pthread_mutex_lock(&accept_lock);
    while (!accepted)
        pthread_cond_wait(&accept_cond, &accept_lock);
    pthread_mutex_unlock(&accept_lock);
}

static void *server(void *arg)
{
    (void)arg;
    csock_error err;
    csock_addr peer;
    csock *conn = csock_accept(listener, &peer, &err);
    if (!conn) {
        say("server:", "accept failed: %s%.0ld", err.message, 0);
        post_accepted();
        return NULL;
    }
    say("server:", "connection from ('%s', %ld)", peer.u.inet.host,
        peer.u.inet.port);
    post_accepted();
    long total = 0;
    for (;;) {
        char buf[1024];
        ssize_t n = csock_recv_into(conn, buf, sizeof buf - 1, 0, 0, &err);
        if (n < 0) {
            say("server:", "recv failed: %s%.0ld", err.message, 0);
            break;
        }
        if (n == 0)
            break;
        buf[n] = '\0';
        say("server:", "received b'%s' (%ld bytes), echoing it", buf, n);
        if (csock_sendall(conn, buf, (size_t)n, 0, &err) < 0)
            break;
        total += n;
    }
    say("server:", "client closed the connection%s after %ld bytes", "",
        total);
    csock_close(conn, NULL);
    return NULL;
}

int main(void)
{
    csock_error err;
    listener = csock_create_server("127.0.0.1", 0, AF_INET, 1, 0, 0, &err);
    if (!listener) {
        fprintf(stderr, "create_server: %s\n", err.message);
        return 1;
    }
    csock_addr me;
    csock_getsockname(listener, &me, &err);
    say("server:", "listening on ('%s', %ld)", me.u.inet.host, me.u.inet.port);

    pthread_t t;
    pthread_create(&t, NULL, server, NULL);

    int status = 0;
    csock *c = csock_create_connection("127.0.0.1", me.u.inet.port, 5.0, NULL,
                                       0, &err);
    if (!c) {
        say("client:", "create_connection failed: %s%.0ld", err.message, 0);
        csock_close(listener, NULL); /* wakes nothing: accept has no peer */
        return 1;
    }
    wait_accepted();
    say("client:", "connected to ('%s', %ld)", "127.0.0.1", me.u.inet.port);
    const char *msgs[] = { "Hello, world", "csock speaks the socket module",
                           "bye" };
    for (int i = 0; i < 3 && status == 0; i++) {
        size_t len = strlen(msgs[i]);
        say("client:", "sending b'%s'%.0ld", msgs[i], 0);
        if (csock_sendall(c, msgs[i], len, 0, &err) < 0) {
            status = 1;
            break;
        }
        char buf[1024];
        size_t got = 0;
        while (got < len) {
            ssize_t n = csock_recv_into(c, buf + got, sizeof buf - 1 - got, 0,
                                        0, &err);
            if (n <= 0) {
                status = 1;
                break;
            }
            got += (size_t)n;
        }
        buf[got] = '\0';
        if (status == 0)
            say("client:", "received b'%s' (%ld bytes)", buf, (long)got);
    }
    if (status)
        say("client:", "error: %s%.0ld", err.message, 0);
    say("client:", "closing%s%.0ld", "", 0);
    csock_close(c, NULL);
    pthread_join(t, NULL);
    csock_close(listener, NULL);
    printf("done: %s\n", status == 0 ? "3 messages echoed" : "FAILED");
    return status;
}
