/*
 * dlopen and friends for the program: each forwards to the dylink4j host import of the same
 * name. They are real functions, not bare imports, so that any program calling dlopen pulls this
 * archive member in, and with it (LIBDYLINK_KEEP_LIBC) the libc exports of libc_exports.c.
 */
#include <dlfcn.h>

#define HOST(name) __attribute__((import_module("env"), import_name(#name)))

HOST(dlopen) void *host_dlopen(const char *filename, int flags);
HOST(dlsym) void *host_dlsym(void *handle, const char *symbol);
HOST(dlerror) char *host_dlerror(void);
HOST(dlclose) int host_dlclose(void *handle);
HOST(dladdr) int host_dladdr(const void *address, Dl_info *info);

/* An archive member is linked only when it defines something the program references: this
 * reference makes libc_exports.o follow dlfcn.o into every program that uses dlopen. */
LIBDYLINK_KEEP_LIBC;

void *dlopen(const char *filename, int flags) { return host_dlopen(filename, flags); }
void *dlsym(void *restrict handle, const char *restrict symbol) {
  return host_dlsym(handle, symbol);
}
char *dlerror(void) { return host_dlerror(); }
int dlclose(void *handle) { return host_dlclose(handle); }
int dladdr(const void *address, Dl_info *info) { return host_dladdr(address, info); }
