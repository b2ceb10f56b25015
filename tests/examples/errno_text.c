/* Prints Python's OSError text for an errno name of this target:
 * `errno_text ECONNREFUSED` -> "[Errno 111] Connection refused" on x86_64,
 * "[Errno 239] Connection refused" on hppa.  tests/examples/run.sh runs it
 * (under the build's emulator) to know what the examples must print: the
 * number and the words are the target's, never the build machine's. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const struct { const char *name; int value; } known[] = {
    { "ECONNREFUSED", ECONNREFUSED },
    { "EADDRINUSE", EADDRINUSE },
    { "ECONNRESET", ECONNRESET },
    { "ETIMEDOUT", ETIMEDOUT },
};

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: errno_text ENAME\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(known[i].name, argv[1]) == 0) {
            printf("[Errno %d] %s\n", known[i].value, strerror(known[i].value));
            return 0;
        }
    fprintf(stderr, "errno_text: unknown name %s\n", argv[1]);
    return 2;
}
