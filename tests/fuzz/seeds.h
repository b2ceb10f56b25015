/* The address examples of spec/families/, as the generator hands them to
 * the seed writer (generated/fuzz/seed_examples.c implements
 * fz_examples; tests/fuzz/seeds.c writes the corpora). */
#ifndef CSOCK_TESTS_FUZZ_SEEDS_H
#define CSOCK_TESTS_FUZZ_SEEDS_H

#include "csock/csock.h"

typedef struct fz_example {
    const char *family_name; /* "AF_INET" */
    const char *name;        /* unique: "<member>_<valid|invalid>_<name>" */
    int valid;               /* a valid example, or one encode refuses */
    int sock_family;         /* the socket it is given to */
    int sock_proto;
    csock_addr addr;
} fz_example;

typedef void (*fz_example_fn)(const fz_example *ex, void *ctx);

/* Calls fn for every example this platform has, in spec order. */
void fz_examples(fz_example_fn fn, void *ctx);

#endif
