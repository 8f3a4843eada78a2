/*
 * Emulator of Tencent's WeCom finance SDK (libWeWorkFinanceSdk_C.so): same symbols and ABI,
 * served from a local fixture archive instead of WeCom's servers. See README.md for the
 * fixture layout, the message encryption format and the fault switches.
 *
 * C99 + POSIX (libc only). Each SDK instance has its own state and lock; DecryptData is pure.
 */
#define _POSIX_C_SOURCE 200809L

#include "WeWorkFinanceSdk_C.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sha256.h"

enum {
    SDK_OK = 0,
    SDK_BAD_REQUEST = 10000,
    SDK_NETWORK = 10001,
    SDK_SYSTEM = 10003,
    SDK_FILEID = 10005,
    SDK_DECRYPT = 10006,
    SDK_ENCRYPT_KEY = 10008,
    SDK_IP_NOT_ALLOWED = 10009,
    SDK_EXPIRED = 10010,
};

#define MAX_LIMIT 1000u
#define CHUNK_SIZE 524288ull
#define SYNTH_PAGE 4096u
#define NONCE_SIZE 16u
#define TAG_SIZE 32u
#define ENV_ARCHIVE "WECOM_EMULATOR_ARCHIVE"
#define ENV_ABORT_ON_DECRYPT "WECOM_EMULATOR_ABORT_ON_DECRYPT" /* DecryptData has no instance */
#define CHATDATA_FILE "chatdata.tsv"
#define MEDIA_INDEX_FILE "media/index.tsv"
#define CREDENTIALS_FILE "credentials"
#define FAULTS_FILE "faults.conf"

static const char SYNTH_PREFIX[] = "wecom-emulator-media"; /* hashed with its terminating NUL */

/* ------------------------------------------------------------------ small helpers */

static void warnf(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("wecom-emulator: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    fflush(stderr);
    va_end(ap);
}

static char* dup_str(const char* s) {
    size_t n = strlen(s);
    char* p = malloc(n + 1);
    if (p) memcpy(p, s, n + 1);
    return p;
}

static char* join_path(const char* dir, const char* name) {
    size_t a = strlen(dir), b = strlen(name);
    char* p = malloc(a + b + 2);
    if (!p) return NULL;
    memcpy(p, dir, a);
    p[a] = '/';
    memcpy(p + a + 1, name, b + 1);
    return p;
}

/* Identity of a file's current contents: reload when it changes (writers replace files by rename). */
typedef struct {
    int exists;
    dev_t dev;
    ino_t ino;
    off_t size;
    time_t sec;
    long nsec;
} stamp_t;

static stamp_t stamp_of(const char* path) {
    stamp_t st;
    struct stat sb;
    memset(&st, 0, sizeof st);
    if (path && stat(path, &sb) == 0) {
        st.exists = 1;
        st.dev = sb.st_dev;
        st.ino = sb.st_ino;
        st.size = sb.st_size;
        st.sec = sb.st_mtim.tv_sec;
        st.nsec = sb.st_mtim.tv_nsec;
    }
    return st;
}

static int stamp_eq(const stamp_t* a, const stamp_t* b) {
    if (a->exists != b->exists) return 0;
    if (!a->exists) return 1;
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size && a->sec == b->sec &&
           a->nsec == b->nsec;
}

/* Whole file into a NUL-terminated buffer. Returns 0, or -1 with errno set. */
static int read_whole(const char* path, char** out, size_t* out_len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t cap = 65536, len = 0;
    char* buf = malloc(cap);
    if (!buf) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        if (cap - len < 2) {
            char* grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                close(fd);
                errno = ENOMEM;
                return -1;
            }
            buf = grown;
            cap *= 2;
        }
        ssize_t got = read(fd, buf + len, cap - len - 1);
        if (got < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            free(buf);
            close(fd);
            errno = saved;
            return -1;
        }
        if (got == 0) break;
        len += (size_t)got;
    }
    close(fd);
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return 0;
}

/* Next line of a NUL-terminated text, cut in place (the '\n' and a trailing '\r' become NUL). */
static char* next_line(char** cursor) {
    char* line = *cursor;
    if (!line || *line == '\0') return NULL;
    char* nl = strchr(line, '\n');
    if (nl) {
        *nl = '\0';
        *cursor = nl + 1;
    } else {
        *cursor = line + strlen(line);
    }
    size_t n = strlen(line);
    if (n > 0 && line[n - 1] == '\r') line[n - 1] = '\0';
    return line;
}

static size_t split_tabs(char* line, char** fields, size_t max) {
    size_t count = 0;
    char* p = line;
    for (;;) {
        if (count < max) fields[count] = p;
        count++;
        char* tab = strchr(p, '\t');
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    return count;
}

static int parse_u64(const char* s, unsigned long long* out) {
    unsigned long long v = 0;
    if (!s || *s == '\0') return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return -1;
        unsigned d = (unsigned)(*s - '0');
        if (v > (ULLONG_MAX - d) / 10) return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static char* trim(char* s) {
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
    return s;
}

static void sleep_ms(unsigned long long ms) {
    struct timespec req, rem;
    req.tv_sec = (time_t)(ms / 1000);
    req.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

/* ------------------------------------------------------------------ growable output buffer */

typedef struct {
    char* p;
    size_t len, cap;
    int failed;
} buf_t;

static void buf_reserve(buf_t* b, size_t extra) {
    if (b->failed) return;
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    char* grown = realloc(b->p, cap);
    if (!grown) {
        b->failed = 1;
        return;
    }
    b->p = grown;
    b->cap = cap;
}

static void buf_put(buf_t* b, const void* s, size_t n) {
    buf_reserve(b, n);
    if (b->failed) return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_puts(buf_t* b, const char* s) { buf_put(b, s, strlen(s)); }

static void buf_u64(buf_t* b, unsigned long long v) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu", v);
    buf_put(b, tmp, (size_t)n);
}

static void buf_i64(buf_t* b, long long v) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    buf_put(b, tmp, (size_t)n);
}

/* A JSON string literal: quotes, backslashes and control characters escaped; UTF-8 passed through. */
static void buf_json_string(buf_t* b, const char* s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    buf_reserve(b, n + 2);
    buf_put(b, "\"", 1);
    size_t run = 0; /* bytes copied verbatim in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char* esc = NULL;
        char u[6];
        if (c == '"') {
            esc = "\\\"";
        } else if (c == '\\') {
            esc = "\\\\";
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\r') {
            esc = "\\r";
        } else if (c == '\t') {
            esc = "\\t";
        } else if (c < 0x20) {
            u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0', u[4] = hex[c >> 4], u[5] = hex[c & 15];
        } else {
            continue;
        }
        buf_put(b, s + run, i - run);
        if (esc)
            buf_puts(b, esc);
        else
            buf_put(b, u, 6);
        run = i + 1;
    }
    buf_put(b, s + run, n - run);
    buf_put(b, "\"", 1);
}

static int slice_take(Slice_t* slice, buf_t* b) {
    if (b->failed || b->len > (size_t)INT_MAX) {
        free(b->p);
        return SDK_SYSTEM;
    }
    if (!b->p) buf_reserve(b, 0);
    if (b->failed) return SDK_SYSTEM;
    free(slice->buf);
    slice->buf = b->p;
    slice->len = (int)b->len;
    return SDK_OK;
}

/* ------------------------------------------------------------------ chat records */

typedef struct {
    unsigned long long seq;
    unsigned long long version;
    const char* msgid;
    const char* key;
    const char* msg;
} record_t;

typedef struct {
    char* text;
    record_t* recs;
    size_t count;
    stamp_t stamp;
} chatdata_t;

static void chatdata_free(chatdata_t* c) {
    free(c->text);
    free(c->recs);
    memset(c, 0, sizeof *c);
}

static int cmp_record(const void* a, const void* b) {
    unsigned long long x = ((const record_t*)a)->seq, y = ((const record_t*)b)->seq;
    return x < y ? -1 : x > y;
}

/* chatdata.tsv: "seq \t msgid \t publickey_ver \t encrypt_random_key \t encrypt_chat_msg" per line. */
static int chatdata_load(const char* path, chatdata_t* out) {
    chatdata_t c;
    memset(&c, 0, sizeof c);
    c.stamp = stamp_of(path);
    size_t len;
    if (read_whole(path, &c.text, &len) != 0) {
        warnf("cannot read %s: %s", path, strerror(errno));
        return -1;
    }
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += c.text[i] == '\n';
    c.recs = malloc(lines * sizeof *c.recs);
    if (!c.recs) {
        chatdata_free(&c);
        return -1;
    }
    char* cursor = c.text;
    char* line;
    size_t number = 0;
    int sorted = 1;
    while ((line = next_line(&cursor)) != NULL) {
        number++;
        if (line[0] == '\0' || line[0] == '#') continue;
        char* f[5];
        record_t r;
        if (split_tabs(line, f, 5) != 5 || parse_u64(f[0], &r.seq) != 0 ||
            parse_u64(f[2], &r.version) != 0 || r.version > UINT_MAX || f[1][0] == '\0') {
            warnf("%s:%zu: expected seq, msgid, publickey_ver, encrypt_random_key, encrypt_chat_msg", path,
                  number);
            chatdata_free(&c);
            return -1;
        }
        r.msgid = f[1];
        r.key = f[3];
        r.msg = f[4];
        if (c.count > 0 && c.recs[c.count - 1].seq >= r.seq) sorted = 0;
        c.recs[c.count++] = r;
    }
    if (!sorted) {
        qsort(c.recs, c.count, sizeof *c.recs, cmp_record);
        for (size_t i = 1; i < c.count; i++) {
            if (c.recs[i - 1].seq == c.recs[i].seq) {
                warnf("%s: seq %llu appears twice", path, c.recs[i].seq);
                chatdata_free(&c);
                return -1;
            }
        }
    }
    *out = c;
    return 0;
}

/* Index of the first record whose seq is greater than `seq`. */
static size_t chatdata_after(const chatdata_t* c, unsigned long long seq) {
    size_t lo = 0, hi = c->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->recs[mid].seq <= seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ------------------------------------------------------------------ media index */

typedef struct {
    const char* fileid;
    int synthetic;
    unsigned long long size; /* synthetic only */
    const char* name;        /* file under media/ */
} media_entry_t;

typedef struct {
    char* text;
    media_entry_t* entries;
    size_t count;
    stamp_t stamp;
} media_index_t;

static void media_free(media_index_t* m) {
    free(m->text);
    free(m->entries);
    memset(m, 0, sizeof *m);
}

static int cmp_media(const void* a, const void* b) {
    return strcmp(((const media_entry_t*)a)->fileid, ((const media_entry_t*)b)->fileid);
}

/* media/index.tsv: "sdkfileid \t file \t NAME" or "sdkfileid \t synthetic \t SIZE". A missing file is empty. */
static int media_load(const char* path, media_index_t* out) {
    media_index_t m;
    memset(&m, 0, sizeof m);
    m.stamp = stamp_of(path);
    if (!m.stamp.exists) {
        *out = m;
        return 0;
    }
    size_t len;
    if (read_whole(path, &m.text, &len) != 0) {
        warnf("cannot read %s: %s", path, strerror(errno));
        return -1;
    }
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += m.text[i] == '\n';
    m.entries = malloc(lines * sizeof *m.entries);
    if (!m.entries) {
        media_free(&m);
        return -1;
    }
    char* cursor = m.text;
    char* line;
    size_t number = 0;
    while ((line = next_line(&cursor)) != NULL) {
        number++;
        if (line[0] == '\0' || line[0] == '#') continue;
        char* f[3];
        media_entry_t e;
        memset(&e, 0, sizeof e);
        int ok = split_tabs(line, f, 3) == 3 && f[0][0] != '\0';
        if (ok && strcmp(f[1], "file") == 0) {
            e.name = f[2];
            ok = f[2][0] != '\0' && f[2][0] != '.' && strchr(f[2], '/') == NULL;
        } else if (ok && strcmp(f[1], "synthetic") == 0) {
            e.synthetic = 1;
            ok = parse_u64(f[2], &e.size) == 0;
        } else {
            ok = 0;
        }
        if (!ok) {
            warnf("%s:%zu: expected sdkfileid, then 'file' and a file name or 'synthetic' and a size", path,
                  number);
            media_free(&m);
            return -1;
        }
        e.fileid = f[0];
        m.entries[m.count++] = e;
    }
    qsort(m.entries, m.count, sizeof *m.entries, cmp_media);
    for (size_t i = 1; i < m.count; i++) {
        if (strcmp(m.entries[i - 1].fileid, m.entries[i].fileid) == 0) {
            warnf("%s: sdkfileid listed twice: %s", path, m.entries[i].fileid);
            media_free(&m);
            return -1;
        }
    }
    *out = m;
    return 0;
}

static const media_entry_t* media_find(const media_index_t* m, const char* fileid) {
    media_entry_t key;
    memset(&key, 0, sizeof key);
    key.fileid = fileid;
    return m->count ? bsearch(&key, m->entries, m->count, sizeof key, cmp_media) : NULL;
}

/* ------------------------------------------------------------------ fault switches */

typedef struct {
    unsigned long long network_error_every; /* every Nth GetChatData / GetMediaData call: 10001 */
    unsigned long long slow_ms;             /* sleep before answering */
    unsigned long long abort_on_call;       /* abort() on the Nth GetChatData call */
    long long errcode;                      /* GetChatData body carries this errcode */
    char* errmsg;                           /* its errmsg (default: a WeCom-like text) */
    int truncate_json;                      /* GetChatData body cut in half */
    int ip_not_allowed;                     /* GetChatData / GetMediaData: 10009 */
    unsigned long long max_body_bytes;      /* GetChatData: errcode 301058 for a longer body */
    unsigned long long null_seq;            /* null_field: the record whose field is null */
    char* null_field;                       /* null_field: that field's name */
    char** expire;                          /* GetMediaData of these sdkfileids: 10010 */
    size_t n_expire;
} faults_t;

static void faults_clear_expire(faults_t* f) {
    for (size_t i = 0; i < f->n_expire; i++) free(f->expire[i]);
    free(f->expire);
    f->expire = NULL;
    f->n_expire = 0;
}

static void faults_free(faults_t* f) {
    faults_clear_expire(f);
    free(f->errmsg);
    free(f->null_field);
    memset(f, 0, sizeof *f);
}

static void faults_add_expire(faults_t* f, const char* list) {
    char* copy = dup_str(list);
    if (!copy) return;
    char* save = NULL;
    for (char* item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        item = trim(item);
        if (*item == '\0') continue;
        char** grown = realloc(f->expire, (f->n_expire + 1) * sizeof *grown);
        char* dup = dup_str(item);
        if (!grown || !dup) {
            if (grown) f->expire = grown;
            free(dup);
            break;
        }
        f->expire = grown;
        f->expire[f->n_expire++] = dup;
    }
    free(copy);
}

static int parse_flag(const char* v, unsigned long long* out) {
    if (*v == '\0') {
        *out = 0;
        return 0;
    }
    if (strcmp(v, "true") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "on") == 0) {
        *out = 1;
        return 0;
    }
    if (strcmp(v, "false") == 0 || strcmp(v, "no") == 0 || strcmp(v, "off") == 0) {
        *out = 0;
        return 0;
    }
    return parse_u64(v, out);
}

/* `replace`: an environment variable replaces the expire_media list instead of adding to it. */
static void faults_set(faults_t* f, const char* key, const char* value, const char* where, int replace) {
    unsigned long long n = 0;
    int ok = 1;
    if (strcmp(key, "expire_media") == 0) {
        if (replace) faults_clear_expire(f);
        faults_add_expire(f, value);
    } else if (strcmp(key, "errmsg") == 0) {
        free(f->errmsg);
        f->errmsg = *value ? dup_str(value) : NULL;
    } else if (strcmp(key, "null_field") == 0) { /* SEQ:NAME */
        char* copy = dup_str(value);
        char* colon = copy ? strchr(copy, ':') : NULL;
        free(f->null_field);
        f->null_field = NULL;
        if (colon) *colon = '\0';
        ok = !*value || (colon && colon[1] && parse_u64(copy, &f->null_seq) == 0);
        if (ok && colon) f->null_field = dup_str(colon + 1);
        free(copy);
    } else if (strcmp(key, "errcode") == 0) {
        char* end = NULL;
        errno = 0;
        long long v = *value ? strtoll(value, &end, 10) : 0;
        ok = !*value || (errno == 0 && end && *end == '\0' && v >= INT_MIN && v <= INT_MAX);
        if (ok) f->errcode = v;
    } else if ((ok = parse_flag(value, &n) == 0) != 0) {
        if (strcmp(key, "network_error_every") == 0)
            f->network_error_every = n;
        else if (strcmp(key, "slow_ms") == 0)
            f->slow_ms = n;
        else if (strcmp(key, "abort_on_call") == 0)
            f->abort_on_call = n;
        else if (strcmp(key, "truncate_json") == 0)
            f->truncate_json = n != 0;
        else if (strcmp(key, "ip_not_allowed") == 0)
            f->ip_not_allowed = n != 0;
        else if (strcmp(key, "max_body_bytes") == 0)
            f->max_body_bytes = n;
        else {
            warnf("%s: unknown fault switch '%s' ignored", where, key);
            return;
        }
    }
    if (!ok) warnf("%s: bad value '%s' for %s ignored", where, value, key);
}

static const struct {
    const char* key;
    const char* env;
} FAULT_ENV[] = {
    {"network_error_every", "WECOM_EMULATOR_NETWORK_ERROR_EVERY"},
    {"slow_ms", "WECOM_EMULATOR_SLOW_MS"},
    {"errcode", "WECOM_EMULATOR_ERRCODE"},
    {"errmsg", "WECOM_EMULATOR_ERRMSG"},
    {"truncate_json", "WECOM_EMULATOR_TRUNCATE_JSON"},
    {"abort_on_call", "WECOM_EMULATOR_ABORT_ON_CALL"},
    {"ip_not_allowed", "WECOM_EMULATOR_IP_NOT_ALLOWED"},
    {"expire_media", "WECOM_EMULATOR_EXPIRE_MEDIA"},
    {"max_body_bytes", "WECOM_EMULATOR_MAX_BODY_BYTES"},
    {"null_field", "WECOM_EMULATOR_NULL_FIELD"},
};

/* faults.conf (key=value lines, '#' comments), then the WECOM_EMULATOR_* variables on top. */
static void faults_load(const char* path, faults_t* out) {
    faults_t f;
    memset(&f, 0, sizeof f);
    char* text = NULL;
    size_t len;
    if (read_whole(path, &text, &len) == 0) {
        char* cursor = text;
        char* line;
        size_t number = 0;
        while ((line = next_line(&cursor)) != NULL) {
            number++;
            line = trim(line);
            if (*line == '\0' || *line == '#') continue;
            char* eq = strchr(line, '=');
            if (!eq) {
                warnf("%s:%zu: expected key=value", path, number);
                continue;
            }
            *eq = '\0';
            faults_set(&f, trim(line), trim(eq + 1), path, 0);
        }
        free(text);
    }
    for (size_t i = 0; i < sizeof FAULT_ENV / sizeof FAULT_ENV[0]; i++) {
        const char* value = getenv(FAULT_ENV[i].env);
        if (value) {
            char* copy = dup_str(value);
            if (copy) faults_set(&f, FAULT_ENV[i].key, trim(copy), FAULT_ENV[i].env, 1);
            free(copy);
        }
    }
    *out = f;
}

/* ------------------------------------------------------------------ SDK instance */

struct WeWorkFinanceSdk_t {
    pthread_mutex_t lock;
    int ready;
    char* dir;
    char* chat_path;
    char* media_path;
    char* faults_path;
    long long credential_error; /* 0, 40013 (corpid) or 40001 (secret) */
    chatdata_t chat;
    media_index_t media;
    faults_t faults;
    stamp_t faults_stamp;
    int faults_loaded;
    unsigned long long chat_calls;
    unsigned long long media_calls;
};

static void sdk_clear(WeWorkFinanceSdk_t* sdk) {
    chatdata_free(&sdk->chat);
    media_free(&sdk->media);
    faults_free(&sdk->faults);
    free(sdk->dir);
    free(sdk->chat_path);
    free(sdk->media_path);
    free(sdk->faults_path);
    sdk->dir = sdk->chat_path = sdk->media_path = sdk->faults_path = NULL;
    sdk->faults_loaded = 0;
    sdk->ready = 0;
}

static void refresh_faults(WeWorkFinanceSdk_t* sdk) {
    stamp_t now = stamp_of(sdk->faults_path);
    if (sdk->faults_loaded && stamp_eq(&now, &sdk->faults_stamp)) return;
    faults_t fresh;
    faults_load(sdk->faults_path, &fresh);
    faults_free(&sdk->faults);
    sdk->faults = fresh;
    sdk->faults_stamp = now;
    sdk->faults_loaded = 1;
}

static void refresh_chat(WeWorkFinanceSdk_t* sdk) {
    stamp_t now = stamp_of(sdk->chat_path);
    if (!now.exists || stamp_eq(&now, &sdk->chat.stamp)) return;
    chatdata_t fresh;
    if (chatdata_load(sdk->chat_path, &fresh) != 0) {
        sdk->chat.stamp = now; /* keep serving the previous records; do not retry every call */
        return;
    }
    chatdata_free(&sdk->chat);
    sdk->chat = fresh;
}

static void refresh_media(WeWorkFinanceSdk_t* sdk) {
    stamp_t now = stamp_of(sdk->media_path);
    if (stamp_eq(&now, &sdk->media.stamp)) return;
    media_index_t fresh;
    if (media_load(sdk->media_path, &fresh) != 0) {
        sdk->media.stamp = now;
        return;
    }
    media_free(&sdk->media);
    sdk->media = fresh;
}

/* credentials: "corpid=..." and "secret=..." lines. No file: any pair is accepted. */
static long long check_credentials(const char* dir, const char* corpid, const char* secret) {
    char* path = join_path(dir, CREDENTIALS_FILE);
    char* text = NULL;
    size_t len;
    long long result = 0;
    if (path && read_whole(path, &text, &len) == 0) {
        char* cursor = text;
        char* line;
        while ((line = next_line(&cursor)) != NULL) {
            line = trim(line);
            if (strncmp(line, "corpid=", 7) == 0 && strcmp(trim(line + 7), corpid) != 0) result = 40013;
            if (strncmp(line, "secret=", 7) == 0 && strcmp(trim(line + 7), secret) != 0 && result == 0)
                result = 40001;
        }
        free(text);
    }
    free(path);
    return result;
}

WeWorkFinanceSdk_t* NewSdk(void) {
    WeWorkFinanceSdk_t* sdk = calloc(1, sizeof *sdk);
    if (!sdk) return NULL;
    if (pthread_mutex_init(&sdk->lock, NULL) != 0) {
        free(sdk);
        return NULL;
    }
    return sdk;
}

int Init(WeWorkFinanceSdk_t* sdk, const char* corpid, const char* secret) {
    if (!sdk || !corpid || !secret || *corpid == '\0' || *secret == '\0') return SDK_BAD_REQUEST;
    const char* dir = getenv(ENV_ARCHIVE);
    if (!dir || *dir == '\0') {
        warnf("%s is not set: point it at a fixture archive made by 'wecom-desktop emulator pack'",
              ENV_ARCHIVE);
        return SDK_SYSTEM;
    }
    pthread_mutex_lock(&sdk->lock);
    sdk_clear(sdk);
    int rc = SDK_SYSTEM;
    sdk->dir = dup_str(dir);
    if (sdk->dir) {
        sdk->chat_path = join_path(dir, CHATDATA_FILE);
        sdk->media_path = join_path(dir, MEDIA_INDEX_FILE);
        sdk->faults_path = join_path(dir, FAULTS_FILE);
    }
    if (sdk->chat_path && sdk->media_path && sdk->faults_path &&
        chatdata_load(sdk->chat_path, &sdk->chat) == 0 && media_load(sdk->media_path, &sdk->media) == 0) {
        sdk->credential_error = check_credentials(dir, corpid, secret);
        refresh_faults(sdk);
        sdk->chat_calls = sdk->media_calls = 0;
        sdk->ready = 1;
        rc = SDK_OK;
    } else {
        sdk_clear(sdk);
    }
    pthread_mutex_unlock(&sdk->lock);
    return rc;
}

void DestroySdk(WeWorkFinanceSdk_t* sdk) {
    if (!sdk) return;
    sdk_clear(sdk);
    pthread_mutex_destroy(&sdk->lock);
    free(sdk);
}

/* ------------------------------------------------------------------ GetChatData */

static const char* default_errmsg(long long code) {
    switch (code) {
        case -1: return "system busy";
        case 40001: return "invalid secret";
        case 40013: return "invalid corpid";
        case 45009: return "api freq out of limit";
        case 48002: return "api forbidden";
        case 301042: return "ip not in whitelist";
        case 301052: return "msgaudit service expired";
        case 301053: return "msgaudit service not open";
        case 301058: return "data size exceeds limit";
        default: return "emulated server error";
    }
}

/* `before`, then one field of a record: `null` instead of its value if the null_field switch names it. */
static void put_field(buf_t* b, const char* before, const faults_t* f, const record_t* r, const char* name,
                      const char* text, unsigned long long number) {
    buf_puts(b, before);
    buf_puts(b, "\"");
    buf_puts(b, name);
    buf_puts(b, "\":");
    if (f->null_field && f->null_seq == r->seq && strcmp(f->null_field, name) == 0)
        buf_puts(b, "null");
    else if (text)
        buf_json_string(b, text, strlen(text));
    else
        buf_u64(b, number);
}

static int error_body(Slice_t* slice, long long code, const char* errmsg) {
    buf_t b = {0};
    char text[512];
    snprintf(text, sizeof text,
             "%s, hint: [wecom-emulator], more info at https://open.work.weixin.qq.com/devtool/query?e=%lld",
             errmsg ? errmsg : default_errmsg(code), code);
    buf_puts(&b, "{\"errcode\":");
    buf_i64(&b, code);
    buf_puts(&b, ",\"errmsg\":");
    buf_json_string(&b, text, strlen(text));
    buf_puts(&b, "}");
    return slice_take(slice, &b);
}

int GetChatData(WeWorkFinanceSdk_t* sdk, unsigned long long seq, unsigned int limit, const char* proxy,
                const char* passwd, int timeout, Slice_t* chatDatas) {
    (void)proxy, (void)passwd, (void)timeout; /* nothing leaves the machine */
    if (!sdk || !chatDatas) return SDK_BAD_REQUEST;
    pthread_mutex_lock(&sdk->lock);
    if (!sdk->ready) {
        pthread_mutex_unlock(&sdk->lock);
        return SDK_BAD_REQUEST;
    }
    refresh_faults(sdk);
    unsigned long long call = ++sdk->chat_calls;
    faults_t* f = &sdk->faults;
    if (f->abort_on_call && call == f->abort_on_call) {
        warnf("abort_on_call=%llu: aborting in GetChatData", call);
        abort();
    }
    unsigned long long slow = f->slow_ms;
    if (slow) { /* a slow server; the lock is not held while waiting */
        pthread_mutex_unlock(&sdk->lock);
        sleep_ms(slow);
        pthread_mutex_lock(&sdk->lock);
        f = &sdk->faults;
    }
    int rc;
    if (limit == 0 || limit > MAX_LIMIT) {
        rc = SDK_BAD_REQUEST;
    } else if (f->ip_not_allowed) {
        rc = SDK_IP_NOT_ALLOWED;
    } else if (f->network_error_every && call % f->network_error_every == 0) {
        rc = SDK_NETWORK;
    } else if (sdk->credential_error) {
        rc = error_body(chatDatas, sdk->credential_error, NULL);
    } else if (f->errcode) {
        rc = error_body(chatDatas, f->errcode, f->errmsg);
    } else {
        refresh_chat(sdk);
        const chatdata_t* c = &sdk->chat;
        size_t first = chatdata_after(c, seq);
        size_t last = first + limit < c->count ? first + limit : c->count;
        size_t estimate = 64;
        for (size_t i = first; i < last; i++)
            estimate += 128 + strlen(c->recs[i].msgid) + strlen(c->recs[i].key) + strlen(c->recs[i].msg);
        buf_t b = {0};
        buf_reserve(&b, estimate);
        buf_puts(&b, "{\"errcode\":0,\"errmsg\":\"ok\",\"chatdata\":[");
        for (size_t i = first; i < last; i++) {
            const record_t* r = &c->recs[i];
            put_field(&b, i == first ? "{" : ",{", f, r, "seq", NULL, r->seq);
            put_field(&b, ",", f, r, "msgid", r->msgid, 0);
            put_field(&b, ",", f, r, "publickey_ver", NULL, r->version);
            put_field(&b, ",", f, r, "encrypt_random_key", r->key, 0);
            put_field(&b, ",", f, r, "encrypt_chat_msg", r->msg, 0);
            buf_puts(&b, "}");
        }
        buf_puts(&b, "]}");
        if (f->truncate_json && !b.failed) {
            b.len /= 2;
            b.p[b.len] = '\0';
        }
        if (f->max_body_bytes && b.len > f->max_body_bytes) {
            free(b.p);
            rc = error_body(chatDatas, 301058, f->errmsg);
        } else {
            rc = slice_take(chatDatas, &b);
        }
    }
    pthread_mutex_unlock(&sdk->lock);
    return rc;
}

/* ------------------------------------------------------------------ DecryptData */

static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Standard base64, padding optional. Returns 0, or -1 if `in` is not base64. */
static int b64_decode(const char* in, uint8_t** out, size_t* out_len) {
    size_t n = strlen(in);
    if (n % 4 == 0 && n > 0 && in[n - 1] == '=') n--;
    if (n % 4 == 3 && n > 0 && in[n - 1] == '=') n--;
    if (n % 4 == 1) return -1;
    uint8_t* p = malloc(n / 4 * 3 + 3);
    if (!p) return -1;
    size_t len = 0;
    uint32_t acc = 0;
    unsigned bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = b64_value((unsigned char)in[i]);
        if (v < 0) {
            free(p);
            return -1;
        }
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            p[len++] = (uint8_t)(acc >> bits);
        }
    }
    *out = p;
    *out_len = len;
    return 0;
}

/*
 * encrypt_chat_msg = base64(nonce[16] || ciphertext || tag[32]), with
 *   ciphertext = plaintext XOR (SHA-256(key || nonce || be64(0)) || SHA-256(key || nonce || be64(1)) || ...)
 *   tag        = SHA-256(key || nonce || ciphertext)
 * where key is the encrypt_key string's bytes.
 */
int DecryptData(const char* encrypt_key, const char* encrypt_msg, Slice_t* msg) {
    if (!encrypt_key || !encrypt_msg || !msg) return SDK_BAD_REQUEST;
    size_t key_len = strlen(encrypt_key);
    if (key_len == 0) return SDK_ENCRYPT_KEY;
    uint8_t* blob = NULL;
    size_t blob_len = 0;
    if (b64_decode(encrypt_msg, &blob, &blob_len) != 0) return SDK_DECRYPT;
    if (blob_len < NONCE_SIZE + TAG_SIZE) {
        free(blob);
        return SDK_DECRYPT;
    }
    const uint8_t* nonce = blob;
    const uint8_t* ct = blob + NONCE_SIZE;
    size_t ct_len = blob_len - NONCE_SIZE - TAG_SIZE;
    const uint8_t* tag = ct + ct_len;

    sha256_ctx base, ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&base);
    sha256_update(&base, encrypt_key, key_len);
    sha256_update(&base, nonce, NONCE_SIZE);
    ctx = base;
    sha256_update(&ctx, ct, ct_len);
    sha256_final(&ctx, digest);
    uint8_t diff = 0;
    for (size_t i = 0; i < TAG_SIZE; i++) diff |= (uint8_t)(digest[i] ^ tag[i]);
    if (diff != 0) {
        free(blob);
        return SDK_DECRYPT;
    }
    buf_t b = {0};
    buf_reserve(&b, ct_len);
    if (b.failed) {
        free(blob);
        return SDK_SYSTEM;
    }
    for (size_t off = 0, counter = 0; off < ct_len; off += SHA256_DIGEST_SIZE, counter++) {
        uint8_t be[8];
        for (unsigned i = 0; i < 8; i++) be[i] = (uint8_t)((uint64_t)counter >> (56 - 8 * i));
        ctx = base;
        sha256_update(&ctx, be, sizeof be);
        sha256_final(&ctx, digest);
        size_t n = ct_len - off < SHA256_DIGEST_SIZE ? ct_len - off : SHA256_DIGEST_SIZE;
        for (size_t i = 0; i < n; i++) b.p[off + i] = (char)(ct[off + i] ^ digest[i]);
    }
    b.len = ct_len;
    b.p[b.len] = '\0';
    free(blob);
    const char* poison = getenv(ENV_ABORT_ON_DECRYPT);
    if (poison && *poison && strstr(b.p, poison)) {
        warnf("%s: aborting in DecryptData", ENV_ABORT_ON_DECRYPT);
        abort();
    }
    return slice_take(msg, &b);
}

/* ------------------------------------------------------------------ GetMediaData */

/* The synthetic file of `size` bytes: 4 KiB pages, each a copy of one page derived from the
 * sdkfileid with its first 8 bytes replaced by the page number (big-endian). */
static void synthetic_page(const char* fileid, uint8_t page[SYNTH_PAGE]) {
    sha256_ctx base, ctx;
    sha256_init(&base);
    sha256_update(&base, SYNTH_PREFIX, sizeof SYNTH_PREFIX); /* includes the NUL */
    sha256_update(&base, fileid, strlen(fileid));
    for (unsigned block = 0; block < SYNTH_PAGE / SHA256_DIGEST_SIZE; block++) {
        uint8_t be[8];
        for (unsigned i = 0; i < 8; i++) be[i] = (uint8_t)((uint64_t)block >> (56 - 8 * i));
        ctx = base;
        sha256_update(&ctx, be, sizeof be);
        sha256_final(&ctx, page + block * SHA256_DIGEST_SIZE);
    }
}

static void synthetic_fill(const uint8_t page[SYNTH_PAGE], unsigned long long offset, uint8_t* out,
                           size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned long long o = offset + i;
        unsigned long long k = o / SYNTH_PAGE;
        unsigned j = (unsigned)(o % SYNTH_PAGE);
        out[i] = (uint8_t)(j < 8 ? (k >> (56 - 8 * j)) & 0xffu : page[j]);
    }
}

/* "" (first chunk) or "Range:bytes=START-END". */
static int parse_index(const char* indexbuf, unsigned long long* start) {
    static const char prefix[] = "Range:bytes=";
    if (!indexbuf || *indexbuf == '\0') {
        *start = 0;
        return 0;
    }
    if (strncmp(indexbuf, prefix, sizeof prefix - 1) != 0) return -1;
    char* copy = dup_str(indexbuf + sizeof prefix - 1);
    if (!copy) return -1;
    char* dash = strchr(copy, '-');
    unsigned long long end = 0;
    int rc = -1;
    if (dash) {
        *dash = '\0';
        if (parse_u64(copy, start) == 0 && parse_u64(dash + 1, &end) == 0 && end >= *start) rc = 0;
    }
    free(copy);
    return rc;
}

static int read_chunk(const char* path, unsigned long long start, unsigned long long* size, uint8_t** out,
                      size_t* out_len, int* finish) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return SDK_FILEID;
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        close(fd);
        return SDK_SYSTEM;
    }
    *size = (unsigned long long)sb.st_size;
    if (start > *size || (start == *size && *size != 0)) {
        close(fd);
        return SDK_BAD_REQUEST;
    }
    size_t n = (size_t)(*size - start < CHUNK_SIZE ? *size - start : CHUNK_SIZE);
    uint8_t* p = malloc(n + 1);
    if (!p) {
        close(fd);
        return SDK_SYSTEM;
    }
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(fd, p + got, n - got, (off_t)(start + got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            free(p);
            close(fd);
            return SDK_SYSTEM;
        }
        got += (size_t)r;
    }
    close(fd);
    p[n] = 0;
    *out = p;
    *out_len = n;
    *finish = start + n >= *size;
    return SDK_OK;
}

int GetMediaData(WeWorkFinanceSdk_t* sdk, const char* indexbuf, const char* sdkFileid, const char* proxy,
                 const char* passwd, int timeout, MediaData_t* media_data) {
    (void)proxy, (void)passwd, (void)timeout;
    if (!sdk || !media_data || !sdkFileid || *sdkFileid == '\0') return SDK_BAD_REQUEST;
    pthread_mutex_lock(&sdk->lock);
    if (!sdk->ready) {
        pthread_mutex_unlock(&sdk->lock);
        return SDK_BAD_REQUEST;
    }
    refresh_faults(sdk);
    unsigned long long call = ++sdk->media_calls;
    unsigned long long slow = sdk->faults.slow_ms;
    if (slow) {
        pthread_mutex_unlock(&sdk->lock);
        sleep_ms(slow);
        pthread_mutex_lock(&sdk->lock);
    }
    const faults_t* f = &sdk->faults;
    int rc = SDK_OK;
    unsigned long long start = 0;
    if (f->ip_not_allowed) rc = SDK_IP_NOT_ALLOWED;
    if (rc == SDK_OK && f->network_error_every && call % f->network_error_every == 0) rc = SDK_NETWORK;
    for (size_t i = 0; rc == SDK_OK && i < f->n_expire; i++)
        if (strcmp(f->expire[i], sdkFileid) == 0) rc = SDK_EXPIRED;
    const media_entry_t* e = NULL;
    if (rc == SDK_OK) {
        refresh_media(sdk);
        e = media_find(&sdk->media, sdkFileid);
        if (!e) rc = SDK_FILEID;
    }
    if (rc == SDK_OK && parse_index(indexbuf, &start) != 0) rc = SDK_BAD_REQUEST;
    uint8_t* data = NULL;
    size_t data_len = 0;
    unsigned long long size = 0;
    int finish = 0;
    if (rc == SDK_OK && e->synthetic) {
        size = e->size;
        if (start > size || (start == size && size != 0)) {
            rc = SDK_BAD_REQUEST;
        } else {
            data_len = (size_t)(size - start < CHUNK_SIZE ? size - start : CHUNK_SIZE);
            data = malloc(data_len + 1);
            if (!data) {
                rc = SDK_SYSTEM;
            } else {
                uint8_t page[SYNTH_PAGE];
                synthetic_page(e->fileid, page);
                synthetic_fill(page, start, data, data_len);
                data[data_len] = 0;
                finish = start + data_len >= size;
            }
        }
    } else if (rc == SDK_OK) {
        char* media_dir = join_path(sdk->dir, "media");
        char* path = media_dir ? join_path(media_dir, e->name) : NULL;
        rc = path ? read_chunk(path, start, &size, &data, &data_len, &finish) : SDK_SYSTEM;
        free(path);
        free(media_dir);
    }
    pthread_mutex_unlock(&sdk->lock);
    if (rc != SDK_OK) return rc;

    char index[96] = "";
    if (!finish) {
        unsigned long long next = start + data_len;
        unsigned long long last = next + CHUNK_SIZE < size ? next + CHUNK_SIZE - 1 : size - 1;
        snprintf(index, sizeof index, "Range:bytes=%llu-%llu", next, last);
    }
    char* out_index = dup_str(index);
    if (!out_index) {
        free(data);
        return SDK_SYSTEM;
    }
    free(media_data->outindexbuf);
    free(media_data->data);
    media_data->outindexbuf = out_index;
    media_data->out_len = (int)strlen(out_index);
    media_data->data = (char*)data;
    media_data->data_len = (int)data_len;
    media_data->is_finish = finish;
    return SDK_OK;
}

/* ------------------------------------------------------------------ slices and media objects */

Slice_t* NewSlice(void) {
    Slice_t* s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->buf = calloc(1, 1); /* never NULL: an empty, NUL-terminated buffer */
    if (!s->buf) {
        free(s);
        return NULL;
    }
    return s;
}

void FreeSlice(Slice_t* slice) {
    if (!slice) return;
    free(slice->buf);
    free(slice);
}

char* GetContentFromSlice(Slice_t* slice) { return slice ? slice->buf : NULL; }

int GetSliceLen(Slice_t* slice) { return slice ? slice->len : 0; }

MediaData_t* NewMediaData(void) {
    MediaData_t* m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->outindexbuf = calloc(1, 1);
    m->data = calloc(1, 1);
    if (!m->outindexbuf || !m->data) {
        FreeMediaData(m);
        return NULL;
    }
    return m;
}

void FreeMediaData(MediaData_t* media_data) {
    if (!media_data) return;
    free(media_data->outindexbuf);
    free(media_data->data);
    free(media_data);
}

char* GetOutIndexBuf(MediaData_t* media_data) { return media_data ? media_data->outindexbuf : NULL; }

char* GetData(MediaData_t* media_data) { return media_data ? media_data->data : NULL; }

int GetIndexLen(MediaData_t* media_data) { return media_data ? media_data->out_len : 0; }

int GetDataLen(MediaData_t* media_data) { return media_data ? media_data->data_len : 0; }

int IsMediaDataFinish(MediaData_t* media_data) { return media_data ? media_data->is_finish : 0; }
