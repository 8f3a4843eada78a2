/*
 * WeWorkFinanceSdk_C.h — the C ABI of WeCom's chat-archive (会话内容存档) finance SDK,
 * as implemented by the emulator in this folder.
 *
 * The declarations mirror Tencent's official header (v1.x; DecryptData has the same
 * 3-argument form in the 2024-06-06 v2.0 header) so that a program built against this
 * header, or a ctypes binding written for the official library, works with either.
 *
 * Return codes (function return value):
 *   0      success
 *   10000  bad request parameters
 *   10001  network error
 *   10002  failed to parse data
 *   10003  system failure
 *   10004  key error caused encryption failure
 *   10005  fileid error
 *   10006  decryption failed
 *   10007  no private key for the message's encryption version
 *   10008  failed to parse encrypt_key
 *   10009  IP not allowed
 *   10010  data expired
 *   10011  certificate error
 */
#ifndef WEWORK_FINANCE_SDK_C_H
#define WEWORK_FINANCE_SDK_C_H

typedef struct WeWorkFinanceSdk_t WeWorkFinanceSdk_t;

/* Output buffer of GetChatData / DecryptData. Read `len` bytes of `buf`: never strlen. */
typedef struct Slice_t {
    char* buf;
    int len;
} Slice_t;

/* One chunk of a media file (at most 512 KiB). */
typedef struct MediaData {
    char* outindexbuf; /* pass as `indexbuf` to fetch the next chunk */
    int out_len;
    char* data; /* binary: read `data_len` bytes */
    int data_len;
    int is_finish; /* 1 on the last chunk */
} MediaData_t;

#ifdef __cplusplus
extern "C" {
#endif

/* Create an SDK instance; reuse it. Give each thread its own instance. */
WeWorkFinanceSdk_t* NewSdk(void);

/* corpid: the company id; secret: the chat-archive Secret. 0 = success. */
int Init(WeWorkFinanceSdk_t* sdk, const char* corpid, const char* secret);

/*
 * Records with a sequence number greater than `seq` (pass the largest seq of the previous
 * batch; 0 on the first call), at most `limit` (1..1000). `proxy` like socks5://HOST:PORT or
 * http://HOST:PORT, `passwd` like user:password (both may be empty), `timeout` in seconds.
 * chatDatas receives JSON:
 * {"errcode":0,"errmsg":"ok","chatdata":[{"seq":196,"msgid":"...","publickey_ver":3,
 *  "encrypt_random_key":"<base64>","encrypt_chat_msg":"<opaque>"}]}
 */
int GetChatData(WeWorkFinanceSdk_t* sdk, unsigned long long seq, unsigned int limit, const char* proxy,
                const char* passwd, int timeout, Slice_t* chatDatas);

/*
 * encrypt_key: encrypt_random_key after RSA (PKCS#1 v1.5) decryption with the private key of
 * the record's publickey_ver; encrypt_msg: encrypt_chat_msg as received; msg receives the
 * decrypted message JSON.
 */
int DecryptData(const char* encrypt_key, const char* encrypt_msg, Slice_t* msg);

/*
 * One chunk of the media file `sdkFileid`. indexbuf: "" for the first chunk, then the previous
 * call's outindexbuf until is_finish == 1. Note the argument order: indexbuf before sdkFileid.
 */
int GetMediaData(WeWorkFinanceSdk_t* sdk, const char* indexbuf, const char* sdkFileid, const char* proxy,
                 const char* passwd, int timeout, MediaData_t* media_data);

/* Release an instance created by NewSdk. */
void DestroySdk(WeWorkFinanceSdk_t* sdk);

/* Helpers for other languages (ctypes, JNI, cgo). */
Slice_t* NewSlice(void);
void FreeSlice(Slice_t* slice);
char* GetContentFromSlice(Slice_t* slice);
int GetSliceLen(Slice_t* slice);

MediaData_t* NewMediaData(void);
void FreeMediaData(MediaData_t* media_data);
char* GetOutIndexBuf(MediaData_t* media_data);
char* GetData(MediaData_t* media_data);
int GetIndexLen(MediaData_t* media_data);
int GetDataLen(MediaData_t* media_data);
int IsMediaDataFinish(MediaData_t* media_data);

#ifdef __cplusplus
}
#endif

#endif /* WEWORK_FINANCE_SDK_C_H */
