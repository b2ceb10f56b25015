/* Winsock start-up and Windows errors, as CPython's socket module on
 * Windows (see win_internal.h). */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include "win_internal.h"

#include <winsock2.h>
#include <windows.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Start-up                                                            */
/* ------------------------------------------------------------------ */

static INIT_ONCE startup_once = INIT_ONCE_STATIC_INIT;
static int startup_error; /* WSAStartup's code, 0 when it succeeded */

static BOOL CALLBACK startup(PINIT_ONCE once, PVOID param, PVOID *ctx)
{
    (void)once, (void)param, (void)ctx;
    WSADATA data;
    startup_error = WSAStartup(MAKEWORD(2, 2), &data);
    return TRUE;
}

int csock__win_startup(csock_error *err)
{
    InitOnceExecuteOnce(&startup_once, startup, NULL, NULL);
    if (startup_error != 0)
        return csock__set_win_error(err, (unsigned long)startup_error);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

int csock__win_errno(unsigned long winerror)
{
    if ((winerror & 0xFFFF0000ul) == 0x80070000ul) /* FACILITY_WIN32 */
        winerror &= 0xFFFFul;
    if (winerror >= 10000 && winerror < 12000) {
        switch (winerror) {
        case WSAEINTR: case WSAEBADF: case WSAEACCES:
        case WSAEFAULT: case WSAEINVAL: case WSAEMFILE:
            return (int)winerror - 10000;
        default:
            return (int)winerror;
        }
    }
    switch (winerror) {
    case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE: case ERROR_NO_MORE_FILES:
    case ERROR_BAD_NETPATH: case ERROR_BAD_NET_NAME:
    case ERROR_BAD_PATHNAME: case ERROR_FILENAME_EXCED_RANGE:
        return ENOENT;
    case ERROR_BAD_ENVIRONMENT:
        return E2BIG;
    case ERROR_BAD_FORMAT: case ERROR_INVALID_STARTING_CODESEG:
    case ERROR_INVALID_STACKSEG: case ERROR_INVALID_MODULETYPE:
    case ERROR_INVALID_EXE_SIGNATURE: case ERROR_EXE_MARKED_INVALID:
    case ERROR_BAD_EXE_FORMAT: case ERROR_ITERATED_DATA_EXCEEDS_64k:
    case ERROR_INVALID_MINALLOCSIZE: case ERROR_DYNLINK_FROM_INVALID_RING:
    case ERROR_IOPL_NOT_ENABLED: case ERROR_INVALID_SEGDPL:
    case ERROR_AUTODATASEG_EXCEEDS_64k: case ERROR_RING2SEG_MUST_BE_MOVABLE:
    case ERROR_RELOC_CHAIN_XEEDS_SEGLIM: case ERROR_INFLOOP_IN_RELOC_CHAIN:
        return ENOEXEC;
    case ERROR_INVALID_HANDLE: case ERROR_INVALID_TARGET_HANDLE:
    case ERROR_DIRECT_ACCESS_HANDLE:
        return EBADF;
    case ERROR_WAIT_NO_CHILDREN: case ERROR_CHILD_NOT_COMPLETE:
        return ECHILD;
    case ERROR_NO_PROC_SLOTS: case ERROR_MAX_THRDS_REACHED:
    case ERROR_NESTING_NOT_ALLOWED:
        return EAGAIN;
    case ERROR_ARENA_TRASHED: case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_INVALID_BLOCK: case ERROR_NOT_ENOUGH_QUOTA:
        return ENOMEM;
    case ERROR_ACCESS_DENIED: case ERROR_CURRENT_DIRECTORY:
    case ERROR_WRITE_PROTECT: case ERROR_BAD_UNIT: case ERROR_NOT_READY:
    case ERROR_BAD_COMMAND: case ERROR_CRC: case ERROR_BAD_LENGTH:
    case ERROR_SEEK: case ERROR_NOT_DOS_DISK: case ERROR_SECTOR_NOT_FOUND:
    case ERROR_OUT_OF_PAPER: case ERROR_WRITE_FAULT: case ERROR_READ_FAULT:
    case ERROR_GEN_FAILURE: case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION: case ERROR_WRONG_DISK:
    case ERROR_SHARING_BUFFER_EXCEEDED: case ERROR_NETWORK_ACCESS_DENIED:
    case ERROR_CANNOT_MAKE: case ERROR_FAIL_I24: case ERROR_DRIVE_LOCKED:
    case ERROR_SEEK_ON_DEVICE: case ERROR_NOT_LOCKED: case ERROR_LOCK_FAILED:
    case 35: /* undefined, EACCES in the C runtime's table */
        return EACCES;
    case ERROR_FILE_EXISTS: case ERROR_ALREADY_EXISTS:
        return EEXIST;
    case ERROR_NOT_SAME_DEVICE:
        return EXDEV;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    case ERROR_TOO_MANY_OPEN_FILES:
        return EMFILE;
    case ERROR_DISK_FULL:
        return ENOSPC;
    case ERROR_BROKEN_PIPE: case ERROR_NO_DATA:
        return EPIPE;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_NO_UNICODE_TRANSLATION:
        return EILSEQ;
    case WAIT_TIMEOUT:
        return ETIMEDOUT;
    default:
        return EINVAL;
    }
}

int csock__set_win_error(csock_error *err, unsigned long winerror)
{
    if (err == NULL)
        return -1;
    err->kind = CSOCK_ERR_OS;
    err->code = csock__win_errno(winerror);
    int n = snprintf(err->message, sizeof err->message, "[WinError %lu] ", winerror);
    if (n < 0 || (size_t)n >= sizeof err->message)
        return -1;
    /* The system's text in a buffer of its own (no shared state: any
     * thread may format at any time), as CPython: no inserts, the
     * neutral language. */
    WCHAR *text = NULL;
    DWORD len = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                   FORMAT_MESSAGE_IGNORE_INSERTS,
                               NULL, (DWORD)winerror, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT),
                               (LPWSTR)&text, 0, NULL);
    /* CPython drops the trailing line end, spaces and dots. */
    while (len > 0 && (text[len - 1] <= L' ' || text[len - 1] == L'.'))
        len--;
    char *out = err->message + n;
    size_t room = sizeof err->message - (size_t)n;
    int need = len > 0 ? WideCharToMultiByte(CP_UTF8, 0, text, (int)len, NULL, 0, NULL, NULL) : 0;
    char *utf8 = need > 0 ? malloc((size_t)need) : NULL;
    if (utf8 != NULL &&
        WideCharToMultiByte(CP_UTF8, 0, text, (int)len, utf8, need, NULL, NULL) == need) {
        /* Cut to the message's room at a character boundary. */
        size_t k = (size_t)need < room - 1 ? (size_t)need : room - 1;
        if (k < (size_t)need)
            while (k > 0 && ((unsigned char)utf8[k] & 0xC0) == 0x80)
                k--;
        memcpy(out, utf8, k);
        out[k] = '\0';
    } else {
        /* No text (CPython: only seen out of memory; Wine lacks many). */
        snprintf(out, room, "Windows Error 0x%lx", winerror);
    }
    free(utf8);
    if (text != NULL)
        LocalFree(text);
    return -1;
}

int csock__win_gai_error(csock_error *err, int code)
{
    if (err == NULL)
        return -1;
    err->kind = CSOCK_ERR_GAI;
    err->code = code;
    snprintf(err->message, sizeof err->message, "[Errno %d] getaddrinfo failed", code);
    return -1;
}
