/* SHA-256 (FIPS 180-4) for the SDK emulator. Internal: not exported from the library. */
#ifndef WEMU_SHA256_H
#define WEMU_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define WEMU_HIDDEN __attribute__((visibility("hidden")))
#define SHA256_DIGEST_SIZE 32

typedef struct {
    uint32_t state[8];
    uint64_t bytes; /* total bytes absorbed */
    uint8_t block[64];
    size_t used; /* bytes in block */
} sha256_ctx;

WEMU_HIDDEN void sha256_init(sha256_ctx* ctx);
WEMU_HIDDEN void sha256_update(sha256_ctx* ctx, const void* data, size_t len);
WEMU_HIDDEN void sha256_final(sha256_ctx* ctx, uint8_t out[SHA256_DIGEST_SIZE]);

#endif /* WEMU_SHA256_H */
