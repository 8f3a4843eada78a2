<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="32"/>
        <source>关于 WeCom Archive Desktop</source>
        <translation>About WeCom Archive Desktop</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="34"/>
        <source>&lt;b&gt;WeCom Archive Desktop&lt;/b&gt; — 企业微信会话内容存档</source>
        <translation>&lt;b&gt;WeCom Archive Desktop&lt;/b&gt; — WeCom chat archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="36"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="37"/>
        <source>SDK 库</source>
        <translation>SDK library</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="38"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="39"/>
        <source>系统钥匙串</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="41"/>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="65"/>
        <source>没有可用的系统钥匙串，凭据无法保存</source>
        <translation>No system keyring available; credentials cannot be stored</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="66"/>
        <source>已拒绝：不是系统钥匙串（可能以明文文件保存密码）</source>
        <translation>Refused: not the system keyring (it may keep passwords in a plain file)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="67"/>
        <source>无法连接系统钥匙串服务</source>
        <translation>The system keyring service cannot be reached</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="68"/>
        <source>系统钥匙串已锁定</source>
        <translation>The system keyring is locked</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="70"/>
        <source>{reason}（{backend}）</source>
        <translation>{reason} ({backend})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="82"/>
        <source>腾讯官方库（{version}）</source>
        <translation>Official Tencent library ({version})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="83"/>
        <source>模拟库（测试与演示用）</source>
        <translation>Emulator library (for testing and demos)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="84"/>
        <source>未知版本</source>
        <translation>Unknown version</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="50"/>
        <source>无法打开档案</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="95"/>
        <source>正在加密档案数据库…</source>
        <translation>Encrypting the archive database…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="98"/>
        <source>加密失败</source>
        <translation>Encryption failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="116"/>
        <source>档案配置已删除</source>
        <translation>Archive profile deleted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="117"/>
        <source>此档案的凭据和设置已删除。程序将退出。</source>
        <translation>This archive&apos;s credentials and settings have been deleted. The app will now quit.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="129"/>
        <source>无法使用系统钥匙串</source>
        <translation>System keyring unavailable</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="132"/>
        <source>仍可查看已有档案；同步需要钥匙串（或命令行的环境变量方式）。</source>
        <translation>You can still view existing archives; syncing requires the keyring (or environment variables on the command line).</translation>
    </message>
</context>
<context>
    <name>ArchiveError</name>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="95"/>
        <source>此档案由更新版本的程序写入（数据库版本 {revision}），请升级 WeCom Archive Desktop 后再打开。</source>
        <translation>This archive was written by a newer version (schema {revision}); upgrade the application.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="147"/>
        <source>数据库密钥不正确，无法解密档案 {path}（也可能是文件已损坏）。请确认系统钥匙串中保存的是此档案的数据库密钥。</source>
        <translation>The database key does not open the archive {path} (the key is wrong, or the file is damaged). Check that the system keyring holds this archive&apos;s database key.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="157"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开：{path}</source>
        <translation>This archive is encrypted (SQLCipher) and needs its database key from the system keyring: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="182"/>
        <source>档案 {path} 没有加密，不能用数据库密钥打开。</source>
        <translation>The archive {path} is not encrypted and cannot be opened with a database key.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="198"/>
        <source>无法打开档案数据库 {path}：{reason}。文件可能已损坏或不是 WeCom Archive Desktop 的档案。</source>
        <translation>Cannot open the archive database {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="221"/>
        <source>没有可加密的档案：{path}</source>
        <translation>There is no archive to encrypt at {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="39"/>
        <location filename="../../wecom_desktop/store/engine.py" line="223"/>
        <source>档案已经加密：{path}</source>
        <translation>The archive is already encrypted: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="50"/>
        <source>此档案配置已有数据库，不能再新建加密档案：{path}</source>
        <translation>This profile already has an archive database: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="66"/>
        <source>无法把数据库密钥保存到系统钥匙串，档案未加密。{error}</source>
        <translation>The database key could not be kept in the system keyring, so the archive was not encrypted. {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="81"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但当前无法使用系统钥匙串：{path}。请在能使用系统钥匙串的桌面会话中，以创建或加密此档案的用户身份打开它。</source>
        <translation>This archive is encrypted (SQLCipher) and needs its database key from the system keyring, but no system keyring can be used here: {path}. Open it in a desktop session with a system keyring, as the user who created or encrypted it.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="93"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但无法读取它：{error}</source>
        <translation>This archive is encrypted (SQLCipher) and needs its database key from the system keyring, but it cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="103"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但本机的系统钥匙串中没有它的密钥：{path}。请在创建或加密此档案的电脑上、以同一用户账户打开它。</source>
        <translation>This archive is encrypted (SQLCipher) and needs its database key from the system keyring, but this system&apos;s keyring does not hold it: {path}. Open it on the computer, and as the user, that created or encrypted it.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="239"/>
        <source>加密档案失败，原档案未被改动：{reason}</source>
        <translation>Encrypting the archive failed; the original is unchanged: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="252"/>
        <source>档案正在被其他程序使用，请先关闭后再加密：{path}</source>
        <translation>The archive is in use by another program; close it before encrypting: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="275"/>
        <source>加密后的副本与原档案不一致（{copied} / {messages} 条消息），原档案未被改动：{path}</source>
        <translation>The encrypted copy does not match the archive ({copied} of {messages} messages); the original is unchanged: {path}</translation>
    </message>
</context>
<context>
    <name>ArchiveStorageError</name>
    <message>
        <location filename="../../wecom_desktop/store/errors.py" line="29"/>
        <source>磁盘读写出错（磁盘可能已满、已拔出或已损坏）</source>
        <translation>a disk I/O error (the disk may be full, removed or failing)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/errors.py" line="33"/>
        <source>档案数据库 {database} 读写失败：{reason}（剩余空间 {free}）。已保存的内容不受影响；请释放磁盘空间或检查磁盘后重试，同步会从上次保存的位置继续。</source>
        <translation>The archive database {database} could not be read or written: {reason} ({free} free). What is already stored is intact; free some space or check the disk and try again. A sync continues where it stopped.</translation>
    </message>
</context>
<context>
    <name>CallbackCheckDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="20"/>
        <source>回调检查</source>
        <translation>Callback checker</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="27"/>
        <source>验证 URL</source>
        <translation>Verify URL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="28"/>
        <source>解密 / 加密</source>
        <translation>Decrypt / encrypt</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="29"/>
        <source>在线测试</source>
        <translation>Live test</translation>
    </message>
</context>
<context>
    <name>CallbackCli</name>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="273"/>
        <source>未核对：没有给出 --receive-id</source>
        <translation>not checked: no --receive-id given</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="275"/>
        <source>已核对</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="290"/>
        <source>读法</source>
        <translation>reading</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="318"/>
        <source>已尝试的读法</source>
        <translation>readings tried</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="403"/>
        <source>ReceiveId 不核对</source>
        <translation>ReceiveId not checked</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="453"/>
        <source>不是回调错误码</source>
        <translation>is not a callback error code</translation>
    </message>
</context>
<context>
    <name>CallbackConfigGroup</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="39"/>
        <source>回调配置（与企业微信后台“接收消息”设置一致）</source>
        <translation>Callback configuration (as set under “Receive messages” in the WeCom admin console)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="42"/>
        <source>企业微信后台填写的 Token</source>
        <translation>The token entered in the WeCom admin console</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="43"/>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="50"/>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="45"/>
        <source>生成一个随机的 32 位 Token</source>
        <translation>Generate a random 32-character token</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="49"/>
        <source>43 个字母或数字</source>
        <translation>43 letters or digits</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="52"/>
        <source>生成一个随机的 EncodingAESKey</source>
        <translation>Generate a random EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="62"/>
        <source>企业 ID（自建应用、会话存档）</source>
        <translation>Corp ID (self-built apps, chat archive)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="63"/>
        <source>第三方应用 suiteid</source>
        <translation>Third-party app suite ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="64"/>
        <source>空（智能机器人，个人主体的第三方应用）</source>
        <translation>Empty (smart robot, third-party app of a personal developer)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="65"/>
        <source>不校验，只显示</source>
        <translation>Don&apos;t check, only show</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="69"/>
        <source>解密时按此校验 ReceiveId；“不校验”时只显示消息携带的值，加密时仍使用左侧填写的值。</source>
        <translation>How the ReceiveId is checked when decrypting; with “Don&apos;t check” the carried value is only shown, and encryption still uses the value on the left.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="115"/>
        <source>请先填写 Token（或点“生成”）。</source>
        <translation>Enter the token first (or click “Generate”).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="133"/>
        <source>企业微信后台“随机获取”的 43 个字符</source>
        <translation>The 43 characters from “Generate randomly” in the WeCom admin console</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="143"/>
        <source>✓ {n} 个字符，解码为 {size} 字节</source>
        <translation>✓ {n} characters, decoding to {size} bytes</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="153"/>
        <source>企业 ID，如 ww0123456789abcdef</source>
        <translation>Corp ID, e.g. ww0123456789abcdef</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="154"/>
        <source>第三方应用的 suiteid，如 tj0123456789abcdef</source>
        <translation>The third-party app&apos;s suite ID, e.g. tj0123456789abcdef</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="155"/>
        <source>（空字符串）</source>
        <translation>(empty string)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="156"/>
        <source>（不校验）</source>
        <translation>(not checked)</translation>
    </message>
</context>
<context>
    <name>CallbackDiagnosis</name>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="61"/>
        <source>{limit} 秒内连不上 {where}：企业微信会放弃并重试（检查防火墙和端口映射）</source>
        <translation>could not connect to {where} within {limit} s — WeCom gives up and retries (check the firewall and port forwarding)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="70"/>
        <source>{limit} 秒内没有响应：企业微信会放弃并重试（耗时的处理应在返回 200 之后异步进行）</source>
        <translation>no answer within {limit} s — WeCom gives up and retries (do slow work after answering 200)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="77"/>
        <source>代理出错：{error}</source>
        <translation>the proxy failed: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="81"/>
        <source>域名解析失败：找不到 {host}（{reason}）</source>
        <translation>DNS lookup failed: {host} cannot be resolved ({reason})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="87"/>
        <source>连接被拒绝：{where} 上没有程序在监听（服务没有启动，或端口不对）</source>
        <translation>connection refused: nothing listens on {where} (the server is not running, or the port is wrong)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="94"/>
        <source>TLS 证书不被信任：{reason}（企业微信要求由受信任机构签发、与域名一致的证书）</source>
        <translation>the TLS certificate is not trusted: {reason} (WeCom needs a certificate from a trusted authority that matches the host name)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="102"/>
        <source>TLS 握手失败：{reason}（该端口是否真的提供 HTTPS？）</source>
        <translation>the TLS handshake failed: {reason} (does this port really serve HTTPS?)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="107"/>
        <source>服务器没有返回有效的 HTTP 响应就断开了连接（{error}）</source>
        <translation>the server closed the connection without a valid HTTP response ({error})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="111"/>
        <source>网络错误：{reason}</source>
        <translation>network error: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="113"/>
        <source>网络错误：{kind}：{error}</source>
        <translation>network error: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="124"/>
        <source>HTTP {status} 重定向到 {location}：企业微信不跟随重定向，请直接填写最终的地址</source>
        <translation>HTTP {status} redirect to {location}: WeCom does not follow redirects, enter the final URL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="136"/>
        <source>HTTP {status}：企业微信只接受 200，会当作失败并重试；服务器报告 {code}（{meaning}）</source>
        <translation>HTTP {status}: WeCom accepts only 200 and retries otherwise; the server reports {code} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="145"/>
        <source>HTTP {status}：企业微信只接受 200，会当作失败并重试</source>
        <translation>HTTP {status}: WeCom accepts only 200 and retries otherwise</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="158"/>
        <source>开头有 UTF-8 BOM（EF BB BF）</source>
        <translation>it starts with a UTF-8 BOM (EF BB BF)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="166"/>
        <source>开头多了空白 {shown}</source>
        <translation>it has leading whitespace {shown}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="173"/>
        <source>末尾多了换行或空白 {shown}</source>
        <translation>it has a trailing newline or whitespace {shown}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="181"/>
        <source>明文被加上了引号（被当作 JSON 字符串输出了，这是框架常见的错误）</source>
        <translation>the plaintext is wrapped in quotes (output as a JSON string, a common framework mistake)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="189"/>
        <source>返回的内容不完全是明文：{problems}。企业微信逐字节比较，只返回明文本身</source>
        <translation>the body is not exactly the plaintext: {problems}. WeCom compares byte for byte: return the bare plaintext</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="192"/>
        <source>{first}；{rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="200"/>
        <source>响应体是空的：应返回解密 echostr 得到的明文</source>
        <translation>the body is empty: return the decrypted echostr</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="204"/>
        <source>返回的是一个 HTML 页面而不是明文：请求多半没有到达回调处理程序（网站首页、登录页或错误页）</source>
        <translation>an HTML page came back instead of the plaintext: the request most likely did not reach the callback handler (a home, login or error page)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="211"/>
        <source>原样返回了加密的 echostr：应先验证签名并解密，再返回其中的明文</source>
        <translation>the encrypted echostr was echoed back: verify and decrypt it, then return the plaintext inside</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="217"/>
        <source>响应中含有明文，但还有别的内容：只应返回明文本身</source>
        <translation>the body holds the plaintext and more: return the bare plaintext only</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="220"/>
        <source>返回的内容不是明文：应为 {expected}，收到 {received}</source>
        <translation>the body is not the plaintext: expected {expected}, received {received}</translation>
    </message>
</context>
<context>
    <name>CallbackError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="60"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：末尾多了 “=”，去掉它。</source>
        <translation>an EncodingAESKey has {expected} characters; this one has {length}: drop the trailing &apos;=&apos;.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="65"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：多半是复制时漏掉或多带了一个字符。</source>
        <translation>an EncodingAESKey has {expected} characters; this one has {length}: most likely one character was lost or added when copying.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="70"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个。</source>
        <translation>an EncodingAESKey has {expected} characters; this one has {length}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="79"/>
        <source>第 {position} 个字符 {char} 不是字母或数字（企业微信的 EncodingAESKey 只含字母和数字）。</source>
        <translation>character {position}, {char}, is not a letter or digit (WeCom EncodingAESKeys hold only those).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="98"/>
        <source>参数中有无法编码的字符（{reason}）。</source>
        <translation>a parameter holds a character that cannot be encoded ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="157"/>
        <source>密文解码后为 {size} 字节，不是 16 的正整数倍：密文被截断或改动了。</source>
        <translation>the ciphertext decodes to {size} bytes, not a positive multiple of 16: it was truncated or altered.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="167"/>
        <source>填充不正确</source>
        <translation>the padding is wrong</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="170"/>
        <source>内容太短，没有长度字段</source>
        <translation>too short to hold the length field</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="175"/>
        <source>长度字段为 {length}，而内容只有 {available} 字节</source>
        <translation>the length field says {length} but only {available} bytes follow</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="184"/>
        <source>明文不是 UTF-8 文本</source>
        <translation>the plaintext is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="197"/>
        <source>内容中有无法编码为 UTF-8 的字符（{reason}）。</source>
        <translation>the content holds a character that cannot be UTF-8 encoded ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="222"/>
        <source>{name} 含有不能放进 XML 的字符。</source>
        <translation>the {name} holds characters that cannot go into the XML.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="253"/>
        <source>由 Token、timestamp、nonce 和 {field} 算出的签名是 {expected}，请求中的 msg_signature 是 {given}。</source>
        <translation>the token, timestamp, nonce and {field} give the signature {expected}; the request&apos;s msg_signature is {given}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="270"/>
        <source>消息携带的 ReceiveId 是 {carried}（{kind}），而填写的是 {expected}。</source>
        <translation>the message carries the ReceiveId {carried} ({kind}), but {expected} was entered.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="293"/>
        <source>请求体是空的：没有收到要解密的内容。</source>
        <translation>The request body is empty: nothing was received to decrypt.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="298"/>
        <source>请求体既不是 XML（以 “&lt;” 开头）也不是 JSON（以 “{{” 开头）。</source>
        <translation>the body is neither XML (starting with &apos;&lt;&apos;) nor JSON (starting with &apos;{{&apos;).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="335"/>
        <source>XML 含有 DTD 或实体声明（{kind}），为防止实体膨胀和外部实体攻击已拒绝。</source>
        <translation>the XML holds a DTD or entity declarations ({kind}); refused to prevent entity expansion and external entity attacks.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="344"/>
        <source>XML 格式不正确（{error}）。</source>
        <translation>the XML is not well-formed ({error}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="354"/>
        <source>XML 中没有 &lt;Encrypt&gt; 元素或其为空。</source>
        <translation>the XML has no (or an empty) &lt;Encrypt&gt; element.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="365"/>
        <source>JSON 格式不正确（{error}）。</source>
        <translation>the JSON is not well-formed ({error}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="373"/>
        <source>JSON 中没有 “encrypt”（或 “Encrypt”）文本字段。</source>
        <translation>the JSON has no &apos;encrypt&apos; (or &apos;Encrypt&apos;) text field.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="385"/>
        <source>密文第 {position} 个字符是空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。</source>
        <translation>character {position} of the ciphertext is a space: URL decoding turned &apos;+&apos; into a space (decode without converting &apos;+&apos;, e.g. unquote, not unquote_plus).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="395"/>
        <source>密文中含有 “%”：它还没有做 URL 解码。</source>
        <translation>the ciphertext holds &apos;%&apos;: it has not been URL-decoded.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="402"/>
        <source>密文不是有效的 Base64（{error}）。</source>
        <translation>the ciphertext is not valid Base64 ({error}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="410"/>
        <source>{field} 中含有 “%”：它还没有做 URL 解码（或被编码了两次）。请先用不转换 “+” 的方式解码（如 unquote）。</source>
        <translation>the {field} holds &apos;%&apos;: it was not URL-decoded (or was encoded twice). Decode it first, without converting &apos;+&apos; (e.g. unquote, not unquote_plus).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="418"/>
        <source>{field} 中含有空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。</source>
        <translation>the {field} holds a space: URL decoding turned &apos;+&apos; into a space (decode without converting &apos;+&apos;, e.g. unquote, not unquote_plus).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="429"/>
        <source>解密结果{what}。</source>
        <translation>the decrypted buffer: {what}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="435"/>
        <source>空：企业内部智能机器人，或个人主体的第三方应用</source>
        <translation>empty: an internal smart robot, or a third-party app of a personal developer</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="437"/>
        <source>企业 ID（corpid）或第三方应用的 suiteid</source>
        <translation>a corp id or a third-party suite id</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="439"/>
        <source>第三方应用的 suiteid</source>
        <translation>a third-party suite id</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="440"/>
        <source>无法判断类型</source>
        <translation>kind unknown</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="50"/>
        <source>成功</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="52"/>
        <source>签名校验失败</source>
        <translation>signature verification failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="54"/>
        <source>Token 与企业微信后台填写的不一致；或 timestamp、nonce、echostr/Encrypt 在传递中被改动（常见：URL 解码把 “+” 变成了空格，或参数被解码了两次）。</source>
        <translation>the token differs from the one entered in the WeCom admin console, or the timestamp, nonce or echostr/Encrypt changed on the way (commonly URL decoding turned &apos;+&apos; into a space, or decoded twice).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="62"/>
        <source>XML/JSON 解析失败</source>
        <translation>XML/JSON parse failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="64"/>
        <source>请求体不是合法的 XML 或 JSON，或缺少 Encrypt/encrypt 字段；为安全起见，含 DTD 或实体声明的 XML 一律拒绝。</source>
        <translation>the body is not well-formed XML or JSON, or lacks the Encrypt/encrypt field; XML with a DTD or entity declarations is always refused for safety.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="71"/>
        <source>计算签名失败</source>
        <translation>computing the signature failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="72"/>
        <source>参数中含有无法编码的字符。</source>
        <translation>a parameter holds characters that cannot be encoded.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="75"/>
        <source>EncodingAESKey 非法</source>
        <translation>invalid EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="77"/>
        <source>EncodingAESKey 必须是 43 个字母或数字，Base64 解码后为 32 字节；请从企业微信后台重新复制。</source>
        <translation>the EncodingAESKey must be 43 letters or digits that Base64-decode to 32 bytes; copy it again from the WeCom admin console.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="84"/>
        <source>ReceiveId 校验失败</source>
        <translation>ReceiveId check failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="86"/>
        <source>自建应用（包括会话存档）填企业 ID（corpid），第三方应用填 suiteid，企业内部智能机器人和个人主体的第三方应用填空字符串。</source>
        <translation>self-built apps (including the archive app) use the corp id, third-party apps the suite id, and internal smart robots and third-party apps of personal developers an empty string.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="93"/>
        <source>AES 加密失败</source>
        <translation>AES encryption failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="94"/>
        <source>EncodingAESKey 不可用。</source>
        <translation>the EncodingAESKey is unusable.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="97"/>
        <source>AES 解密失败</source>
        <translation>AES decryption failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="98"/>
        <source>密文被截断或改动（长度不是 16 字节的倍数）。</source>
        <translation>the ciphertext was truncated or altered (its length is not a multiple of 16 bytes).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="101"/>
        <source>解密后的内容不合法</source>
        <translation>decrypted buffer invalid</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="103"/>
        <source>签名已通过而解密结果不对，多半是 EncodingAESKey 与企业微信后台的不一致（Token 是对的）。</source>
        <translation>the signature matched but the plaintext is malformed: most likely the EncodingAESKey differs from the one in the WeCom admin console (the token is right).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="110"/>
        <source>Base64 编码失败</source>
        <translation>Base64 encoding failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="111"/>
        <source>内部错误。</source>
        <translation>an internal error.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="114"/>
        <source>Base64 解码失败</source>
        <translation>Base64 decoding failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="116"/>
        <source>密文中有 Base64 以外的字符：若出现空格，是 URL 解码把 “+” 变成了空格。</source>
        <translation>the ciphertext holds characters outside Base64: a space means URL decoding turned &apos;+&apos; into a space.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="122"/>
        <source>生成回包失败</source>
        <translation>generating the reply failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="123"/>
        <source>回复内容无法编码。</source>
        <translation>the reply could not be encoded.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="127"/>
        <source>[{code}] {name}：{detail}
可能原因：{cause}</source>
        <translation>[{code}] {name}: {detail}
Likely cause: {cause}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="128"/>
        <source>可能原因：{cause}</source>
        <translation>Likely cause: {cause}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="129"/>
        <source>{first}、{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="114"/>
        <source>粘贴的内容中缺少参数：{names}。需要 msg_signature、timestamp、nonce 和 echostr。</source>
        <translation>the pasted text lacks {names}; msg_signature, timestamp, nonce and echostr are needed.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="121"/>
        <source>粘贴的不是完整的验证请求：请复制企业微信发来的 GET 请求的完整 URL 或日志行。</source>
        <translation>what was pasted is not a whole verification request: copy the full URL, or the log line, of the GET request WeCom sent.</translation>
    </message>
</context>
<context>
    <name>CallbackLiveTest</name>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="153"/>
        <source>EncodingAESKey 无效</source>
        <translation>invalid EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="155"/>
        <source>Token 为空</source>
        <translation>the token is empty</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="160"/>
        <source>配置有效</source>
        <translation>the configuration is valid</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="162"/>
        <source>URL：{url}
ReceiveId：{receive_id}
POST 格式：{form}
AgentID：{agent_id}
时限：{limit} 秒
代理：{proxy}</source>
        <translation>URL: {url}
ReceiveId: {receive_id}
POST format: {form}
AgentID: {agent_id}
time limit: {limit} s
proxy: {proxy}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="172"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="188"/>
        <source>URL 无效：{error}</source>
        <translation>the URL is invalid: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="190"/>
        <source>URL 必须以 http:// 或 https:// 开头</source>
        <translation>the URL must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="192"/>
        <source>URL 中没有主机名</source>
        <translation>the URL has no host name</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="194"/>
        <source>URL 中含有空白字符</source>
        <translation>the URL holds whitespace</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="205"/>
        <source>代理地址无效</source>
        <translation>the proxy URL is invalid</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="209"/>
        <source>代理地址应以 {schemes} 开头</source>
        <translation>the proxy URL must start with {schemes}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="210"/>
        <source>{first}、{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="239"/>
        <source>发送：GET {url}
echo 明文：{plaintext}（随机生成，加密后作为 echostr）</source>
        <translation>sent: GET {url}
echo plaintext: {plaintext} (random, encrypted into echostr)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="252"/>
        <source>应返回：{plaintext}</source>
        <translation>expected: {plaintext}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="260"/>
        <source>URL 验证通过：{elapsed} 秒内返回了正确的明文</source>
        <translation>URL verification passed: the right plaintext came back in {elapsed} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="300"/>
        <source>发送：POST {url}
Content-Type: {content_type}
事件明文：{event}
请求体：{body}</source>
        <translation>sent: POST {url}
Content-Type: {content_type}
event plaintext: {event}
body: {body}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="323"/>
        <source>事件推送成功：{elapsed} 秒内返回了 HTTP 200，{reply}</source>
        <translation>event delivered: HTTP 200 in {elapsed} s, {reply}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="356"/>
        <source>响应体为空（正确）</source>
        <translation>with an empty body (as it should be)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="365"/>
        <source>但附带的被动回复无法解密（企业微信只需要 200）：{error}</source>
        <translation>but the passive reply in it does not decrypt (WeCom only needs the 200): {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="371"/>
        <source>附带的被动回复已解密：{message}</source>
        <translation>with a passive reply that decrypts to {message}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="375"/>
        <source>响应体不是加密的被动回复，企业微信会忽略它（事件只需返回空响应体）</source>
        <translation>the body is not an encrypted passive reply; WeCom ignores it (answer events with an empty body)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="396"/>
        <source>收到：HTTP {status}，用时 {elapsed} 秒，Content-Type: {content_type}
响应体（{size} 字节）：{body}</source>
        <translation>received: HTTP {status} in {elapsed} s, Content-Type: {content_type}
body ({size} bytes): {body}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="410"/>
        <source>没有收到响应（{elapsed} 秒后放弃）</source>
        <translation>no response (gave up after {elapsed} s)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="416"/>
        <source>响应用了 {elapsed} 秒，超过 {limit} 秒：企业微信会放弃并重试</source>
        <translation>the answer took {elapsed} s, more than {limit} s — WeCom gives up and retries</translation>
    </message>
</context>
<context>
    <name>CallbackPaste</name>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="72"/>
        <source>按 URL 编码解码（“+” 保持不变）</source>
        <translation>percent-decoded, &apos;+&apos; kept as &apos;+&apos;</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="75"/>
        <source>原样（已经解码过）</source>
        <translation>as pasted (already decoded)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="77"/>
        <source>按 URL 编码解码两次（值被编码了两次）</source>
        <translation>percent-decoded twice (the value was encoded twice)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="81"/>
        <source>把空格还原成 “+”（日志里的值被表单解码过，“+” 变成了空格）</source>
        <translation>spaces turned back into &apos;+&apos; (the logged value went through form decoding, which turns &apos;+&apos; into a space)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="85"/>
        <source>按表单编码解码（“+” 变成空格）</source>
        <translation>form-decoded (&apos;+&apos; becomes a space)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="89"/>
        <source>值到第一个空白为止（日志行在值后面还写了别的内容）</source>
        <translation>each value up to its first space (the log line wrote more after it)</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="15"/>
        <source>企业与会话存档 Secret</source>
        <translation>Company and archive Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="18"/>
        <source>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</source>
        <translation>Found in the WeCom admin console: My Company → Company Info (corp id); Management Tools → Chat Archive (Secret).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="27"/>
        <source>显示 Secret</source>
        <translation>Show Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="34"/>
        <source>企业 ID</source>
        <translation>Corp ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="35"/>
        <source>会话存档 Secret</source>
        <translation>Archive Secret</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="46"/>
        <source>档案完整性报告</source>
        <translation>Archive completeness report</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="49"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="131"/>
        <source>正在统计档案…</source>
        <translation>Counting the archive…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="58"/>
        <source>消息</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="59"/>
        <source>seq 范围</source>
        <translation>seq range</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="60"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="85"/>
        <source>缺失的 seq</source>
        <translation>Missing seq</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="61"/>
        <source>上次同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="62"/>
        <source>最近一次同步</source>
        <translation>Latest sync run</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="63"/>
        <source>未结束的同步</source>
        <translation>Sync runs not ended</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="64"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="86"/>
        <source>无法解密</source>
        <translation>Undecryptable</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="65"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="87"/>
        <source>有问题的消息</source>
        <translation>Messages with problems</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="66"/>
        <source>媒体文件</source>
        <translation>Media files</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="67"/>
        <source>数据库加密</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>从 seq</source>
        <translation>From seq</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>到 seq</source>
        <translation>To seq</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>缺失条数</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <source>公钥版本</source>
        <translation>Key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>消息类型</source>
        <translation>Message type</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="88"/>
        <source>重新统计</source>
        <translation>Count again</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="89"/>
        <source>复制为 JSON</source>
        <translation>Copy as JSON</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="90"/>
        <source>保存为 JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="154"/>
        <source>{n} 条（{distinct} 个不同的 msgid；{outside} 条不属于任何会话）</source>
        <translation>{n} ({distinct} distinct msgids; {outside} in no conversation)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="162"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="164"/>
        <source>{n} 个，共 {gaps} 段</source>
        <translation>{n} in {gaps} gaps</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="168"/>
        <source>从未同步</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="175"/>
        <source>SQLCipher（数据库密钥在系统钥匙串中）</source>
        <translation>SQLCipher (database key in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="175"/>
        <source>未加密</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="197"/>
        <source>档案中还没有消息。</source>
        <translation>The archive holds no messages yet.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="200"/>
        <source>seq 有 {gaps} 处不连续，共 {n} 个 seq 不在档案中</source>
        <translation>seq has {gaps} gaps: {n} seq values are not in the archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="204"/>
        <source>seq 从 {first} 到 {last} 连续</source>
        <translation>seq runs without a gap from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="207"/>
        <source>{n} 条记录无法解密</source>
        <translation>{n} records could not be decrypted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="209"/>
        <source>所有记录均已解密</source>
        <translation>every record is decrypted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="211"/>
        <source>{seq}；{records}</source>
        <translation>{seq}; {records}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="217"/>
        <source>无法统计档案：{error}</source>
        <translation>Could not count the archive: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="224"/>
        <source>成功</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="225"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="236"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="226"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="227"/>
        <source>未结束（仍在运行，或进程被中止）</source>
        <translation>not ended (still running, or the process was stopped)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="234"/>
        <source>已下载</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="235"/>
        <source>待下载</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="237"/>
        <source>服务器已过期</source>
        <translation>expired on the server</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="238"/>
        <source>按设置跳过</source>
        <translation>skipped by settings</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="247"/>
        <source>缺少该版本的私钥</source>
        <translation>no private key of this version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="248"/>
        <source>私钥解不开随机密钥</source>
        <translation>the private key does not open the random key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="249"/>
        <source>DecryptData 失败</source>
        <translation>DecryptData failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="250"/>
        <source>解密后的内容损坏</source>
        <translation>decrypted content is corrupt</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="251"/>
        <source>记录的字段不可用</source>
        <translation>the record&apos;s fields are unusable</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="252"/>
        <source>SDK 进程在此记录上终止</source>
        <translation>the SDK process died on this record</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="253"/>
        <source>档案拒收了其中的值</source>
        <translation>the archive refused one of its values</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="261"/>
        <source>已复制报告（JSON）。</source>
        <translation>Report copied (JSON).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="265"/>
        <source>保存完整性报告</source>
        <translation>Save the completeness report</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="265"/>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="278"/>
        <source>正在保存报告…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="307"/>
        <source>无法保存报告</source>
        <translation>Could not save the report</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="308"/>
        <source>无法写入 {path}：{error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="301"/>
        <source>报告已保存到 {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="27"/>
        <source>网络与 SDK</source>
        <translation>Network and SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="30"/>
        <source>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</source>
        <translation>This machine&apos;s public egress IP must be in the archive&apos;s trusted IP list. To go through a proxy, enter it here; the proxy&apos;s egress IP must be listed too.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="39"/>
        <source>用户名:密码（可选）</source>
        <translation>user:password (optional)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="42"/>
        <source>自动查找</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="44"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="54"/>
        <source>代理地址</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="55"/>
        <source>代理账号</source>
        <translation>Proxy account</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="56"/>
        <source>SDK 库文件</source>
        <translation>SDK library</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="67"/>
        <source>选择企业微信会话存档 SDK 库</source>
        <translation>Choose the WeCom finance SDK library</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_delegate.py" line="31"/>
        <source>外部</source>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="54"/>
        <source>群聊</source>
        <translation>Group chat</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="54"/>
        <source>单聊</source>
        <translation>One-to-one chat</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="56"/>
        <source>含外部联系人</source>
        <translation>With external contacts</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="58"/>
        <source>{n} 位成员</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="59"/>
        <source>{n} 条消息</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="70"/>
        <source>成员：{names}</source>
        <translation>Members: {names}</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="154"/>
        <source>成员：{names}</source>
        <translation>Members: {names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="156"/>
        <source>{n} 条消息</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="158"/>
        <source>最后消息：{when}</source>
        <translation>Last message: {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="37"/>
        <source>筛选会话</source>
        <translation>Filter conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="41"/>
        <source>排序方式</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="43"/>
        <source>最近活动</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="44"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="45"/>
        <source>消息数</source>
        <translation>Message count</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="88"/>
        <source>正在读取会话…</source>
        <translation>Loading conversations…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="174"/>
        <source>无法读取会话：{error}</source>
        <translation>Couldn&apos;t load conversations: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="182"/>
        <source>显示 {shown} 个，共 {n} 个会话</source>
        <translation>Showing {shown} of {n} conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="186"/>
        <source>共 {n} 个会话</source>
        <translation>{n} conversations</translation>
    </message>
</context>
<context>
    <name>CredentialAccessError</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="125"/>
        <source>读取</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="126"/>
        <source>保存</source>
        <translation>store</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="127"/>
        <source>删除</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="141"/>
        <source>系统钥匙串（{backend}）未能{verb}凭据：{detail}</source>
        <translation>The system keyring ({backend}) failed to {verb} a credential: {detail}</translation>
    </message>
</context>
<context>
    <name>CryptTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="62"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="83"/>
        <source>解密</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="65"/>
        <source>粘贴 POST 请求体（XML 或 JSON）或加密的被动回复包</source>
        <translation>Paste a POST body (XML or JSON) or an encrypted passive reply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="69"/>
        <source>可选：回调 URL 或查询字符串</source>
        <translation>Optional: the callback URL or query string</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="79"/>
        <source>签名参数依次取自 URL、上面三个字段、回复包自带的值；都没有时只解密，不校验签名。</source>
        <translation>Signature parameters come from the URL, else the three fields above, else the reply itself; with none, the body is decrypted without checking the signature.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="104"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="133"/>
        <source>加密</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="107"/>
        <source>要加密的明文（XML 或 JSON 消息、回复内容）</source>
        <translation>Plaintext to encrypt (an XML or JSON message, reply content)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="115"/>
        <source>被动回复包</source>
        <translation>Passive reply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="116"/>
        <source>回调请求体（带签名的查询字符串）</source>
        <translation>Callback request body (with signed query string)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="121"/>
        <source>重新生成</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="123"/>
        <source>当前时间和新的随机 nonce</source>
        <translation>The current time and a new random nonce</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="129"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="130"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="142"/>
        <source>复制结果</source>
        <translation>Copy output</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="148"/>
        <source>回调请求体的签名查询字符串</source>
        <translation>The signed query string of the request body</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="149"/>
        <source>复制查询字符串</source>
        <translation>Copy query</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="178"/>
        <source>请先粘贴要解密的请求体或回复包。</source>
        <translation>Paste the body or reply to decrypt first.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="182"/>
        <source>未校验签名：没有提供 msg_signature、timestamp 和 nonce。</source>
        <translation>Signature not checked: no msg_signature, timestamp and nonce were given.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="188"/>
        <source>签名校验通过。</source>
        <translation>Signature verified.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="190"/>
        <source>✗ 解密失败</source>
        <translation>✗ Decryption failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="194"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="222"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="195"/>
        <source>✓ ReceiveId：{id}</source>
        <translation>✓ ReceiveId: {id}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="205"/>
        <source>URL 中缺少：{names}。</source>
        <translation>The URL lacks: {names}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="208"/>
        <source>参数字段中缺少：{names}。</source>
        <translation>The parameter fields lack: {names}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="222"/>
        <source>注意：与填写的 ReceiveId {id} 不一致。</source>
        <translation>Note: differs from the ReceiveId entered, {id}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="245"/>
        <source>请填写 timestamp 和 nonce（或点“重新生成”）。</source>
        <translation>Enter a timestamp and a nonce (or click “Renew”).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="256"/>
        <source>✗ 加密失败</source>
        <translation>✗ Encryption failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="260"/>
        <source>✓ 已加密</source>
        <translation>✓ Encrypted</translation>
    </message>
</context>
<context>
    <name>DemoBuildDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="18"/>
        <source>演示档案</source>
        <translation>Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="19"/>
        <source>正在生成演示档案…</source>
        <translation>Building the demo archive…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="20"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="44"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="91"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="96"/>
        <source>当前会话：{title}</source>
        <translation>Current conversation: {title}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="98"/>
        <source>当前会话</source>
        <translation>Current conversation</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="104"/>
        <source>只导出这些日期</source>
        <translation>Only these days</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="119"/>
        <source>HTML 聊天记录（可打印）</source>
        <translation>HTML chat transcript (printable)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="120"/>
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="121"/>
        <source>CSV 表格 (.csv)</source>
        <translation>CSV spreadsheet (.csv)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="122"/>
        <source>原始 JSON 行 (.jsonl，证据格式)</source>
        <translation>Raw JSON Lines (.jsonl, evidence format)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="138"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="140"/>
        <source>日期</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="141"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="154"/>
        <source>请先打开一个会话或进行一次搜索。</source>
        <translation>Open a conversation or run a search first.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="160"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="165"/>
        <source>搜索“{query}”的结果</source>
        <translation>Results of the search “{query}”</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="165"/>
        <source>按筛选条件搜索的结果</source>
        <translation>Results of the search by filters</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="169"/>
        <source>{n} 条</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="171"/>
        <source>全部，不只是已加载的 {n} 条</source>
        <translation>all of them, not only the {n} loaded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="172"/>
        <source>{what}（{count}）</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="193"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="216"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="228"/>
        <source>已导出 {n} 条消息到 {path}</source>
        <translation>Exported {n} messages to {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="233"/>
        <source>导出已取消，未留下文件。</source>
        <translation>Export cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="237"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="245"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="13"/>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="14"/>
        <source>路径中有一部分不是文件夹</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="15"/>
        <source>目标是一个文件夹</source>
        <translation>the destination is a folder</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="33"/>
        <source>{reason}（剩余空间 {free}）</source>
        <translation>{reason} ({free} free)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="39"/>
        <source>无法写入导出文件 {destination}：{reason}。未留下任何不完整的文件；请选择其他文件夹或释放磁盘空间后重试。</source>
        <translation>Cannot write the export {destination}: {reason}. No partial file was left; choose another folder or free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="55"/>
        <source>导出已取消，未留下任何文件。</source>
        <translation>The export was cancelled; no file was left.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/first_run.py" line="36"/>
        <source>正在把凭据保存到系统钥匙串…</source>
        <translation>Saving credentials to the system keyring…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/first_run.py" line="40"/>
        <source>无法保存凭据</source>
        <translation>Couldn&apos;t save credentials</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="47"/>
        <source>第 {line} 行：未导入，{reason}</source>
        <translation>Line {line}: not imported, {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="48"/>
        <source>第 {line} 行：已保存，但有问题：{problem}</source>
        <translation>Line {line}: stored, with a problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="96"/>
        <source>导入 JSONL</source>
        <translation>Import JSONL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="104"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="131"/>
        <source>已导入 {imported} 条（其中 {problems} 条有问题），重复 {duplicates} 条，未导入 {rejected} 条</source>
        <translation>Imported {imported} (with problems {problems}), duplicates {duplicates}, not imported {rejected}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="153"/>
        <source>导入已取消。{counts}；已导入的消息会保留，再次导入同一文件时会跳过它们。</source>
        <translation>Import cancelled. {counts}; the messages imported are kept, and importing the same file again skips them.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="157"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="163"/>
        <source>…另有 {n} 行未列出</source>
        <translation>… and {n} more lines not listed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="173"/>
        <source>无法读取 {path}：{error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="195"/>
        <source>正在取消，当前这批消息写完后停止…</source>
        <translation>Cancelling: stopping once the batch being written is stored…</translation>
    </message>
</context>
<context>
    <name>JsonlImport</name>
    <message>
        <location filename="../../wecom_desktop/cli.py" line="130"/>
        <source>已保存，但有问题</source>
        <translation>stored with a problem</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="139"/>
        <source>此文件是一个 JSON 数组，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换</source>
        <translation>this file holds a JSON array, not one object per line (JSONL); nothing was imported. Convert it with: {command} FILE</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="149"/>
        <source>此文件是多行排版的 JSON，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换</source>
        <translation>this file holds pretty-printed JSON, not one object per line (JSONL); nothing was imported. Convert it with: {command} FILE</translation>
    </message>
</context>
<context>
    <name>KeyFolderError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="191"/>
        <source>{file}：{error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="265"/>
        <source>私钥文件夹 {folder} 中有无法使用的私钥文件：</source>
        <translation>The private key folder {folder} holds key files that cannot be used:</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="273"/>
        <source>私钥文件夹 {folder} 中没有私钥文件：请把每个版本的私钥保存为 private_key_v&lt;版本号&gt;.pem。</source>
        <translation>The private key folder {folder} holds no key file: save each version&apos;s key as private_key_v&lt;N&gt;.pem.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="289"/>
        <source>找不到私钥文件夹：{folder}（{variable} 应指向一个文件夹）。</source>
        <translation>Private key folder not found: {folder} ({variable} must name a folder).</translation>
    </message>
</context>
<context>
    <name>KeyVersionPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>公钥版本</source>
        <translation>Key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>消息数</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>待解密</source>
        <translation>Undecrypted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>私钥</source>
        <translation>Private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="56"/>
        <source>添加私钥…</source>
        <translation>Add private key…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="58"/>
        <source>删除所选版本的私钥</source>
        <translation>Delete the selected version&apos;s key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="101"/>
        <source>无法统计各版本的消息：{error}</source>
        <translation>Could not count the messages of each version: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="110"/>
        <source>已保存</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="110"/>
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="121"/>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="124"/>
        <source>添加私钥</source>
        <translation>Add private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="121"/>
        <source>公钥版本号</source>
        <translation>Public key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="124"/>
        <source>粘贴私钥（PEM）</source>
        <translation>Paste the private key (PEM)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="130"/>
        <source>删除私钥</source>
        <translation>Delete private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="132"/>
        <source>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</source>
        <translation>{count} messages of version {version} are still encrypted; without this key they can never be decrypted. Delete it?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="161"/>
        <source>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</source>
        <translation>Added the key of version {version} (the archive holds no record of that version to verify it with).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="170"/>
        <source>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</source>
        <translation>This key does not open the archive&apos;s records of version {version}: it is not that version&apos;s key. Not saved.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="175"/>
        <source>已验证并添加版本 {version} 的私钥。</source>
        <translation>Verified and added the key of version {version}.</translation>
    </message>
</context>
<context>
    <name>KeyringUnavailable</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="30"/>
        <source>凭据只保存在系统钥匙串中，绝不写入普通文件。无界面同步可改用环境变量 WECOM_CORP_ID、WECOM_SECRET、WECOM_PRIVATE_KEYS（存放 private_key_v&lt;N&gt;.pem 的文件夹）和 WECOM_PROXY_PASSWORD。</source>
        <translation>Credentials are kept in the system keyring only, never in plain files. For headless sync, set the environment variables WECOM_CORP_ID, WECOM_SECRET, WECOM_PRIVATE_KEYS (a folder of private_key_v&lt;N&gt;.pem files) and WECOM_PROXY_PASSWORD instead.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="40"/>
        <source>Windows 凭据管理器</source>
        <translation>the Windows Credential Manager</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="42"/>
        <source>macOS 钥匙串</source>
        <translation>the macOS Keychain</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="43"/>
        <source>Secret Service（gnome-keyring / KWallet）</source>
        <translation>Secret Service (gnome-keyring / KWallet)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="64"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}</source>
        <translation>No system keyring: no {name} on this session ({detail}). Run inside a desktop session (GNOME / KDE start one at login). {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="69"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}。请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}</source>
        <translation>No system keyring: no {name} on this session. Run inside a desktop session (GNOME / KDE start one at login). {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="75"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。{headless}</source>
        <translation>No system keyring: no {name} on this session ({detail}). {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="78"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}。{headless}</source>
        <translation>No system keyring: no {name} on this session. {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="82"/>
        <source>keyring 配置的后端 {backend} 不是系统钥匙串（可能以明文文件保存密码），本程序拒绝使用。请检查 PYTHON_KEYRING_BACKEND 环境变量和 keyringrc.cfg。{headless}</source>
        <translation>The keyring backend {backend} is not the system keyring (it may keep passwords in plain files), so it is refused. Check the PYTHON_KEYRING_BACKEND variable and keyringrc.cfg. {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="89"/>
        <source>无法连接系统钥匙串：当前会话中没有运行的 {name}（{detail}）。{headless}</source>
        <translation>Cannot reach the system keyring: no {name} running on this session ({detail}). {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="93"/>
        <source>无法连接系统钥匙串：当前会话中没有运行的 {name}。{headless}</source>
        <translation>Cannot reach the system keyring: no {name} running on this session. {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="97"/>
        <source>系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）（{detail}）。{headless}</source>
        <translation>The system keyring, {name}, is locked and could not be unlocked (the unlock prompt was dismissed or could not be shown) ({detail}). {headless}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="101"/>
        <source>系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）。{headless}</source>
        <translation>The system keyring, {name}, is locked and could not be unlocked (the unlock prompt was dismissed or could not be shown). {headless}</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="28"/>
        <source>消息加密私钥</source>
        <translation>Message encryption private keys</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="31"/>
        <source>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</source>
        <translation>Each public key version has its private key. Keep every old private key: messages encrypted with an old public key can only be decrypted with its private key. You can also generate a new key pair here and paste the public key into the admin console (Management Tools → Chat Archive → Message encryption public key).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="51"/>
        <source>添加此私钥</source>
        <translation>Add this private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="54"/>
        <source>从文件载入…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="56"/>
        <source>生成新的密钥对</source>
        <translation>Generate a new key pair</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="59"/>
        <source>复制公钥</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="64"/>
        <source>公钥版本号</source>
        <translation>Public key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="76"/>
        <source>已添加的私钥</source>
        <translation>Private keys added</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81"/>
        <source>选择私钥文件</source>
        <translation>Choose a private key file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81"/>
        <source>私钥 (*.pem *.key *.txt);;所有文件 (*)</source>
        <translation>Private keys (*.pem *.key *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="113"/>
        <source>已添加版本 {version} 的私钥（RSA-{bits}）。</source>
        <translation>Added the private key of version {version} (RSA-{bits}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="118"/>
        <source>版本 {version}：RSA-{bits}，指纹 {fingerprint}</source>
        <translation>Version {version}: RSA-{bits}, fingerprint {fingerprint}</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="58"/>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="59"/>
        <source>开始测试</source>
        <translation>Start test</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="62"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="67"/>
        <source>按企业微信的方式向回调 URL 发送验证请求（GET）和一条加密事件（POST），检查响应。</source>
        <translation>Sends the callback URL a verification request (GET) and an encrypted event (POST) the way WeCom does, and checks the answers.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>耗时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="84"/>
        <source>选择一个步骤查看详情</source>
        <translation>Select a step to see its details</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="86"/>
        <source>回调 URL</source>
        <translation>Callback URL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="93"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="112"/>
        <source>检查配置</source>
        <translation>Check configuration</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="113"/>
        <source>验证 URL（GET）</source>
        <translation>Verify URL (GET)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="114"/>
        <source>推送事件（POST）</source>
        <translation>Push event (POST)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="126"/>
        <source>请填写回调 URL。</source>
        <translation>Enter the callback URL.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="149"/>
        <source>正在测试…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="158"/>
        <source>正在停止…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="191"/>
        <source>测试已停止。</source>
        <translation>Test stopped.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="193"/>
        <source>✓ 全部通过：回调服务器工作正常。</source>
        <translation>✓ All passed: the callback server works.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="195"/>
        <source>✗ 有步骤未通过，选择它查看原因。</source>
        <translation>✗ A step failed; select it to see why.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="199"/>
        <source>测试出错：{error}</source>
        <translation>The test failed: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="61"/>
        <source>企业微信会话存档</source>
        <translation>WeCom Chat Archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="62"/>
        <source> — 演示档案</source>
        <translation> — Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="80"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="120"/>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="124"/>
        <source>重新解密无法解密的记录并同步(&amp;D)</source>
        <translation>&amp;Decrypt Undecryptable Records Again and Sync</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="128"/>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="129"/>
        <source>导入 JSONL(&amp;I)…</source>
        <translation>&amp;Import JSONL…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="133"/>
        <source>搜索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="136"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="138"/>
        <source>设置(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="140"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="141"/>
        <source>关于(&amp;A)…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="142"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="153"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="156"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="169"/>
        <source>外观(&amp;A)</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="180"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="181"/>
        <source>回调检查(&amp;C)…</source>
        <translation>&amp;Callback checker…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="184"/>
        <source>完整性报告(&amp;R)…</source>
        <translation>Completeness &amp;report…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="188"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="190"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="295"/>
        <source>{n} 条消息</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="296"/>
        <source>{n} 个会话</source>
        <translation>{n} conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="297"/>
        <source>档案 {size}</source>
        <translation>Archive {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="300"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="300"/>
        <source>演示档案</source>
        <translation>Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="306"/>
        <source>成功</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="307"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="308"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="309"/>
        <source>未完成</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="311"/>
        <source>上次同步 {when}（{outcome}）</source>
        <translation>Last sync {when} ({outcome})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="360"/>
        <source>重新解密</source>
        <translation>Decrypt again</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="361"/>
        <source>新保存的私钥对应 {n} 条此前无法解密的记录。现在重新解密它们并同步？</source>
        <translation>The keys just saved belong to {n} records that could not be decrypted before. Decrypt them again now, and sync?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="400"/>
        <source>导入已解密的消息（每行一个 JSON 对象）</source>
        <translation>Import decrypted messages (one JSON object per line)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="402"/>
        <source>JSON 行文件 (*.jsonl *.json *.txt *.log);;所有文件 (*)</source>
        <translation>JSON Lines files (*.jsonl *.json *.txt *.log);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="409"/>
        <source>正在读取系统钥匙串…</source>
        <translation>Reading the system keyring…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="411"/>
        <source>无法读取凭据</source>
        <translation>Couldn&apos;t read credentials</translation>
    </message>
</context>
<context>
    <name>MediaDownload</name>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="127"/>
        <source>已跳过：设置中未开启「{kind}」类型的下载。</source>
        <translation>Skipped: downloading {kind} files is switched off.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="133"/>
        <source>已跳过：文件大于设置的上限 {limit}。</source>
        <translation>Skipped: the file is larger than the maximum size, {limit}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="140"/>
        <source>文件校验失败：下载内容的 MD5（{actual}）与消息中的 md5sum（{expected}）不一致，已删除，稍后重试。</source>
        <translation>Verification failed: the MD5 of the downloaded bytes ({actual}) differs from the message&apos;s md5sum ({expected}); the file was deleted and will be retried.</translation>
    </message>
</context>
<context>
    <name>MediaStorageError</name>
    <message>
        <location filename="../../wecom_desktop/sync/media_files.py" line="42"/>
        <source>无法写入媒体文件夹 {folder}：{reason}（剩余空间 {free}）。请释放磁盘空间或更换数据目录后重新同步；已下载的部分会保留，下次从断点继续。</source>
        <translation>Cannot write to the media folder {folder}: {reason} ({free} free). Free some space or move the data folder, then sync again; what was fetched is kept and resumes.</translation>
    </message>
</context>
<context>
    <name>MessageIcon</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="127"/>
        <source>音</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="143"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="387"/>
        <source>视</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="157"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="171"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="374"/>
        <source>文</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="192"/>
        <source>录</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="206"/>
        <source>链</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="222"/>
        <source>位</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="234"/>
        <source>名</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="248"/>
        <source>程</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="260"/>
        <source>办</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="277"/>
        <source>投</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="290"/>
        <source>表</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="311"/>
        <source>红</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="328"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="335"/>
        <source>会</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="347"/>
        <source>档</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="405"/>
        <source>话</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="417"/>
        <source>盘</source>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/blocks.py" line="114"/>
        <source>{m}分{s}秒</source>
        <translation>{m}m {s}s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/blocks.py" line="115"/>
        <source>{s}秒</source>
        <translation>{s}s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="68"/>
        <source>{caption} · 未下载</source>
        <translation>{caption} · Not downloaded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="109"/>
        <source>图片（未下载）</source>
        <translation>Image (not downloaded)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="116"/>
        <source>表情（未下载）</source>
        <translation>Sticker (not downloaded)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="123"/>
        <source>语音 {duration}</source>
        <translation>Voice {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="131"/>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="139"/>
        <source>视频 {duration}</source>
        <translation>Video {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="147"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="155"/>
        <source>未命名文件</source>
        <translation>Untitled file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="161"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="175"/>
        <source>音频共享文档</source>
        <translation>Shared document (voice call)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="184"/>
        <source>共享文档：{name}</source>
        <translation>Shared document: {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="189"/>
        <source>屏幕共享 {n} 次</source>
        <translation>Screen shared {n} times</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="194"/>
        <source>音频存档</source>
        <translation>Audio archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="196"/>
        <source>通话录音</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="210"/>
        <source>链接</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="226"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="238"/>
        <source>个人名片</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="245"/>
        <source>小程序 · {name}</source>
        <translation>Mini program · {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="252"/>
        <source>小程序</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="264"/>
        <source>待办</source>
        <translation>To-do</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="272"/>
        <source>参与投票</source>
        <translation>Voted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="274"/>
        <source>发起投票</source>
        <translation>Poll created</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="294"/>
        <source>填表</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="302"/>
        <source>互通红包</source>
        <translation>Cross-org red packet</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="304"/>
        <source>红包</source>
        <translation>Red packet</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="308"/>
        <source>共 {n} 个</source>
        <translation>{n} in total</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="324"/>
        <source>会议回复</source>
        <translation>Meeting reply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="326"/>
        <source>会议邀请</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="339"/>
        <source>会议控制</source>
        <translation>Meeting control</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="351"/>
        <source>在线文档</source>
        <translation>Online document</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="359"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="361"/>
        <source>参与人：{names}</source>
        <translation>Attendees: {names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="366"/>
        <source>日程</source>
        <translation>Calendar event</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="378"/>
        <source>图文</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="391"/>
        <source>视频号</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="400"/>
        <source>通话时长 {duration}</source>
        <translation>Call duration {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="402"/>
        <source>未接通</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="409"/>
        <source>音视频通话</source>
        <translation>Voice/video call</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="421"/>
        <source>微盘文件</source>
        <translation>WeDrive file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="441"/>
        <source>聊天记录</source>
        <translation>Chat history</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="76"/>
        <source>已撤回</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="82"/>
        <source>撤回于 {time}</source>
        <translation>Recalled at {time}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="87"/>
        <source>{name} 撤回了一条消息</source>
        <translation>{name} recalled a message</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="89"/>
        <source>{name} 同意会话存档</source>
        <translation>{name} agreed to chat archiving</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="91"/>
        <source>{name} 拒绝会话存档</source>
        <translation>{name} declined chat archiving</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="93"/>
        <source>{name} 切换企业</source>
        <translation>{name} switched organizations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="106"/>
        <source>无法解密的消息：{reason}</source>
        <translation>Undecryptable message: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="123"/>
        <source>无法完整显示：{reason}</source>
        <translation>Can&apos;t be shown in full: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageProblem</name>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="57"/>
        <source>{where}：未知的条目类型“{type}”</source>
        <translation>{where}: unknown item type &apos;{type}&apos;</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="61"/>
        <source>{where}：内容不是 JSON（{error}）</source>
        <translation>{where}: content is not JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="64"/>
        <source>{where}：内容嵌套过深</source>
        <translation>{where}: content is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="68"/>
        <source>{where}：内容不是 JSON 对象</source>
        <translation>{where}: content is not a JSON object</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="70"/>
        <source>{where}：{problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="72"/>
        <source>未知的消息类型“{type}”</source>
        <translation>unknown msgtype &apos;{type}&apos;</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="74"/>
        <source>缺少消息类型（msgtype）</source>
        <translation>missing msgtype</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="76"/>
        <source>缺少消息内容对象 {keys}</source>
        <translation>missing body object {keys}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="79"/>
        <source>{key}：应为文本，实际是{kind}</source>
        <translation>{key}: expected text, got {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="83"/>
        <source>{key}：应为整数，实际是{value}</source>
        <translation>{key}: expected a whole number, got {value}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="87"/>
        <source>{key}：应为数字，实际是{value}</source>
        <translation>{key}: expected a number, got {value}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="90"/>
        <source>{key}：{value} 超出范围</source>
        <translation>{key}: {value} is out of range</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="94"/>
        <source>{key}：应为对象，实际是{kind}</source>
        <translation>{key}: expected an object, got {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="97"/>
        <source>{key}：应为列表，实际是{kind}</source>
        <translation>{key}: expected a list, got {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="100"/>
        <source>{key}：应为对象的列表</source>
        <translation>{key}: expected a list of objects</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="104"/>
        <source>{key}：列表中有无法读取的项（{error}）</source>
        <translation>{key}: unreadable list item ({error})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="127"/>
        <source>文本</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="128"/>
        <source>整数</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="129"/>
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="130"/>
        <source>布尔值</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="131"/>
        <source>列表</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="132"/>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="133"/>
        <source>空值（null）</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="165"/>
        <source>“{key}”</source>
        <translation>&apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="168"/>
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="176"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="189"/>
        <source>{bits} 位的整数</source>
        <translation>a {bits}-bit integer</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="131"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="132"/>
        <source>[不支持的消息: {type}]</source>
        <translation>[Unsupported message: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="154"/>
        <source>[切换企业] {user}</source>
        <translation>[Switched company] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="169"/>
        <source>[无法解密] {error}</source>
        <translation>[Cannot decrypt] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="103"/>
        <source>{m}分{s}秒</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="104"/>
        <source>{s}秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="36"/>
        <location filename="../../wecom_desktop/core/parse.py" line="155"/>
        <source>[图片]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="60"/>
        <source>[语音]</source>
        <translation>[Voice]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="86"/>
        <source>[视频]</source>
        <translation>[Video]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="118"/>
        <source>[表情]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="149"/>
        <source>[文件]</source>
        <translation>[File]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="199"/>
        <source>[音频存档]</source>
        <translation>[Call recording]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="230"/>
        <source>[音频共享文档]</source>
        <translation>[Document shared in call]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="125"/>
        <source>[聊天记录]</source>
        <translation>[Chat history]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="126"/>
        <source>{n}条</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="169"/>
        <source>[图文混排]</source>
        <translation>[Mixed content]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="48"/>
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="67"/>
        <source>[撤回了一条消息]</source>
        <translation>[Recalled a message]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="81"/>
        <source>[同意会话存档]</source>
        <translation>[Agreed to chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="95"/>
        <source>[不同意会话存档]</source>
        <translation>[Declined chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="109"/>
        <source>[名片]</source>
        <translation>[Contact card]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="135"/>
        <source>[位置]</source>
        <translation>[Location]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="159"/>
        <source>[链接]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="184"/>
        <source>[小程序]</source>
        <translation>[Mini program]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="203"/>
        <source>[待办]</source>
        <translation>[To-do]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="229"/>
        <source>[投票]</source>
        <translation>[Vote]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="267"/>
        <source>[填表]</source>
        <translation>[Form]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="298"/>
        <source>[红包]</source>
        <translation>[Red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="312"/>
        <source>[互通红包]</source>
        <translation>[Cross-company red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="342"/>
        <source>[会议]</source>
        <translation>[Meeting]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="362"/>
        <source>[会议控制]</source>
        <translation>[Meeting control]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="380"/>
        <source>[在线文档]</source>
        <translation>[Online document]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="410"/>
        <source>[图文]</source>
        <translation>[Article]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="440"/>
        <source>[日程]</source>
        <translation>[Calendar event]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="459"/>
        <source>[视频号]</source>
        <translation>[Channels post]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="477"/>
        <source>[音视频通话]</source>
        <translation>[Voice/video call]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="492"/>
        <source>[微盘文件]</source>
        <translation>[WeDrive file]</translation>
    </message>
</context>
<context>
    <name>MessageTypes</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="12"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="13"/>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="14"/>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="15"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="16"/>
        <source>表情</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="17"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="18"/>
        <source>链接</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="19"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="20"/>
        <source>名片</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="21"/>
        <source>小程序</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="22"/>
        <source>会话记录</source>
        <translation>Chat history</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="23"/>
        <source>图文混合</source>
        <translation>Mixed text and images</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="24"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="25"/>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="26"/>
        <source>待办</source>
        <translation>To-do</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="27"/>
        <source>投票</source>
        <translation>Poll</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="28"/>
        <source>填表</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="29"/>
        <source>日程</source>
        <translation>Calendar event</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="30"/>
        <source>红包</source>
        <translation>Red packet</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="31"/>
        <source>视频号</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="32"/>
        <source>音视频通话</source>
        <translation>Voice/video call</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="260"/>
        <source>无法显示图片</source>
        <translation>Can&apos;t display image</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="298"/>
        <source>收起</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="300"/>
        <source>展开全部 {n} 条</source>
        <translation>Show all {n}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="306"/>
        <source>聊天记录</source>
        <translation>Chat history</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="285"/>
        <source>无法读取消息：{reason}</source>
        <translation>Couldn&apos;t load messages: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="287"/>
        <source>选择一个会话以查看消息</source>
        <translation>Select a conversation to view its messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="289"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="289"/>
        <source>这个会话没有消息</source>
        <translation>This conversation has no messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="315"/>
        <source>复制文本</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="318"/>
        <source>复制消息 ID</source>
        <translation>Copy message ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="321"/>
        <source>查看原始 JSON</source>
        <translation>View raw JSON</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="325"/>
        <source>在搜索结果中显示</source>
        <translation>Show in search results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="331"/>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="397"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="332"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="337"/>
        <source>打开文件 {name}</source>
        <translation>Open file {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="338"/>
        <source>另存为… {name}</source>
        <translation>Save as… {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="384"/>
        <source>无法保存文件 {path}：{reason}</source>
        <translation>Couldn&apos;t save file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="392"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="399"/>
        <source>这个文件的类型（{extension}）打开时会运行程序。它来自聊天记录，可能不安全。
如只需留存或查看，请使用“另存为…”。仍要打开吗？</source>
        <translation>Files of this type ({extension}) run a program when opened. This one comes from a chat and may be unsafe.
To keep or inspect it, use “Save as…”. Open it anyway?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="408"/>
        <source>消息</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MissingKeyError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="171"/>
        <source>没有版本 {version} 的私钥（publickey_ver = {version}）：请在设置中添加该版本的私钥；无界面同步时，把它保存为 WECOM_PRIVATE_KEYS 文件夹中的 private_key_v{version}.pem。</source>
        <translation>No private key for publickey_ver {version}: add it in settings; for headless sync, save it as private_key_v{version}.pem in the WECOM_PRIVATE_KEYS folder.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="44"/>
        <source>没有填写私钥：请粘贴私钥文件的全部内容（通常以 -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY----- 开头）。</source>
        <translation>No private key given: paste the whole private key file (it usually starts with -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY-----).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="49"/>
        <source>这段内容不是私钥：其中没有找到 RSA 私钥。请粘贴私钥文件的全部内容，包括 -----BEGIN … PRIVATE KEY----- 和 -----END … PRIVATE KEY----- 两行。</source>
        <translation>This is not a private key: no RSA private key was found in it. Paste the whole private key file, including the -----BEGIN … PRIVATE KEY----- and -----END … PRIVATE KEY----- lines.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="54"/>
        <source>这是证书（或证书请求），不是私钥。这里需要的是与管理后台中「消息加密公钥」配对的 RSA 私钥。</source>
        <translation>This is a certificate (or a certificate request), not a private key. Paste the RSA private key that pairs with the message encryption public key (消息加密公钥) in the admin console.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="58"/>
        <source>这是 OpenSSH 格式的私钥（BEGIN OPENSSH PRIVATE KEY），暂不支持。请先复制一份私钥文件，再用 ssh-keygen -p -m PEM -f 私钥副本 把副本原地转换为 PEM 格式（会询问口令，可直接回车），然后粘贴转换后的内容。openssl 不能读取这种格式。</source>
        <translation>This is an OpenSSH-format private key (BEGIN OPENSSH PRIVATE KEY), which is not supported. Copy the key file, convert the copy in place with ssh-keygen -p -m PEM -f key_copy (it asks for passphrases; Enter keeps none), then paste the result. openssl cannot read this format.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="64"/>
        <source>这是 PuTTY 格式的私钥（.ppk），暂不支持。请在 PuTTYgen 中载入它，选择 Conversions → Export OpenSSH key 导出（或运行 puttygen 私钥.ppk -O private-openssh -o 私钥.pem），再粘贴导出的内容。</source>
        <translation>This is a PuTTY private key (.ppk), which is not supported. Load it in PuTTYgen and use Conversions → Export OpenSSH key (or run puttygen key.ppk -O private-openssh -o key.pem), then paste the exported text.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="69"/>
        <source>这是公钥，不是私钥。管理后台（管理工具 → 会话内容存档 → 消息加密公钥）里填写的是公钥；这里需要与之配对的私钥，它只保存在您自己手中，通常以 -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY----- 开头。</source>
        <translation>This is a public key, not the private key. The admin console (管理工具 → 会话内容存档 → 消息加密公钥) holds the public key; here you need the matching private key, which stays with you and usually starts with -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY-----.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="75"/>
        <source>这不是 RSA 私钥（类型：{detail}）。企业微信会话内容存档只使用 RSA 密钥（2048 位）。</source>
        <translation>This is not an RSA private key (type: {detail}). WeCom&apos;s chat archive only uses RSA keys (2048-bit).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="79"/>
        <source>这个 RSA 私钥只有 {bits} 位，太短了：企业微信要求 2048 位的密钥。请生成新的 2048 位密钥对，并在管理后台更新消息加密公钥。</source>
        <translation>This RSA key has only {bits} bits, too few: WeCom asks for a 2048-bit key. Generate a new 2048-bit key pair and update the message encryption public key in the admin console.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="84"/>
        <source>私钥看起来不完整（被截断了）：内容比私钥应有的长度短，复制时可能漏掉了一部分。请打开私钥文件重新完整复制，从 -----BEGIN 那一行一直到 -----END 那一行。</source>
        <translation>The private key looks truncated (incomplete): the text ends before the key does, so part of it was probably lost while copying. Open the key file and copy it again in full, from the -----BEGIN line to the -----END line.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="89"/>
        <source>私钥内容已损坏：有字符被改动、多出或缺失，无法可靠还原。请从原始私钥文件重新复制，不要经过会改动文字的聊天软件或文档工具。</source>
        <translation>The private key is damaged: characters were changed, added or lost, so it cannot be restored reliably. Copy it again from the original key file, not through a chat or document tool that alters text.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="94"/>
        <source>粘贴的内容里有不止一个私钥，无法确定要用哪一个。请只粘贴一个私钥；每个 publickey_ver 版本分别添加。</source>
        <translation>The text holds more than one private key, so it is unclear which one to use. Paste one key only; add each publickey_ver version separately.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="98"/>
        <source>这个私钥设有口令（密码）保护：请同时填写私钥口令。</source>
        <translation>This private key is protected by a passphrase: enter the passphrase too.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="101"/>
        <source>私钥口令不正确，无法解开私钥。请核对口令（注意大小写和输入法）。如果确定口令无误，可能是加密方式不受支持：可先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令，再粘贴新文件的内容。</source>
        <translation>Wrong passphrase: the private key could not be decrypted. Check it (case, keyboard layout). If you are sure it is right, the encryption may be unsupported: remove it with openssl pkey -in old_key_file -out new_key.pem and paste the new file.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="106"/>
        <source>私钥所用的加密方式（{detail}）不受支持。请先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令（之后可再用 openssl pkcs8 -topk8 -v2 aes-256-cbc 重新加密），再粘贴新文件的内容。</source>
        <translation>The private key is encrypted with an unsupported cipher ({detail}). Remove the passphrase with openssl pkey -in old_key_file -out new_key.pem (re-encrypt later with openssl pkcs8 -topk8 -v2 aes-256-cbc if you like), then paste the new file.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="111"/>
        <source>无法读取这个文件（{detail}）。</source>
        <translation>This file cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="112"/>
        <source>文件名无法识别：私钥文件须命名为 private_key_v&lt;版本号&gt;.pem，版本号为不小于 1 的整数（即 publickey_ver），每个版本只能有一个文件。</source>
        <translation>File name not understood: name key files private_key_v&lt;N&gt;.pem, N being the publickey_ver (an integer, 1 or more), one file per version.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_parse.py" line="34"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>RawJsonDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="65"/>
        <source>原始 JSON — {msgid}</source>
        <translation>Raw JSON — {msgid}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="73"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="75"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="95"/>
        <source>这条记录没有解密后的 JSON（无法解密）。</source>
        <translation>This record has no decrypted JSON (it couldn&apos;t be decrypted).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="103"/>
        <source>无法读取原始 JSON：{reason}</source>
        <translation>Couldn&apos;t read raw JSON: {reason}</translation>
    </message>
</context>
<context>
    <name>RejectedRecord</name>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="48"/>
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>not valid JSON: {error} (column {column})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="38"/>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="208"/>
        <source>JSON 嵌套过深</source>
        <translation>JSON nested too deeply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="41"/>
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>not a JSON object but {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="72"/>
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>no msgid, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="75"/>
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid is {kind}, not text, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="64"/>
        <source>不是有效的 UTF-8 文本（第 {offset} 字节），文件可能是 GBK/GB18030 等旧编码，请先转换为 UTF-8</source>
        <translation>not valid UTF-8 (byte {offset}): the file may be in GBK/GB18030 or another legacy encoding; convert it to UTF-8</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="100"/>
        <source>不是有效的 UTF-16 文本（该行第 {offset} 字节）</source>
        <translation>not valid UTF-16 (byte {offset} of the line)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="304"/>
        <source>档案数据库拒绝保存：{reason}</source>
        <translation>the archive database refused to store it: {reason}</translation>
    </message>
</context>
<context>
    <name>SdkError</name>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="55"/>
        <source>SDK 返回的数据无法解析（{detail}），本页将重试。</source>
        <translation>The SDK returned data that cannot be parsed ({detail}); the page will be retried.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="85"/>
        <source>缺少 {name}</source>
        <translation>no {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="87"/>
        <source>{name} 的值 {shown} 无效</source>
        <translation>{name} is {shown}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="93"/>
        <source>{where}：{problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="103"/>
        <source>{where} 不是对象：{shown}</source>
        <translation>{where} is not an object: {shown}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="143"/>
        <source>不是 JSON 对象</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="163"/>
        <source>代理地址格式不正确：{proxy}。应为 socks5://主机:端口 或 http://主机:端口。</source>
        <translation>Malformed proxy address: {proxy}. Use socks5://host:port or http://host:port.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="175"/>
        <source>RSA 解密得到的密钥为空或无效。</source>
        <translation>The RSA-unwrapped key is empty or invalid.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="181"/>
        <source>消息密文（encrypt_chat_msg）格式不正确或被截断，未交给 SDK 解密。</source>
        <translation>The message ciphertext (encrypt_chat_msg) is malformed or truncated; it was not passed to the SDK.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="50"/>
        <source>请求参数错误：请检查企业 ID、会话存档 Secret，且每次拉取条数须在 1–1000 之间。</source>
        <translation>Bad request parameters: check the corp id and archive Secret; a pull takes 1–1000 records.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="56"/>
        <source>网络错误：无法连接企业微信服务器。请检查网络连接；如需代理，请在设置中填写代理地址和账号。</source>
        <translation>Network error: the WeCom servers could not be reached. Check the connection, or set a proxy.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="62"/>
        <source>SDK 解析数据失败，稍后会自动重试。</source>
        <translation>The SDK could not parse the data; it will be retried.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="64"/>
        <source>企业微信 SDK 系统错误，稍后会自动重试。</source>
        <translation>WeCom SDK system failure; it will be retried.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="68"/>
        <source>密钥错误导致加密失败：请确认填写的是本企业「会话内容存档」的 Secret。</source>
        <translation>Key error: make sure the Secret is this company&apos;s chat-archive (会话内容存档) Secret.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="74"/>
        <source>媒体文件 ID（sdkfileid）错误：文件 ID 不完整或已被改动。</source>
        <translation>Bad media file id (sdkfileid): it is incomplete or was altered.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="78"/>
        <source>解密失败：私钥与该消息的加密版本不匹配，或消息密文已损坏。</source>
        <translation>Decryption failed: the private key does not match this message&apos;s key version, or the data is corrupt.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="82"/>
        <source>找不到该消息加密版本的私钥：请在设置中添加对应版本的私钥。</source>
        <translation>No private key for this message&apos;s encryption version: add that version&apos;s key in settings.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="86"/>
        <source>解析 encrypt_key 出错：RSA 解密结果不正确（私钥不匹配）。</source>
        <translation>Could not parse encrypt_key: the RSA-decrypted key is wrong (mismatched private key).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="90"/>
        <source>IP 非法：本机的公网出口 IP 不在会话存档的可信 IP 列表中。请在管理后台「会话内容存档」中添加该 IP，或使用出口 IP 已在列表中的代理。</source>
        <translation>IP not allowed: this machine&apos;s public egress IP is not in the archive&apos;s trusted IP list. Add it in the admin console (会话内容存档), or use a proxy whose egress IP is listed.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="97"/>
        <source>数据已过期：该消息或媒体文件已超出企业微信的保存期限，无法再拉取。</source>
        <translation>Data expired: this message or media file is past WeCom&apos;s retention period and can no longer be fetched.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="101"/>
        <source>证书错误：请检查系统时间是否正确，以及代理是否篡改了 HTTPS 证书。</source>
        <translation>Certificate error: check the system clock, and whether a proxy intercepts HTTPS.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="109"/>
        <source>媒体文件数据解析失败，稍后会自动重试；若同一文件反复失败，说明 sdkfileid 有误。</source>
        <translation>The SDK could not parse the media data; it will be retried. If one file keeps failing its sdkfileid is bad.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="120"/>
        <source>企业微信服务器繁忙，稍后会自动重试（最多 3 次）。</source>
        <translation>The WeCom server is busy; it will be retried (at most 3 times).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="126"/>
        <source>Secret 无效：请重新填写「会话内容存档」的 Secret（是否已被重置？）。</source>
        <translation>Invalid Secret: enter the chat-archive Secret again (was it reset?).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="129"/>
        <source>企业 ID（corpid）无效：请在管理后台「我的企业」中核对。</source>
        <translation>Invalid corp id: check it in the admin console (我的企业).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="131"/>
        <source>Secret 无效：它可能属于另一个企业。</source>
        <translation>Invalid Secret: it may belong to another company.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="134"/>
        <source>access_token 无效：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation>Invalid access_token: the SDK fetches a new access_token; the call is retried once.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="140"/>
        <source>外部联系人 ID（external_userid）无效：请使用本企业主体下的 ID。</source>
        <translation>Invalid external contact id (external_userid): use ids of this company&apos;s own subject.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="144"/>
        <source>缺少 access_token：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation>The access_token is missing: the SDK fetches a new access_token; the call is retried once.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="148"/>
        <source>缺少 Secret。</source>
        <translation>The Secret is missing.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="151"/>
        <source>access_token 已过期：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation>The access_token has expired: the SDK fetches a new access_token; the call is retried once.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="157"/>
        <source>调用过于频繁，已超出接口频率限制，稍后会自动重试。</source>
        <translation>Calls too frequent: the API rate limit was exceeded; it will be retried later.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="161"/>
        <source>并发调用过多，请减少同时进行的拉取。</source>
        <translation>Too many concurrent calls; reduce parallel pulls.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="165"/>
        <source>接口无权限：使用了应用自己的 Secret，而这里需要「会话内容存档」的 Secret。</source>
        <translation>API not permitted: an app&apos;s own Secret was used where the chat-archive (会话内容存档) Secret is required.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="170"/>
        <source>无权限操作该成员或部门：该成员不在应用的可见范围内。</source>
        <translation>No privilege for this member or department: the member is outside the app&apos;s visible range.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="174"/>
        <source>来源 IP 不受信任：请在应用的「企业可信IP」中添加本机公网出口 IP（约 1 分钟后生效）。</source>
        <translation>Untrusted source IP: add this machine&apos;s public egress IP to the app&apos;s trusted IPs (企业可信IP); it takes about a minute to apply.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="180"/>
        <source>成员与该客户不存在外部联系人关系（成员可能已删除该客户），客户名称需从其他来源获取。</source>
        <translation>No external-contact relationship between the member and this customer (the member may have deleted the customer); take the name from another source.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="186"/>
        <source>IP 不在会话存档的可信 IP 范围内：请在管理后台添加本机公网出口 IP。</source>
        <translation>The request IP is outside the archive&apos;s trusted IP range: add this machine&apos;s public egress IP.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="188"/>
        <source>媒体文件不存在或已过期。</source>
        <translation>The media file does not exist or has expired.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="189"/>
        <source>会话内容存档服务已过期，请续费。</source>
        <translation>The chat archive service has expired; renew it.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="191"/>
        <source>会话内容存档未开启，请在管理后台开启并完成配置。</source>
        <translation>The chat archive is not enabled: enable and configure it in the admin console.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="195"/>
        <source>拉取的数据超出大小限制：即使每次只拉取 1 条也超限。</source>
        <translation>The pulled data exceeds the size limit, even at one record per pull.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="199"/>
        <source>该群不是内部群，没有数据：客户群请用 externalcontact/groupchat/get 获取。</source>
        <translation>Not an internal group, no data: get a customer group with externalcontact/groupchat/get.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="204"/>
        <source>查询同意情况的请求过大：每次最多 100 项。</source>
        <translation>The consent-status request is too large: at most 100 items per request.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="207"/>
        <source>userid 或外部联系人 ID 不存在（可跳过这一对）。</source>
        <translation>The userid or external contact id does not exist (that pair can be skipped).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="212"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="245"/>
        <source>{call} 返回未知错误码 {code}。</source>
        <translation>{call} returned unknown code {code}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="256"/>
        <source>企业微信服务器返回错误 {errcode}（errmsg: {errmsg}）。</source>
        <translation>The WeCom server returned error {errcode} ({errmsg}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="262"/>
        <source>企业微信服务器返回错误 {errcode}。</source>
        <translation>The WeCom server returned error {errcode}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="268"/>
        <source>{message}（errmsg: {errmsg}）</source>
        <translation>{message} ({errmsg})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="103"/>
        <source>软件源 {index} 上没有 {wheel}。</source>
        <translation>{wheel} is not on the index {index}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="114"/>
        <source>下载官方 SDK 失败：{error}。请检查网络，或用 --index-url 指定 PyPI 镜像。</source>
        <translation>Downloading the official SDK failed: {error}. Check the network or pass --index-url.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="129"/>
        <source>下载的 {wheel} 校验失败（SHA-256 {digest}），已拒绝。</source>
        <translation>The downloaded {wheel} failed verification (SHA-256 {digest}); rejected.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="141"/>
        <source>{member} 校验失败，已拒绝。</source>
        <translation>{member} failed verification; rejected.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="78"/>
        <source>找不到 {where} 指定的 SDK 库文件：{path}</source>
        <translation>The SDK library named by {where} does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="87"/>
        <source>{path} 不是可加载的共享库文件。</source>
        <translation>{path} is not a loadable shared library.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="92"/>
        <source>{path} 是 {arch} 架构的库，本机需要 {expected} 架构的 {name}。</source>
        <translation>{path} is built for {arch}; this machine needs {name} for {expected}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="105"/>
        <source>找不到企业微信会话存档 SDK（{name}）。已查找：{places}。请运行 `wecom-desktop sdk fetch` 下载官方库，或从企业微信管理后台下载后在设置中指定其路径。</source>
        <translation>The WeCom finance SDK ({name}) was not found. Looked in: {places}. Run `wecom-desktop sdk fetch` to download the official library, or download it from the WeCom admin console and set its path.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="99"/>
        <source>被信号 {name} 终止</source>
        <translation>killed by {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="100"/>
        <source>退出码 {exitcode}</source>
        <translation>exit code {exitcode}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="161"/>
        <source>SDK 调用 {method} 超过 {deadline} 秒未返回，已终止 SDK 进程（将自动重启）。请检查网络或代理。</source>
        <translation>The SDK call {method} did not return within {deadline} s; the SDK process was stopped (it restarts by itself). Check the network or proxy.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="189"/>
        <source>SDK 进程在执行 {method} 时意外终止（{reason}），可能是收到了格式错误的数据。已记录，SDK 进程会自动重启。</source>
        <translation>The SDK process died during {method} ({reason}), probably on malformed data. It restarts by itself.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../wecom_desktop/cli_search.py" line="116"/>
        <source>（已撤回）</source>
        <translation>(recalled)</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="39"/>
        <source>全部会话</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="46"/>
        <source>全部发送人（输入姓名或账号）</source>
        <translation>All senders (type a name or account)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="57"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="65"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="72"/>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="73"/>
        <source>清除全部筛选条件</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="84"/>
        <source>会话</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="85"/>
        <source>发送人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="86"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="220"/>
        <source>会话 {id}</source>
        <translation>Conversation {id}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="56"/>
        <source>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</source>
        <translation>Search messages (separate words with spaces; &quot;quotes&quot; for exact phrases)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="167"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="172"/>
        <source>正在加载更多…</source>
        <translation>Loading more…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="196"/>
        <source>搜索出错：{error}</source>
        <translation>Search error: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="206"/>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="208"/>
        <source>已加载 {n} 条，滚动加载更多</source>
        <translation>{n} loaded; scroll to load more</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="210"/>
        <source>{n} 条结果</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="213"/>
        <source>输入关键词或选择筛选条件开始搜索</source>
        <translation>Enter keywords or choose filters to start searching</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_result_delegate.py" line="94"/>
        <source>（已撤回）</source>
        <translation>(recalled)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_result_delegate.py" line="95"/>
        <source>（无会话）</source>
        <translation>(no conversation)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="47"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="53"/>
        <source>企业</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="57"/>
        <source>私钥版本</source>
        <translation>Private keys</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="58"/>
        <source>网络与 SDK</source>
        <translation>Network &amp; SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="59"/>
        <source>档案</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="78"/>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="86"/>
        <source>已保存（隐藏）；留空则不修改</source>
        <translation>Saved (hidden); leave blank to keep</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="89"/>
        <source>删除已保存的代理账号</source>
        <translation>Delete saved proxy credentials</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="94"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="96"/>
        <source>同步时下载图片、语音、视频和文件</source>
        <translation>Download images, voice, video and files while syncing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="101"/>
        <source>每次调用超时</source>
        <translation>Timeout per call</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="108"/>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="113"/>
        <source>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</source>
        <translation>The archive database is encrypted with SQLCipher; its key is stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="115"/>
        <source>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</source>
        <translation>The archive database is not encrypted. Once encrypted, it can&apos;t be opened without the key in this computer&apos;s keyring (media files are not encrypted).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="119"/>
        <source>加密档案数据库…</source>
        <translation>Encrypt archive database…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="123"/>
        <source>删除此档案配置…</source>
        <translation>Delete this archive profile…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="182"/>
        <source>正在保存到系统钥匙串…</source>
        <translation>Saving to the system keyring…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="202"/>
        <source>加密档案数据库</source>
        <translation>Encrypt archive database</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="204"/>
        <source>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</source>
        <translation>A database key will be generated and stored in the system keyring, and the archive will be rewritten as an encrypted file. After that, the archive can&apos;t be opened on a computer without that keyring. Continue?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="222"/>
        <source>删除此档案配置</source>
        <translation>Delete this archive profile</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="224"/>
        <source>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</source>
        <translation>This archive&apos;s corp ID, Secret, all private keys and proxy credentials will be deleted from the system keyring, and its settings cleared. Encrypted archives that are kept still keep their database key.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="230"/>
        <source>同时删除本机上的档案数据库、媒体和日志（不可恢复）</source>
        <translation>Also delete the archive database, media and logs on this computer (cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="245"/>
        <source>正在删除…</source>
        <translation>Deleting…</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="31"/>
        <source>请填写企业 ID。</source>
        <translation>Enter the corp id.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="33"/>
        <source>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</source>
        <translation>A corp id is 18 characters starting with ww (shown at the bottom of My Company → Company Info in the admin console).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="42"/>
        <source>请填写会话内容存档的 Secret。</source>
        <translation>Enter the chat archive Secret.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="44"/>
        <source>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</source>
        <translation>A Secret has only letters, digits, - and _ (see Management Tools → Chat Archive); check that it was copied completely.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="94"/>
        <source>设置会话存档</source>
        <translation>Set up the chat archive</translation>
    </message>
</context>
<context>
    <name>ShortTime</name>
    <message>
        <location filename="../../wecom_desktop/ui/time_labels.py" line="17"/>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/time_labels.py" line="24"/>
        <source>yyyy/M/d</source>
        <translation>MMM d, yyyy</translation>
    </message>
</context>
<context>
    <name>StoredValueDamaged</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="160"/>
        <source>企业 ID</source>
        <translation>corp ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="161"/>
        <source>会话内容存档 Secret</source>
        <translation>chat archive Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="162"/>
        <source>代理密码</source>
        <translation>proxy password</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="163"/>
        <source>档案数据库密钥</source>
        <translation>archive database key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="164"/>
        <source>私钥版本列表</source>
        <translation>list of private key versions</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="171"/>
        <source>版本 {version} 的私钥</source>
        <translation>private key of publickey_ver {version}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="177"/>
        <source>缺少第 {part} 段</source>
        <translation>part {part} is missing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="178"/>
        <source>各段拼接后与校验和不符</source>
        <translation>its parts do not match their checksum</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="179"/>
        <source>分段记录无法识别</source>
        <translation>its part header is not understood</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="180"/>
        <source>内容无法识别</source>
        <translation>its content is not understood</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="193"/>
        <source>系统钥匙串中保存的{label}已损坏（{why}），无法使用：请重新填写。</source>
        <translation>The {label} stored in the system keyring is damaged ({why}) and cannot be used: enter it again.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../wecom_desktop/cli_sync.py" line="88"/>
        <source>没有凭据：请在程序中完成设置，或设置环境变量 {corp_id}、{secret}、{keys}。</source>
        <translation>No credentials: set them up in the application, or set {corp_id}, {secret} and {keys}.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_sync.py" line="104"/>
        <source>{folder} 中没有私钥</source>
        <translation>no private keys in {folder}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="34"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="62"/>
        <source>正在连接企业微信…</source>
        <translation>Connecting to WeCom…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="72"/>
        <source>正在取消（当前批次写完后停止）…</source>
        <translation>Cancelling (stops after the current batch is written)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="88"/>
        <source>正在下载媒体 {done}/{total} · {size}</source>
        <translation>Downloading media {done}/{total} · {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="96"/>
        <source>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</source>
        <translation>{stored} stored · {bad} undecryptable · seq {seq} · {rate} msg/s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="109"/>
        <source>同步失败（已存 {n} 条）</source>
        <translation>Sync failed ({n} stored)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="111"/>
        <source>同步已取消（已存 {n} 条，下次从断点继续）</source>
        <translation>Sync cancelled ({n} stored; the next sync resumes from here)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="113"/>
        <source>同步完成：新增 {n} 条</source>
        <translation>Sync complete: {n} new</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="120"/>
        <source>同步中断：已保存的消息不受影响，下次从断点继续</source>
        <translation>Sync stopped: what was stored is kept, and the next sync continues from there</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="122"/>
        <source>同步未能开始</source>
        <translation>Sync couldn&apos;t start</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="145"/>
        <source>同步失败</source>
        <translation>Sync failed</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../wecom_desktop/sync/pipeline.py" line="45"/>
        <source>{delay} 秒后重试 {what}：{error}</source>
        <translation>Retrying {what} in {delay} s: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/pipeline.py" line="179"/>
        <source>数据超出大小限制，每次改为拉取 {limit} 条</source>
        <translation>Over the size limit: pulling {limit} records at a time</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_worker.py" line="37"/>
        <source>钥匙串中没有此档案完整的凭据（企业 ID、Secret 和至少一个私钥）。请在「设置」中填写。</source>
        <translation>The keyring doesn&apos;t hold complete credentials for this archive (corp ID, Secret and at least one private key). Please enter them in Settings.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="24"/>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="26"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="25"/>
        <source>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</source>
        <translation>Initialise the SDK with these settings and pull one message. A failure says why and what to do.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="44"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="59"/>
        <source>连接成功。</source>
        <translation>Connected. </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60"/>
        <source>已拉取到消息。</source>
        <translation>A message was pulled.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60"/>
        <source>暂时没有可拉取的消息。</source>
        <translation>There are no messages to pull yet.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="66"/>
        <source>连接失败{code}：</source>
        <translation>Connection failed{code}: </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="71"/>
        <source>连接测试出错：{error}</source>
        <translation>The connection test failed: {error}</translation>
    </message>
</context>
<context>
    <name>UnwrapError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="137"/>
        <source>encrypt_random_key 不是有效的 base64 文本，数据可能已损坏。</source>
        <translation>encrypt_random_key is not valid base64; the record may be damaged.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="140"/>
        <source>encrypt_random_key 的长度与{which}私钥不符：该消息是用另一把（长度不同的）公钥加密的。</source>
        <translation>encrypt_random_key does not fit the length of {which} private key: the record was encrypted with a different public key (of another size).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="144"/>
        <source>无法用{which}私钥解开 encrypt_random_key：私钥与加密该消息的公钥不匹配，或数据已损坏。请确认为每个 publickey_ver 版本填写了对应的私钥。</source>
        <translation>encrypt_random_key could not be unwrapped with {which} private key: the key does not match the public key that encrypted the record, or the data is damaged. Check that each publickey_ver has its own matching private key.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="150"/>
        <source>版本 {version} 的</source>
        <translation>the publickey_ver {version}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="151"/>
        <source>该</source>
        <translation>this</translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="41"/>
        <source>粘贴回调 URL、查询字符串或服务器日志中的一行</source>
        <translation>Paste a callback URL, a query string or a line from the server log</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="43"/>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="49"/>
        <source>或分别填写四个参数</source>
        <translation>Or enter the four parameters separately</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="70"/>
        <source>验证通过后，这里是服务器应原样返回的明文</source>
        <translation>Once verified: the plaintext the server must return as is</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="71"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="82"/>
        <source>应返回的明文</source>
        <translation>Plaintext to return</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="119"/>
        <source>已尝试的解读：</source>
        <translation>Readings tried:</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="127"/>
        <source>请粘贴回调 URL，或填写全部四个参数（缺少：{names}）。</source>
        <translation>Paste a callback URL, or fill in all four parameters (missing: {names}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="136"/>
        <source>✓ 验证通过：把下面的明文作为响应正文原样返回</source>
        <translation>✓ Verified: return the plaintext below as the response body, unchanged</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="142"/>
        <source>采用的解读：{how}</source>
        <translation>Reading that verified: {how}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="143"/>
        <source>消息携带的 ReceiveId：{id}</source>
        <translation>ReceiveId carried by the message: {id}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="143"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="146"/>
        <source>ReceiveId 未校验（选择了“不校验，只显示”）。</source>
        <translation>ReceiveId not checked (“Don&apos;t check, only show” is selected).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="150"/>
        <source>✗ 验证失败</source>
        <translation>✗ Verification failed</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="15"/>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="16"/>
        <source>文件超出了文件系统或系统允许的大小</source>
        <translation>the file is larger than the file system or system allows</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="17"/>
        <source>文件夹所在的磁盘是只读的</source>
        <translation>the folder is on a read-only file system</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="18"/>
        <source>没有写入权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="23"/>
        <source>超出了磁盘配额</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="24"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>WriteFailureNotPermitted</name>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="20"/>
        <source>没有写入权限</source>
        <translation>operation not permitted</translation>
    </message>
</context>
</TS>
