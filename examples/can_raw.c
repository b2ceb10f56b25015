/* CAN raw example (the reference's last example): open a CAN_RAW socket
 * bound to an interface (default vcan0), print every frame received,
 * echo it back and send one frame of our own after it.
 *
 * Builds everywhere.  Where the platform or the kernel has no CAN (no
 * AF_CAN, or socket() fails with EAFNOSUPPORT/EPROTONOSUPPORT) or the
 * interface does not exist, it says so on stdout and exits with status 0:
 * there is nothing to do, which is not an error of the example.
 *
 *   usage: can_raw [INTERFACE [FRAMES]]   (default vcan0, run forever)
 */
#include <csock/csock.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef CSOCK_ADDR_HAVE_CAN /* csock's AF_CAN addresses, <linux/can.h> */
#include <linux/can.h>
#include <linux/can/raw.h>
#endif

#if defined(AF_CAN) && defined(CAN_RAW)

/* CAN frame packing/unpacking (see 'struct can_frame' in <linux/can.h>):
 * Python's struct format "=IB3x8s", 16 bytes. */
#define CAN_FRAME_SIZE 16

static void build_can_frame(unsigned char *f, uint32_t can_id,
                            const unsigned char *data, uint8_t dlc)
{
    memset(f, 0, CAN_FRAME_SIZE);
    memcpy(f, &can_id, 4);
    f[4] = dlc;
    memcpy(f + 8, data, dlc);
}

static int nothing_to_do(const char *why, const csock_error *e)
{
    printf("can_raw: %s (%s: %s); nothing to do\n", why,
           csock_error_kind_name(e->kind), e->message);
    return 0;
}

int main(int argc, char **argv)
{
    const char *ifname = argc > 1 ? argv[1] : "vcan0";
    long frames = argc > 2 ? atol(argv[2]) : -1;
    csock_error err;
    csock *s = csock_socket(AF_CAN, SOCK_RAW, CAN_RAW, &err);
    if (!s) {
        if (err.code == EAFNOSUPPORT || err.code == EPROTONOSUPPORT ||
            err.code == EPERM || err.code == EACCES)
            return nothing_to_do("this kernel offers no CAN_RAW sockets", &err);
        fprintf(stderr, "socket: %s\n", err.message);
        return 1;
    }
    unsigned int index = csock_if_nametoindex(ifname, &err);
    if (index == 0) {
        csock_close(s, NULL);
        return nothing_to_do("no such CAN interface", &err);
    }
    /* bind(('vcan0',)): the address is the interface index. */
    struct sockaddr_can a;
    memset(&a, 0, sizeof a);
    a.can_family = AF_CAN;
    a.can_ifindex = (int)index;
    if (bind(csock_fileno(s), (struct sockaddr *)&a, sizeof a) < 0) {
        int e = errno;
        csock_close(s, NULL);
        fprintf(stderr, "bind: %s\n", strerror(e));
        return 1;
    }
    printf("can_raw: listening on %s\n", ifname);
    fflush(stdout);
    for (long i = 0; frames < 0 || i < frames; i++) {
        unsigned char cf[CAN_FRAME_SIZE];
        ssize_t n = csock_recv_into(s, cf, sizeof cf, 0, 0, &err);
        if (n < 0) {
            fprintf(stderr, "recv: %s\n", err.message);
            break;
        }
        uint32_t can_id;
        memcpy(&can_id, cf, 4);
        uint8_t dlc = cf[4] > 8 ? 8 : cf[4];
        printf("Received: can_id=%x, can_dlc=%x, data=b'", can_id, dlc);
        for (int k = 0; k < dlc; k++)
            printf("\\x%02x", cf[8 + k]);
        printf("'\n");
        fflush(stdout);
        if (csock_send(s, cf, sizeof cf, 0, &err) < 0)
            printf("Error sending CAN frame\n");
        unsigned char mine[CAN_FRAME_SIZE];
        build_can_frame(mine, 0x01, (const unsigned char *)"\x01\x02\x03", 3);
        if (csock_send(s, mine, sizeof mine, 0, &err) < 0)
            printf("Error sending CAN frame\n");
    }
    csock_close(s, NULL);
    return 0;
}

#else /* no AF_CAN on this platform */

int main(void)
{
    printf("can_raw: this platform has no AF_CAN/CAN_RAW; nothing to do\n");
    return 0;
}

#endif
