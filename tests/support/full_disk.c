/* A full disk, for the tests: preloaded (LD_PRELOAD) into trainkit, it makes every write to a
 * file whose name holds ".tmp-" (where trainkit writes outputs before renaming them) fail with
 * ENOSPC, as a full disk would. Nothing else is changed. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void*, size_t);

/* Found once, when the library loads, before any thread can call write(). */
__attribute__((constructor)) static void FindRealWrite(void) {
  *(void**)(&real_write) = dlsym(RTLD_NEXT, "write"); /* POSIX's way to take a function */
}

ssize_t write(int fd, const void* buffer, size_t count) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t length = readlink(link, path, sizeof path - 1);
  if (length > 0) {
    path[length] = '\0';
    if (strstr(path, ".tmp-")) {
      errno = ENOSPC;
      return -1;
    }
  }
  return real_write(fd, buffer, count);
}
