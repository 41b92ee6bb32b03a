/*
 * <dlfcn.h> for wasm32-wasi programs run by dylink4j (zig ships none). The flag values are
 * musl's (also glibc's); the functions are provided by dylink4j as the host imports env.dlopen,
 * env.dlsym, env.dlerror, env.dlclose and env.dladdr, reached through libdylink.a.
 */
#ifndef DYLINK4J_DLFCN_H
#define DYLINK4J_DLFCN_H

#ifdef __cplusplus
extern "C" {
#endif

#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_NODELETE 4096
#define RTLD_GLOBAL 256
#define RTLD_LOCAL 0

#define RTLD_NEXT ((void *)-1)
#define RTLD_DEFAULT ((void *)0)

typedef struct {
  const char *dli_fname;
  void *dli_fbase;
  const char *dli_sname;
  void *dli_saddr;
} Dl_info;

void *dlopen(const char *filename, int flags);
void *dlsym(void *__restrict handle, const char *__restrict symbol);
char *dlerror(void);
int dlclose(void *handle);
int dladdr(const void *address, Dl_info *info);

/*
 * libdylink keeps all of libc in the program only when its libc member is linked, which happens
 * when the program calls one of the functions above. A program that never does (its libraries
 * are loaded from Java) writes `LIBDYLINK_KEEP_LIBC;` at file scope in one of its sources (zig
 * does not pass -u or --whole-archive to wasm-ld).
 */
extern const char libdylink_libc_exports;
#define LIBDYLINK_KEEP_LIBC                                            \
  __attribute__((used)) static const char *const libdylink_keep_libc = \
      &libdylink_libc_exports

#ifdef __cplusplus
}
#endif
#endif
