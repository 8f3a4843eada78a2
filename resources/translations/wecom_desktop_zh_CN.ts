<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="32"/>
        <source>关于 WeCom Archive Desktop</source>
        <translation>关于 WeCom Archive Desktop</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="34"/>
        <source>&lt;b&gt;WeCom Archive Desktop&lt;/b&gt; — 企业微信会话内容存档</source>
        <translation>&lt;b&gt;WeCom Archive Desktop&lt;/b&gt; — 企业微信会话内容存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="36"/>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="37"/>
        <source>SDK 库</source>
        <translation>SDK 库</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="38"/>
        <source>数据文件夹</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="39"/>
        <source>系统钥匙串</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="41"/>
        <source>打开数据文件夹</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="65"/>
        <source>没有可用的系统钥匙串，凭据无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="66"/>
        <source>已拒绝：不是系统钥匙串（可能以明文文件保存密码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="67"/>
        <source>无法连接系统钥匙串服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="68"/>
        <source>系统钥匙串已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="70"/>
        <source>{reason}（{backend}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="82"/>
        <source>腾讯官方库（{version}）</source>
        <translation>腾讯官方库（{version}）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="83"/>
        <source>模拟库（测试与演示用）</source>
        <translation>模拟库（测试与演示用）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="84"/>
        <source>未知版本</source>
        <translation>未知版本</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="50"/>
        <source>无法打开档案</source>
        <translation>无法打开档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="95"/>
        <source>正在加密档案数据库…</source>
        <translation>正在加密档案数据库…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="98"/>
        <source>加密失败</source>
        <translation>加密失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="116"/>
        <source>档案配置已删除</source>
        <translation>档案配置已删除</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="117"/>
        <source>此档案的凭据和设置已删除。程序将退出。</source>
        <translation>此档案的凭据和设置已删除。程序将退出。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="129"/>
        <source>无法使用系统钥匙串</source>
        <translation>无法使用系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="132"/>
        <source>仍可查看已有档案；同步需要钥匙串（或命令行的环境变量方式）。</source>
        <translation>仍可查看已有档案；同步需要钥匙串（或命令行的环境变量方式）。</translation>
    </message>
</context>
<context>
    <name>ArchiveError</name>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="95"/>
        <source>此档案由更新版本的程序写入（数据库版本 {revision}），请升级 WeCom Archive Desktop 后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="147"/>
        <source>数据库密钥不正确，无法解密档案 {path}（也可能是文件已损坏）。请确认系统钥匙串中保存的是此档案的数据库密钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="157"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="182"/>
        <source>档案 {path} 没有加密，不能用数据库密钥打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="198"/>
        <source>无法打开档案数据库 {path}：{reason}。文件可能已损坏或不是 WeCom Archive Desktop 的档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="221"/>
        <source>没有可加密的档案：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="39"/>
        <location filename="../../wecom_desktop/store/engine.py" line="223"/>
        <source>档案已经加密：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="50"/>
        <source>此档案配置已有数据库，不能再新建加密档案：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="66"/>
        <source>无法把数据库密钥保存到系统钥匙串，档案未加密。{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="81"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但当前无法使用系统钥匙串：{path}。请在能使用系统钥匙串的桌面会话中，以创建或加密此档案的用户身份打开它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="93"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但无法读取它：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/archive_access.py" line="103"/>
        <source>此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但本机的系统钥匙串中没有它的密钥：{path}。请在创建或加密此档案的电脑上、以同一用户账户打开它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="239"/>
        <source>加密档案失败，原档案未被改动：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="252"/>
        <source>档案正在被其他程序使用，请先关闭后再加密：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/engine.py" line="275"/>
        <source>加密后的副本与原档案不一致（{copied} / {messages} 条消息），原档案未被改动：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveStorageError</name>
    <message>
        <location filename="../../wecom_desktop/store/errors.py" line="29"/>
        <source>磁盘读写出错（磁盘可能已满、已拔出或已损坏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/store/errors.py" line="33"/>
        <source>档案数据库 {database} 读写失败：{reason}（剩余空间 {free}）。已保存的内容不受影响；请释放磁盘空间或检查磁盘后重试，同步会从上次保存的位置继续。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackCheckDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="20"/>
        <source>回调检查</source>
        <translation>回调检查</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="27"/>
        <source>验证 URL</source>
        <translation>验证 URL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="28"/>
        <source>解密 / 加密</source>
        <translation>解密 / 加密</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/callback_check_dialog.py" line="29"/>
        <source>在线测试</source>
        <translation>在线测试</translation>
    </message>
</context>
<context>
    <name>CallbackCli</name>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="273"/>
        <source>未核对：没有给出 --receive-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="275"/>
        <source>已核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="290"/>
        <source>读法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="318"/>
        <source>已尝试的读法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="403"/>
        <source>ReceiveId 不核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_callback.py" line="453"/>
        <source>不是回调错误码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackConfigGroup</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="39"/>
        <source>回调配置（与企业微信后台“接收消息”设置一致）</source>
        <translation>回调配置（与企业微信后台“接收消息”设置一致）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="42"/>
        <source>企业微信后台填写的 Token</source>
        <translation>企业微信后台填写的 Token</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="43"/>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="50"/>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="45"/>
        <source>生成一个随机的 32 位 Token</source>
        <translation>生成一个随机的 32 位 Token</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="49"/>
        <source>43 个字母或数字</source>
        <translation>43 个字母或数字</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="52"/>
        <source>生成一个随机的 EncodingAESKey</source>
        <translation>生成一个随机的 EncodingAESKey</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="62"/>
        <source>企业 ID（自建应用、会话存档）</source>
        <translation>企业 ID（自建应用、会话存档）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="63"/>
        <source>第三方应用 suiteid</source>
        <translation>第三方应用 suiteid</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="64"/>
        <source>空（智能机器人，个人主体的第三方应用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="65"/>
        <source>不校验，只显示</source>
        <translation>不校验，只显示</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="69"/>
        <source>解密时按此校验 ReceiveId；“不校验”时只显示消息携带的值，加密时仍使用左侧填写的值。</source>
        <translation>解密时按此校验 ReceiveId；“不校验”时只显示消息携带的值，加密时仍使用左侧填写的值。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="115"/>
        <source>请先填写 Token（或点“生成”）。</source>
        <translation>请先填写 Token（或点“生成”）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="133"/>
        <source>企业微信后台“随机获取”的 43 个字符</source>
        <translation>企业微信后台“随机获取”的 43 个字符</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="143"/>
        <source>✓ {n} 个字符，解码为 {size} 字节</source>
        <translation>✓ {n} 个字符，解码为 {size} 字节</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="153"/>
        <source>企业 ID，如 ww0123456789abcdef</source>
        <translation>企业 ID，如 ww0123456789abcdef</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="154"/>
        <source>第三方应用的 suiteid，如 tj0123456789abcdef</source>
        <translation>第三方应用的 suiteid，如 tj0123456789abcdef</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="155"/>
        <source>（空字符串）</source>
        <translation>（空字符串）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/config_group.py" line="156"/>
        <source>（不校验）</source>
        <translation>（不校验）</translation>
    </message>
</context>
<context>
    <name>CallbackDiagnosis</name>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="61"/>
        <source>{limit} 秒内连不上 {where}：企业微信会放弃并重试（检查防火墙和端口映射）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="70"/>
        <source>{limit} 秒内没有响应：企业微信会放弃并重试（耗时的处理应在返回 200 之后异步进行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="77"/>
        <source>代理出错：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="81"/>
        <source>域名解析失败：找不到 {host}（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="87"/>
        <source>连接被拒绝：{where} 上没有程序在监听（服务没有启动，或端口不对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="94"/>
        <source>TLS 证书不被信任：{reason}（企业微信要求由受信任机构签发、与域名一致的证书）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="102"/>
        <source>TLS 握手失败：{reason}（该端口是否真的提供 HTTPS？）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="107"/>
        <source>服务器没有返回有效的 HTTP 响应就断开了连接（{error}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="111"/>
        <source>网络错误：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="113"/>
        <source>网络错误：{kind}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="124"/>
        <source>HTTP {status} 重定向到 {location}：企业微信不跟随重定向，请直接填写最终的地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="136"/>
        <source>HTTP {status}：企业微信只接受 200，会当作失败并重试；服务器报告 {code}（{meaning}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="145"/>
        <source>HTTP {status}：企业微信只接受 200，会当作失败并重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="158"/>
        <source>开头有 UTF-8 BOM（EF BB BF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="166"/>
        <source>开头多了空白 {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="173"/>
        <source>末尾多了换行或空白 {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="181"/>
        <source>明文被加上了引号（被当作 JSON 字符串输出了，这是框架常见的错误）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="189"/>
        <source>返回的内容不完全是明文：{problems}。企业微信逐字节比较，只返回明文本身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="192"/>
        <source>{first}；{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="200"/>
        <source>响应体是空的：应返回解密 echostr 得到的明文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="204"/>
        <source>返回的是一个 HTML 页面而不是明文：请求多半没有到达回调处理程序（网站首页、登录页或错误页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="211"/>
        <source>原样返回了加密的 echostr：应先验证签名并解密，再返回其中的明文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="217"/>
        <source>响应中含有明文，但还有别的内容：只应返回明文本身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/diagnosis.py" line="220"/>
        <source>返回的内容不是明文：应为 {expected}，收到 {received}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="60"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：末尾多了 “=”，去掉它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="65"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：多半是复制时漏掉或多带了一个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="70"/>
        <source>EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="79"/>
        <source>第 {position} 个字符 {char} 不是字母或数字（企业微信的 EncodingAESKey 只含字母和数字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="98"/>
        <source>参数中有无法编码的字符（{reason}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="157"/>
        <source>密文解码后为 {size} 字节，不是 16 的正整数倍：密文被截断或改动了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="167"/>
        <source>填充不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="170"/>
        <source>内容太短，没有长度字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="175"/>
        <source>长度字段为 {length}，而内容只有 {available} 字节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="184"/>
        <source>明文不是 UTF-8 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="197"/>
        <source>内容中有无法编码为 UTF-8 的字符（{reason}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="222"/>
        <source>{name} 含有不能放进 XML 的字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="253"/>
        <source>由 Token、timestamp、nonce 和 {field} 算出的签名是 {expected}，请求中的 msg_signature 是 {given}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="270"/>
        <source>消息携带的 ReceiveId 是 {carried}（{kind}），而填写的是 {expected}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="293"/>
        <source>请求体是空的：没有收到要解密的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="298"/>
        <source>请求体既不是 XML（以 “&lt;” 开头）也不是 JSON（以 “{{” 开头）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="335"/>
        <source>XML 含有 DTD 或实体声明（{kind}），为防止实体膨胀和外部实体攻击已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="344"/>
        <source>XML 格式不正确（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="354"/>
        <source>XML 中没有 &lt;Encrypt&gt; 元素或其为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="365"/>
        <source>JSON 格式不正确（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="373"/>
        <source>JSON 中没有 “encrypt”（或 “Encrypt”）文本字段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="385"/>
        <source>密文第 {position} 个字符是空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="395"/>
        <source>密文中含有 “%”：它还没有做 URL 解码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="402"/>
        <source>密文不是有效的 Base64（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="410"/>
        <source>{field} 中含有 “%”：它还没有做 URL 解码（或被编码了两次）。请先用不转换 “+” 的方式解码（如 unquote）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="418"/>
        <source>{field} 中含有空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="429"/>
        <source>解密结果{what}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="435"/>
        <source>空：企业内部智能机器人，或个人主体的第三方应用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="437"/>
        <source>企业 ID（corpid）或第三方应用的 suiteid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="439"/>
        <source>第三方应用的 suiteid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback.py" line="440"/>
        <source>无法判断类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="50"/>
        <source>成功</source>
        <translation type="unfinished">成功</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="52"/>
        <source>签名校验失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="54"/>
        <source>Token 与企业微信后台填写的不一致；或 timestamp、nonce、echostr/Encrypt 在传递中被改动（常见：URL 解码把 “+” 变成了空格，或参数被解码了两次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="62"/>
        <source>XML/JSON 解析失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="64"/>
        <source>请求体不是合法的 XML 或 JSON，或缺少 Encrypt/encrypt 字段；为安全起见，含 DTD 或实体声明的 XML 一律拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="71"/>
        <source>计算签名失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="72"/>
        <source>参数中含有无法编码的字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="75"/>
        <source>EncodingAESKey 非法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="77"/>
        <source>EncodingAESKey 必须是 43 个字母或数字，Base64 解码后为 32 字节；请从企业微信后台重新复制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="84"/>
        <source>ReceiveId 校验失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="86"/>
        <source>自建应用（包括会话存档）填企业 ID（corpid），第三方应用填 suiteid，企业内部智能机器人和个人主体的第三方应用填空字符串。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="93"/>
        <source>AES 加密失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="94"/>
        <source>EncodingAESKey 不可用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="97"/>
        <source>AES 解密失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="98"/>
        <source>密文被截断或改动（长度不是 16 字节的倍数）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="101"/>
        <source>解密后的内容不合法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="103"/>
        <source>签名已通过而解密结果不对，多半是 EncodingAESKey 与企业微信后台的不一致（Token 是对的）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="110"/>
        <source>Base64 编码失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="111"/>
        <source>内部错误。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="114"/>
        <source>Base64 解码失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="116"/>
        <source>密文中有 Base64 以外的字符：若出现空格，是 URL 解码把 “+” 变成了空格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="122"/>
        <source>生成回包失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="123"/>
        <source>回复内容无法编码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="127"/>
        <source>[{code}] {name}：{detail}
可能原因：{cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="128"/>
        <source>可能原因：{cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_errors.py" line="129"/>
        <source>{first}、{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="114"/>
        <source>粘贴的内容中缺少参数：{names}。需要 msg_signature、timestamp、nonce 和 echostr。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="121"/>
        <source>粘贴的不是完整的验证请求：请复制企业微信发来的 GET 请求的完整 URL 或日志行。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackLiveTest</name>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="153"/>
        <source>EncodingAESKey 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="155"/>
        <source>Token 为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="160"/>
        <source>配置有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="162"/>
        <source>URL：{url}
ReceiveId：{receive_id}
POST 格式：{form}
AgentID：{agent_id}
时限：{limit} 秒
代理：{proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="172"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="188"/>
        <source>URL 无效：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="190"/>
        <source>URL 必须以 http:// 或 https:// 开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="192"/>
        <source>URL 中没有主机名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="194"/>
        <source>URL 中含有空白字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="205"/>
        <source>代理地址无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="209"/>
        <source>代理地址应以 {schemes} 开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="210"/>
        <source>{first}、{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="239"/>
        <source>发送：GET {url}
echo 明文：{plaintext}（随机生成，加密后作为 echostr）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="252"/>
        <source>应返回：{plaintext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="260"/>
        <source>URL 验证通过：{elapsed} 秒内返回了正确的明文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="300"/>
        <source>发送：POST {url}
Content-Type: {content_type}
事件明文：{event}
请求体：{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="323"/>
        <source>事件推送成功：{elapsed} 秒内返回了 HTTP 200，{reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="356"/>
        <source>响应体为空（正确）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="365"/>
        <source>但附带的被动回复无法解密（企业微信只需要 200）：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="371"/>
        <source>附带的被动回复已解密：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="375"/>
        <source>响应体不是加密的被动回复，企业微信会忽略它（事件只需返回空响应体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="396"/>
        <source>收到：HTTP {status}，用时 {elapsed} 秒，Content-Type: {content_type}
响应体（{size} 字节）：{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="410"/>
        <source>没有收到响应（{elapsed} 秒后放弃）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/callback_check/live_test.py" line="416"/>
        <source>响应用了 {elapsed} 秒，超过 {limit} 秒：企业微信会放弃并重试</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackPaste</name>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="72"/>
        <source>按 URL 编码解码（“+” 保持不变）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="75"/>
        <source>原样（已经解码过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="77"/>
        <source>按 URL 编码解码两次（值被编码了两次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="81"/>
        <source>把空格还原成 “+”（日志里的值被表单解码过，“+” 变成了空格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="85"/>
        <source>按表单编码解码（“+” 变成空格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/callback_paste.py" line="89"/>
        <source>值到第一个空白为止（日志行在值后面还写了别的内容）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="15"/>
        <source>企业与会话存档 Secret</source>
        <translation>企业与会话存档 Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="18"/>
        <source>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</source>
        <translation>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="27"/>
        <source>显示 Secret</source>
        <translation>显示 Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="34"/>
        <source>企业 ID</source>
        <translation>企业 ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="35"/>
        <source>会话存档 Secret</source>
        <translation>会话存档 Secret</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="46"/>
        <source>档案完整性报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="49"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="131"/>
        <source>正在统计档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="58"/>
        <source>消息</source>
        <translation type="unfinished">消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="59"/>
        <source>seq 范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="60"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="85"/>
        <source>缺失的 seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="61"/>
        <source>上次同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="62"/>
        <source>最近一次同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="63"/>
        <source>未结束的同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="64"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="86"/>
        <source>无法解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="65"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="87"/>
        <source>有问题的消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="66"/>
        <source>媒体文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="67"/>
        <source>数据库加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>从 seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>到 seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="76"/>
        <source>缺失条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <source>公钥版本</source>
        <translation type="unfinished">公钥版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="79"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>消息类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="82"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="88"/>
        <source>重新统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="89"/>
        <source>复制为 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="90"/>
        <source>保存为 JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="154"/>
        <source>{n} 条（{distinct} 个不同的 msgid；{outside} 条不属于任何会话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="162"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="164"/>
        <source>{n} 个，共 {gaps} 段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="168"/>
        <source>从未同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="175"/>
        <source>SQLCipher（数据库密钥在系统钥匙串中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="175"/>
        <source>未加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="197"/>
        <source>档案中还没有消息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="200"/>
        <source>seq 有 {gaps} 处不连续，共 {n} 个 seq 不在档案中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="204"/>
        <source>seq 从 {first} 到 {last} 连续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="207"/>
        <source>{n} 条记录无法解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="209"/>
        <source>所有记录均已解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="211"/>
        <source>{seq}；{records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="217"/>
        <source>无法统计档案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="224"/>
        <source>成功</source>
        <translation type="unfinished">成功</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="225"/>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="236"/>
        <source>失败</source>
        <translation type="unfinished">失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="226"/>
        <source>已取消</source>
        <translation type="unfinished">已取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="227"/>
        <source>未结束（仍在运行，或进程被中止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="234"/>
        <source>已下载</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="235"/>
        <source>待下载</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="237"/>
        <source>服务器已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="238"/>
        <source>按设置跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="247"/>
        <source>缺少该版本的私钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="248"/>
        <source>私钥解不开随机密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="249"/>
        <source>DecryptData 失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="250"/>
        <source>解密后的内容损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="251"/>
        <source>记录的字段不可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="252"/>
        <source>SDK 进程在此记录上终止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="253"/>
        <source>档案拒收了其中的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="261"/>
        <source>已复制报告（JSON）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="265"/>
        <source>保存完整性报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="265"/>
        <source>JSON 文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="278"/>
        <source>正在保存报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="307"/>
        <source>无法保存报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="308"/>
        <source>无法写入 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/completeness_dialog.py" line="301"/>
        <source>报告已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="27"/>
        <source>网络与 SDK</source>
        <translation>网络与 SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="30"/>
        <source>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</source>
        <translation>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="39"/>
        <source>用户名:密码（可选）</source>
        <translation>用户名:密码（可选）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="42"/>
        <source>自动查找</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="44"/>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="54"/>
        <source>代理地址</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="55"/>
        <source>代理账号</source>
        <translation>代理账号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="56"/>
        <source>SDK 库文件</source>
        <translation>SDK 库文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="67"/>
        <source>选择企业微信会话存档 SDK 库</source>
        <translation>选择企业微信会话存档 SDK 库</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_delegate.py" line="31"/>
        <source>外部</source>
        <translation>外部</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="54"/>
        <source>群聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="54"/>
        <source>单聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="56"/>
        <source>含外部联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="58"/>
        <source>{n} 位成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="59"/>
        <source>{n} 条消息</source>
        <translation type="unfinished">{n} 条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_header.py" line="70"/>
        <source>成员：{names}</source>
        <translation type="unfinished">成员：{names}</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="154"/>
        <source>成员：{names}</source>
        <translation>成员：{names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="156"/>
        <source>{n} 条消息</source>
        <translation>{n} 条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="158"/>
        <source>最后消息：{when}</source>
        <translation>最后消息：{when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="37"/>
        <source>筛选会话</source>
        <translation>筛选会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="41"/>
        <source>排序方式</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="43"/>
        <source>最近活动</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="44"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="45"/>
        <source>消息数</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="88"/>
        <source>正在读取会话…</source>
        <translation>正在读取会话…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="174"/>
        <source>无法读取会话：{error}</source>
        <translation>无法读取会话：{error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="182"/>
        <source>显示 {shown} 个，共 {n} 个会话</source>
        <translation>显示 {shown} 个，共 {n} 个会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="186"/>
        <source>共 {n} 个会话</source>
        <translation>共 {n} 个会话</translation>
    </message>
</context>
<context>
    <name>CredentialAccessError</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="125"/>
        <source>读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="126"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="127"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="141"/>
        <source>系统钥匙串（{backend}）未能{verb}凭据：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="62"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="83"/>
        <source>解密</source>
        <translation>解密</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="65"/>
        <source>粘贴 POST 请求体（XML 或 JSON）或加密的被动回复包</source>
        <translation>粘贴 POST 请求体（XML 或 JSON）或加密的被动回复包</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="69"/>
        <source>可选：回调 URL 或查询字符串</source>
        <translation>可选：回调 URL 或查询字符串</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="79"/>
        <source>签名参数依次取自 URL、上面三个字段、回复包自带的值；都没有时只解密，不校验签名。</source>
        <translation>签名参数依次取自 URL、上面三个字段、回复包自带的值；都没有时只解密，不校验签名。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="104"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="133"/>
        <source>加密</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="107"/>
        <source>要加密的明文（XML 或 JSON 消息、回复内容）</source>
        <translation>要加密的明文（XML 或 JSON 消息、回复内容）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="115"/>
        <source>被动回复包</source>
        <translation>被动回复包</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="116"/>
        <source>回调请求体（带签名的查询字符串）</source>
        <translation>回调请求体（带签名的查询字符串）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="121"/>
        <source>重新生成</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="123"/>
        <source>当前时间和新的随机 nonce</source>
        <translation>当前时间和新的随机 nonce</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="129"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="130"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="142"/>
        <source>复制结果</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="148"/>
        <source>回调请求体的签名查询字符串</source>
        <translation>回调请求体的签名查询字符串</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="149"/>
        <source>复制查询字符串</source>
        <translation>复制查询字符串</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="178"/>
        <source>请先粘贴要解密的请求体或回复包。</source>
        <translation>请先粘贴要解密的请求体或回复包。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="182"/>
        <source>未校验签名：没有提供 msg_signature、timestamp 和 nonce。</source>
        <translation>未校验签名：没有提供 msg_signature、timestamp 和 nonce。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="188"/>
        <source>签名校验通过。</source>
        <translation>签名校验通过。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="190"/>
        <source>✗ 解密失败</source>
        <translation>✗ 解密失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="194"/>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="222"/>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="195"/>
        <source>✓ ReceiveId：{id}</source>
        <translation>✓ ReceiveId：{id}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="205"/>
        <source>URL 中缺少：{names}。</source>
        <translation>URL 中缺少：{names}。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="208"/>
        <source>参数字段中缺少：{names}。</source>
        <translation>参数字段中缺少：{names}。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="222"/>
        <source>注意：与填写的 ReceiveId {id} 不一致。</source>
        <translation>注意：与填写的 ReceiveId {id} 不一致。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="245"/>
        <source>请填写 timestamp 和 nonce（或点“重新生成”）。</source>
        <translation>请填写 timestamp 和 nonce（或点“重新生成”）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="256"/>
        <source>✗ 加密失败</source>
        <translation>✗ 加密失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/crypt_tab.py" line="260"/>
        <source>✓ 已加密</source>
        <translation>✓ 已加密</translation>
    </message>
</context>
<context>
    <name>DemoBuildDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="18"/>
        <source>演示档案</source>
        <translation>演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="19"/>
        <source>正在生成演示档案…</source>
        <translation>正在生成演示档案…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="20"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="44"/>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="91"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="96"/>
        <source>当前会话：{title}</source>
        <translation>当前会话：{title}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="98"/>
        <source>当前会话</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="104"/>
        <source>只导出这些日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="119"/>
        <source>HTML 聊天记录（可打印）</source>
        <translation>HTML 聊天记录（可打印）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="120"/>
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="121"/>
        <source>CSV 表格 (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="122"/>
        <source>原始 JSON 行 (.jsonl，证据格式)</source>
        <translation>原始 JSON 行 (.jsonl，证据格式)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="138"/>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="140"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="141"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="154"/>
        <source>请先打开一个会话或进行一次搜索。</source>
        <translation>请先打开一个会话或进行一次搜索。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="160"/>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="165"/>
        <source>搜索“{query}”的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="165"/>
        <source>按筛选条件搜索的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="169"/>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="171"/>
        <source>全部，不只是已加载的 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="172"/>
        <source>{what}（{count}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="193"/>
        <source>导出到</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="216"/>
        <source>正在导出…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="228"/>
        <source>已导出 {n} 条消息到 {path}</source>
        <translation>已导出 {n} 条消息到 {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="233"/>
        <source>导出已取消，未留下文件。</source>
        <translation>导出已取消，未留下文件。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="237"/>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="245"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="13"/>
        <source>文件夹不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="14"/>
        <source>路径中有一部分不是文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="15"/>
        <source>目标是一个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="33"/>
        <source>{reason}（剩余空间 {free}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="39"/>
        <source>无法写入导出文件 {destination}：{reason}。未留下任何不完整的文件；请选择其他文件夹或释放磁盘空间后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/export/errors.py" line="55"/>
        <source>导出已取消，未留下任何文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/first_run.py" line="36"/>
        <source>正在把凭据保存到系统钥匙串…</source>
        <translation>正在把凭据保存到系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/first_run.py" line="40"/>
        <source>无法保存凭据</source>
        <translation>无法保存凭据</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="47"/>
        <source>第 {line} 行：未导入，{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="48"/>
        <source>第 {line} 行：已保存，但有问题：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="96"/>
        <source>导入 JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="104"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="131"/>
        <source>已导入 {imported} 条（其中 {problems} 条有问题），重复 {duplicates} 条，未导入 {rejected} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="153"/>
        <source>导入已取消。{counts}；已导入的消息会保留，再次导入同一文件时会跳过它们。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="157"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="163"/>
        <source>…另有 {n} 行未列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="173"/>
        <source>无法读取 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/import_dialog.py" line="195"/>
        <source>正在取消，当前这批消息写完后停止…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlImport</name>
    <message>
        <location filename="../../wecom_desktop/cli.py" line="130"/>
        <source>已保存，但有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="139"/>
        <source>此文件是一个 JSON 数组，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="149"/>
        <source>此文件是多行排版的 JSON，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFolderError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="191"/>
        <source>{file}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="265"/>
        <source>私钥文件夹 {folder} 中有无法使用的私钥文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="273"/>
        <source>私钥文件夹 {folder} 中没有私钥文件：请把每个版本的私钥保存为 private_key_v&lt;版本号&gt;.pem。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/keys.py" line="289"/>
        <source>找不到私钥文件夹：{folder}（{variable} 应指向一个文件夹）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVersionPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>公钥版本</source>
        <translation>公钥版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>消息数</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>待解密</source>
        <translation>待解密</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="48"/>
        <source>私钥</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="56"/>
        <source>添加私钥…</source>
        <translation>添加私钥…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="58"/>
        <source>删除所选版本的私钥</source>
        <translation>删除所选版本的私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="101"/>
        <source>无法统计各版本的消息：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="110"/>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="110"/>
        <source>缺少</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="121"/>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="124"/>
        <source>添加私钥</source>
        <translation>添加私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="121"/>
        <source>公钥版本号</source>
        <translation>公钥版本号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="124"/>
        <source>粘贴私钥（PEM）</source>
        <translation>粘贴私钥（PEM）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="130"/>
        <source>删除私钥</source>
        <translation>删除私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="132"/>
        <source>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</source>
        <translation>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="161"/>
        <source>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</source>
        <translation>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="170"/>
        <source>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</source>
        <translation>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="175"/>
        <source>已验证并添加版本 {version} 的私钥。</source>
        <translation>已验证并添加版本 {version} 的私钥。</translation>
    </message>
</context>
<context>
    <name>KeyringUnavailable</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="30"/>
        <source>凭据只保存在系统钥匙串中，绝不写入普通文件。无界面同步可改用环境变量 WECOM_CORP_ID、WECOM_SECRET、WECOM_PRIVATE_KEYS（存放 private_key_v&lt;N&gt;.pem 的文件夹）和 WECOM_PROXY_PASSWORD。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="40"/>
        <source>Windows 凭据管理器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="42"/>
        <source>macOS 钥匙串</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="43"/>
        <source>Secret Service（gnome-keyring / KWallet）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="64"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="69"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}。请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="75"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="78"/>
        <source>没有可用的系统钥匙串：当前会话中没有 {name}。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="82"/>
        <source>keyring 配置的后端 {backend} 不是系统钥匙串（可能以明文文件保存密码），本程序拒绝使用。请检查 PYTHON_KEYRING_BACKEND 环境变量和 keyringrc.cfg。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="89"/>
        <source>无法连接系统钥匙串：当前会话中没有运行的 {name}（{detail}）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="93"/>
        <source>无法连接系统钥匙串：当前会话中没有运行的 {name}。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="97"/>
        <source>系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）（{detail}）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="101"/>
        <source>系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）。{headless}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="28"/>
        <source>消息加密私钥</source>
        <translation>消息加密私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="31"/>
        <source>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</source>
        <translation>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="51"/>
        <source>添加此私钥</source>
        <translation>添加此私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="54"/>
        <source>从文件载入…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="56"/>
        <source>生成新的密钥对</source>
        <translation>生成新的密钥对</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="59"/>
        <source>复制公钥</source>
        <translation>复制公钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="64"/>
        <source>公钥版本号</source>
        <translation>公钥版本号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="76"/>
        <source>已添加的私钥</source>
        <translation>已添加的私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81"/>
        <source>选择私钥文件</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81"/>
        <source>私钥 (*.pem *.key *.txt);;所有文件 (*)</source>
        <translation>私钥 (*.pem *.key *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="113"/>
        <source>已添加版本 {version} 的私钥（RSA-{bits}）。</source>
        <translation>已添加版本 {version} 的私钥（RSA-{bits}）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="118"/>
        <source>版本 {version}：RSA-{bits}，指纹 {fingerprint}</source>
        <translation>版本 {version}：RSA-{bits}，指纹 {fingerprint}</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="58"/>
        <source>可选</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="59"/>
        <source>开始测试</source>
        <translation>开始测试</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="62"/>
        <source>停止</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="67"/>
        <source>按企业微信的方式向回调 URL 发送验证请求（GET）和一条加密事件（POST），检查响应。</source>
        <translation>按企业微信的方式向回调 URL 发送验证请求（GET）和一条加密事件（POST），检查响应。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>步骤</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>耗时</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="75"/>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="84"/>
        <source>选择一个步骤查看详情</source>
        <translation>选择一个步骤查看详情</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="86"/>
        <source>回调 URL</source>
        <translation>回调 URL</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="93"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="112"/>
        <source>检查配置</source>
        <translation>检查配置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="113"/>
        <source>验证 URL（GET）</source>
        <translation>验证 URL（GET）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="114"/>
        <source>推送事件（POST）</source>
        <translation>推送事件（POST）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="126"/>
        <source>请填写回调 URL。</source>
        <translation>请填写回调 URL。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="149"/>
        <source>正在测试…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="158"/>
        <source>正在停止…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="191"/>
        <source>测试已停止。</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="193"/>
        <source>✓ 全部通过：回调服务器工作正常。</source>
        <translation>✓ 全部通过：回调服务器工作正常。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="195"/>
        <source>✗ 有步骤未通过，选择它查看原因。</source>
        <translation>✗ 有步骤未通过，选择它查看原因。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="199"/>
        <source>测试出错：{error}</source>
        <translation>测试出错：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="61"/>
        <source>企业微信会话存档</source>
        <translation>企业微信会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="62"/>
        <source> — 演示档案</source>
        <translation> — 演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="80"/>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="120"/>
        <source>同步(&amp;S)</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="124"/>
        <source>重新解密无法解密的记录并同步(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="128"/>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="129"/>
        <source>导入 JSONL(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="133"/>
        <source>搜索(&amp;F)</source>
        <translation>搜索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="136"/>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="138"/>
        <source>设置(&amp;P)…</source>
        <translation>设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="140"/>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="141"/>
        <source>关于(&amp;A)…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="142"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="153"/>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="156"/>
        <source>语言(&amp;L)</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="169"/>
        <source>外观(&amp;A)</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>浅色</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="171"/>
        <source>深色</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="180"/>
        <source>工具(&amp;T)</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="181"/>
        <source>回调检查(&amp;C)…</source>
        <translation>回调检查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="184"/>
        <source>完整性报告(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="188"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="190"/>
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="295"/>
        <source>{n} 条消息</source>
        <translation>{n} 条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="296"/>
        <source>{n} 个会话</source>
        <translation>{n} 个会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="297"/>
        <source>档案 {size}</source>
        <translation>档案 {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="300"/>
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="300"/>
        <source>演示档案</source>
        <translation>演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="306"/>
        <source>成功</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="307"/>
        <source>失败</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="308"/>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="309"/>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="311"/>
        <source>上次同步 {when}（{outcome}）</source>
        <translation>上次同步 {when}（{outcome}）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="360"/>
        <source>重新解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="361"/>
        <source>新保存的私钥对应 {n} 条此前无法解密的记录。现在重新解密它们并同步？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="400"/>
        <source>导入已解密的消息（每行一个 JSON 对象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="402"/>
        <source>JSON 行文件 (*.jsonl *.json *.txt *.log);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="409"/>
        <source>正在读取系统钥匙串…</source>
        <translation>正在读取系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="411"/>
        <source>无法读取凭据</source>
        <translation>无法读取凭据</translation>
    </message>
</context>
<context>
    <name>MediaDownload</name>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="127"/>
        <source>已跳过：设置中未开启「{kind}」类型的下载。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="133"/>
        <source>已跳过：文件大于设置的上限 {limit}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/media.py" line="140"/>
        <source>文件校验失败：下载内容的 MD5（{actual}）与消息中的 md5sum（{expected}）不一致，已删除，稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStorageError</name>
    <message>
        <location filename="../../wecom_desktop/sync/media_files.py" line="42"/>
        <source>无法写入媒体文件夹 {folder}：{reason}（剩余空间 {free}）。请释放磁盘空间或更换数据目录后重新同步；已下载的部分会保留，下次从断点继续。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageIcon</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="127"/>
        <source>音</source>
        <translation>音</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="143"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="387"/>
        <source>视</source>
        <translation>视</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="157"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="171"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="374"/>
        <source>文</source>
        <translation>文</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="192"/>
        <source>录</source>
        <translation>录</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="206"/>
        <source>链</source>
        <translation>链</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="222"/>
        <source>位</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="234"/>
        <source>名</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="248"/>
        <source>程</source>
        <translation>程</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="260"/>
        <source>办</source>
        <translation>办</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="277"/>
        <source>投</source>
        <translation>投</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="290"/>
        <source>表</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="311"/>
        <source>红</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="328"/>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="335"/>
        <source>会</source>
        <translation>会</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="347"/>
        <source>档</source>
        <translation>档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="405"/>
        <source>话</source>
        <translation>话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="417"/>
        <source>盘</source>
        <translation>盘</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/blocks.py" line="114"/>
        <source>{m}分{s}秒</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/blocks.py" line="115"/>
        <source>{s}秒</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="68"/>
        <source>{caption} · 未下载</source>
        <translation>{caption} · 未下载</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="109"/>
        <source>图片（未下载）</source>
        <translation>图片（未下载）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="116"/>
        <source>表情（未下载）</source>
        <translation>表情（未下载）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="123"/>
        <source>语音 {duration}</source>
        <translation>语音 {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="131"/>
        <source>语音</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="139"/>
        <source>视频 {duration}</source>
        <translation>视频 {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="147"/>
        <source>视频</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="155"/>
        <source>未命名文件</source>
        <translation>未命名文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="161"/>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="175"/>
        <source>音频共享文档</source>
        <translation>音频共享文档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="184"/>
        <source>共享文档：{name}</source>
        <translation>共享文档：{name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="189"/>
        <source>屏幕共享 {n} 次</source>
        <translation>屏幕共享 {n} 次</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="194"/>
        <source>音频存档</source>
        <translation>音频存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="196"/>
        <source>通话录音</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="210"/>
        <source>链接</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="226"/>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="238"/>
        <source>个人名片</source>
        <translation>个人名片</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="245"/>
        <source>小程序 · {name}</source>
        <translation>小程序 · {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="252"/>
        <source>小程序</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="264"/>
        <source>待办</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="272"/>
        <source>参与投票</source>
        <translation>参与投票</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="274"/>
        <source>发起投票</source>
        <translation>发起投票</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="294"/>
        <source>填表</source>
        <translation>填表</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="302"/>
        <source>互通红包</source>
        <translation>互通红包</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="304"/>
        <source>红包</source>
        <translation>红包</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="308"/>
        <source>共 {n} 个</source>
        <translation>共 {n} 个</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="324"/>
        <source>会议回复</source>
        <translation>会议回复</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="326"/>
        <source>会议邀请</source>
        <translation>会议邀请</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="339"/>
        <source>会议控制</source>
        <translation>会议控制</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="351"/>
        <source>在线文档</source>
        <translation>在线文档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="359"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="361"/>
        <source>参与人：{names}</source>
        <translation>参与人：{names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="366"/>
        <source>日程</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="378"/>
        <source>图文</source>
        <translation>图文</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="391"/>
        <source>视频号</source>
        <translation>视频号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="400"/>
        <source>通话时长 {duration}</source>
        <translation>通话时长 {duration}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="402"/>
        <source>未接通</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="409"/>
        <source>音视频通话</source>
        <translation>音视频通话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="421"/>
        <source>微盘文件</source>
        <translation>微盘文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/body_blocks.py" line="441"/>
        <source>聊天记录</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="76"/>
        <source>已撤回</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="82"/>
        <source>撤回于 {time}</source>
        <translation>撤回于 {time}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="87"/>
        <source>{name} 撤回了一条消息</source>
        <translation>{name} 撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="89"/>
        <source>{name} 同意会话存档</source>
        <translation>{name} 同意会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="91"/>
        <source>{name} 拒绝会话存档</source>
        <translation>{name} 拒绝会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="93"/>
        <source>{name} 切换企业</source>
        <translation>{name} 切换企业</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="106"/>
        <source>无法解密的消息：{reason}</source>
        <translation>无法解密的消息：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="123"/>
        <source>无法完整显示：{reason}</source>
        <translation>无法完整显示：{reason}</translation>
    </message>
</context>
<context>
    <name>MessageProblem</name>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="57"/>
        <source>{where}：未知的条目类型“{type}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="61"/>
        <source>{where}：内容不是 JSON（{error}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="64"/>
        <source>{where}：内容嵌套过深</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="68"/>
        <source>{where}：内容不是 JSON 对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="70"/>
        <source>{where}：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="72"/>
        <source>未知的消息类型“{type}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="74"/>
        <source>缺少消息类型（msgtype）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="76"/>
        <source>缺少消息内容对象 {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="79"/>
        <source>{key}：应为文本，实际是{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="83"/>
        <source>{key}：应为整数，实际是{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="87"/>
        <source>{key}：应为数字，实际是{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="90"/>
        <source>{key}：{value} 超出范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="94"/>
        <source>{key}：应为对象，实际是{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="97"/>
        <source>{key}：应为列表，实际是{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="100"/>
        <source>{key}：应为对象的列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="104"/>
        <source>{key}：列表中有无法读取的项（{error}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="127"/>
        <source>文本</source>
        <translation type="unfinished">文本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="128"/>
        <source>整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="129"/>
        <source>数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="130"/>
        <source>布尔值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="131"/>
        <source>列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="132"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="133"/>
        <source>空值（null）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="165"/>
        <source>“{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="168"/>
        <source> 或 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="176"/>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/message_problems.py" line="189"/>
        <source>{bits} 位的整数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="131"/>
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="132"/>
        <source>[不支持的消息: {type}]</source>
        <translation>[不支持的消息: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="154"/>
        <source>[切换企业] {user}</source>
        <translation>[切换企业] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="169"/>
        <source>[无法解密] {error}</source>
        <translation>[无法解密] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="103"/>
        <source>{m}分{s}秒</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="104"/>
        <source>{s}秒</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="36"/>
        <location filename="../../wecom_desktop/core/parse.py" line="155"/>
        <source>[图片]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="60"/>
        <source>[语音]</source>
        <translation>[语音]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="86"/>
        <source>[视频]</source>
        <translation>[视频]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="118"/>
        <source>[表情]</source>
        <translation>[表情]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="149"/>
        <source>[文件]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="199"/>
        <source>[音频存档]</source>
        <translation>[音频存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="230"/>
        <source>[音频共享文档]</source>
        <translation>[音频共享文档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="125"/>
        <source>[聊天记录]</source>
        <translation>[聊天记录]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="126"/>
        <source>{n}条</source>
        <translation>{n}条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="169"/>
        <source>[图文混排]</source>
        <translation>[图文混排]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="48"/>
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="67"/>
        <source>[撤回了一条消息]</source>
        <translation>[撤回了一条消息]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="81"/>
        <source>[同意会话存档]</source>
        <translation>[同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="95"/>
        <source>[不同意会话存档]</source>
        <translation>[不同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="109"/>
        <source>[名片]</source>
        <translation>[名片]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="135"/>
        <source>[位置]</source>
        <translation>[位置]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="159"/>
        <source>[链接]</source>
        <translation>[链接]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="184"/>
        <source>[小程序]</source>
        <translation>[小程序]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="203"/>
        <source>[待办]</source>
        <translation>[待办]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="229"/>
        <source>[投票]</source>
        <translation>[投票]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="267"/>
        <source>[填表]</source>
        <translation>[填表]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="298"/>
        <source>[红包]</source>
        <translation>[红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="312"/>
        <source>[互通红包]</source>
        <translation>[互通红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="342"/>
        <source>[会议]</source>
        <translation>[会议]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="362"/>
        <source>[会议控制]</source>
        <translation>[会议控制]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="380"/>
        <source>[在线文档]</source>
        <translation>[在线文档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="410"/>
        <source>[图文]</source>
        <translation>[图文]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="440"/>
        <source>[日程]</source>
        <translation>[日程]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="459"/>
        <source>[视频号]</source>
        <translation>[视频号]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="477"/>
        <source>[音视频通话]</source>
        <translation>[音视频通话]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="492"/>
        <source>[微盘文件]</source>
        <translation>[微盘文件]</translation>
    </message>
</context>
<context>
    <name>MessageTypes</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="12"/>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="13"/>
        <source>图片</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="14"/>
        <source>语音</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="15"/>
        <source>视频</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="16"/>
        <source>表情</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="17"/>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="18"/>
        <source>链接</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="19"/>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="20"/>
        <source>名片</source>
        <translation>名片</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="21"/>
        <source>小程序</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="22"/>
        <source>会话记录</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="23"/>
        <source>图文混合</source>
        <translation>图文混合</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="24"/>
        <source>会议</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="25"/>
        <source>文档</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="26"/>
        <source>待办</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="27"/>
        <source>投票</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="28"/>
        <source>填表</source>
        <translation>填表</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="29"/>
        <source>日程</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="30"/>
        <source>红包</source>
        <translation>红包</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="31"/>
        <source>视频号</source>
        <translation>视频号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_type_choices.py" line="32"/>
        <source>音视频通话</source>
        <translation>音视频通话</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="260"/>
        <source>无法显示图片</source>
        <translation>无法显示图片</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="298"/>
        <source>收起</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="300"/>
        <source>展开全部 {n} 条</source>
        <translation>展开全部 {n} 条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/row_painter.py" line="306"/>
        <source>聊天记录</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="285"/>
        <source>无法读取消息：{reason}</source>
        <translation>无法读取消息：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="287"/>
        <source>选择一个会话以查看消息</source>
        <translation>选择一个会话以查看消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="289"/>
        <source>正在加载…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="289"/>
        <source>这个会话没有消息</source>
        <translation>这个会话没有消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="315"/>
        <source>复制文本</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="318"/>
        <source>复制消息 ID</source>
        <translation>复制消息 ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="321"/>
        <source>查看原始 JSON</source>
        <translation>查看原始 JSON</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="325"/>
        <source>在搜索结果中显示</source>
        <translation>在搜索结果中显示</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="331"/>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="397"/>
        <source>打开文件</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="332"/>
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="337"/>
        <source>打开文件 {name}</source>
        <translation>打开文件 {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="338"/>
        <source>另存为… {name}</source>
        <translation>另存为… {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="384"/>
        <source>无法保存文件 {path}：{reason}</source>
        <translation>无法保存文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="392"/>
        <source>另存为</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="399"/>
        <source>这个文件的类型（{extension}）打开时会运行程序。它来自聊天记录，可能不安全。
如只需留存或查看，请使用“另存为…”。仍要打开吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="408"/>
        <source>消息</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>MissingKeyError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="171"/>
        <source>没有版本 {version} 的私钥（publickey_ver = {version}）：请在设置中添加该版本的私钥；无界面同步时，把它保存为 WECOM_PRIVATE_KEYS 文件夹中的 private_key_v{version}.pem。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="44"/>
        <source>没有填写私钥：请粘贴私钥文件的全部内容（通常以 -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY----- 开头）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="49"/>
        <source>这段内容不是私钥：其中没有找到 RSA 私钥。请粘贴私钥文件的全部内容，包括 -----BEGIN … PRIVATE KEY----- 和 -----END … PRIVATE KEY----- 两行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="54"/>
        <source>这是证书（或证书请求），不是私钥。这里需要的是与管理后台中「消息加密公钥」配对的 RSA 私钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="58"/>
        <source>这是 OpenSSH 格式的私钥（BEGIN OPENSSH PRIVATE KEY），暂不支持。请先复制一份私钥文件，再用 ssh-keygen -p -m PEM -f 私钥副本 把副本原地转换为 PEM 格式（会询问口令，可直接回车），然后粘贴转换后的内容。openssl 不能读取这种格式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="64"/>
        <source>这是 PuTTY 格式的私钥（.ppk），暂不支持。请在 PuTTYgen 中载入它，选择 Conversions → Export OpenSSH key 导出（或运行 puttygen 私钥.ppk -O private-openssh -o 私钥.pem），再粘贴导出的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="69"/>
        <source>这是公钥，不是私钥。管理后台（管理工具 → 会话内容存档 → 消息加密公钥）里填写的是公钥；这里需要与之配对的私钥，它只保存在您自己手中，通常以 -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY----- 开头。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="75"/>
        <source>这不是 RSA 私钥（类型：{detail}）。企业微信会话内容存档只使用 RSA 密钥（2048 位）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="79"/>
        <source>这个 RSA 私钥只有 {bits} 位，太短了：企业微信要求 2048 位的密钥。请生成新的 2048 位密钥对，并在管理后台更新消息加密公钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="84"/>
        <source>私钥看起来不完整（被截断了）：内容比私钥应有的长度短，复制时可能漏掉了一部分。请打开私钥文件重新完整复制，从 -----BEGIN 那一行一直到 -----END 那一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="89"/>
        <source>私钥内容已损坏：有字符被改动、多出或缺失，无法可靠还原。请从原始私钥文件重新复制，不要经过会改动文字的聊天软件或文档工具。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="94"/>
        <source>粘贴的内容里有不止一个私钥，无法确定要用哪一个。请只粘贴一个私钥；每个 publickey_ver 版本分别添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="98"/>
        <source>这个私钥设有口令（密码）保护：请同时填写私钥口令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="101"/>
        <source>私钥口令不正确，无法解开私钥。请核对口令（注意大小写和输入法）。如果确定口令无误，可能是加密方式不受支持：可先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令，再粘贴新文件的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="106"/>
        <source>私钥所用的加密方式（{detail}）不受支持。请先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令（之后可再用 openssl pkcs8 -topk8 -v2 aes-256-cbc 重新加密），再粘贴新文件的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="111"/>
        <source>无法读取这个文件（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="112"/>
        <source>文件名无法识别：私钥文件须命名为 private_key_v&lt;版本号&gt;.pem，版本号为不小于 1 的整数（即 publickey_ver），每个版本只能有一个文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_parse.py" line="34"/>
        <source>未知</source>
        <translation type="unfinished">未知</translation>
    </message>
</context>
<context>
    <name>RawJsonDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="65"/>
        <source>原始 JSON — {msgid}</source>
        <translation>原始 JSON — {msgid}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="73"/>
        <source>正在加载…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="75"/>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="95"/>
        <source>这条记录没有解密后的 JSON（无法解密）。</source>
        <translation>这条记录没有解密后的 JSON（无法解密）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/raw_json_dialog.py" line="103"/>
        <source>无法读取原始 JSON：{reason}</source>
        <translation>无法读取原始 JSON：{reason}</translation>
    </message>
</context>
<context>
    <name>RejectedRecord</name>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="48"/>
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>不是有效的 JSON：{error}（第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="38"/>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="208"/>
        <source>JSON 嵌套过深</source>
        <translation>JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="41"/>
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>不是 JSON 对象，而是 {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="72"/>
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>缺少 msgid，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="75"/>
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid 不是文本而是 {kind}，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="64"/>
        <source>不是有效的 UTF-8 文本（第 {offset} 字节），文件可能是 GBK/GB18030 等旧编码，请先转换为 UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="100"/>
        <source>不是有效的 UTF-16 文本（该行第 {offset} 字节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="304"/>
        <source>档案数据库拒绝保存：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdkError</name>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="55"/>
        <source>SDK 返回的数据无法解析（{detail}），本页将重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="85"/>
        <source>缺少 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="87"/>
        <source>{name} 的值 {shown} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="93"/>
        <source>{where}：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="103"/>
        <source>{where} 不是对象：{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="143"/>
        <source>不是 JSON 对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="163"/>
        <source>代理地址格式不正确：{proxy}。应为 socks5://主机:端口 或 http://主机:端口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="175"/>
        <source>RSA 解密得到的密钥为空或无效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/client.py" line="181"/>
        <source>消息密文（encrypt_chat_msg）格式不正确或被截断，未交给 SDK 解密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="50"/>
        <source>请求参数错误：请检查企业 ID、会话存档 Secret，且每次拉取条数须在 1–1000 之间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="56"/>
        <source>网络错误：无法连接企业微信服务器。请检查网络连接；如需代理，请在设置中填写代理地址和账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="62"/>
        <source>SDK 解析数据失败，稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="64"/>
        <source>企业微信 SDK 系统错误，稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="68"/>
        <source>密钥错误导致加密失败：请确认填写的是本企业「会话内容存档」的 Secret。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="74"/>
        <source>媒体文件 ID（sdkfileid）错误：文件 ID 不完整或已被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="78"/>
        <source>解密失败：私钥与该消息的加密版本不匹配，或消息密文已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="82"/>
        <source>找不到该消息加密版本的私钥：请在设置中添加对应版本的私钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="86"/>
        <source>解析 encrypt_key 出错：RSA 解密结果不正确（私钥不匹配）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="90"/>
        <source>IP 非法：本机的公网出口 IP 不在会话存档的可信 IP 列表中。请在管理后台「会话内容存档」中添加该 IP，或使用出口 IP 已在列表中的代理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="97"/>
        <source>数据已过期：该消息或媒体文件已超出企业微信的保存期限，无法再拉取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="101"/>
        <source>证书错误：请检查系统时间是否正确，以及代理是否篡改了 HTTPS 证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="109"/>
        <source>媒体文件数据解析失败，稍后会自动重试；若同一文件反复失败，说明 sdkfileid 有误。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="120"/>
        <source>企业微信服务器繁忙，稍后会自动重试（最多 3 次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="126"/>
        <source>Secret 无效：请重新填写「会话内容存档」的 Secret（是否已被重置？）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="129"/>
        <source>企业 ID（corpid）无效：请在管理后台「我的企业」中核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="131"/>
        <source>Secret 无效：它可能属于另一个企业。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="134"/>
        <source>access_token 无效：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="140"/>
        <source>外部联系人 ID（external_userid）无效：请使用本企业主体下的 ID。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="144"/>
        <source>缺少 access_token：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="148"/>
        <source>缺少 Secret。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="151"/>
        <source>access_token 已过期：SDK 会重新获取 access_token，将自动重试一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="157"/>
        <source>调用过于频繁，已超出接口频率限制，稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="161"/>
        <source>并发调用过多，请减少同时进行的拉取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="165"/>
        <source>接口无权限：使用了应用自己的 Secret，而这里需要「会话内容存档」的 Secret。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="170"/>
        <source>无权限操作该成员或部门：该成员不在应用的可见范围内。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="174"/>
        <source>来源 IP 不受信任：请在应用的「企业可信IP」中添加本机公网出口 IP（约 1 分钟后生效）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="180"/>
        <source>成员与该客户不存在外部联系人关系（成员可能已删除该客户），客户名称需从其他来源获取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="186"/>
        <source>IP 不在会话存档的可信 IP 范围内：请在管理后台添加本机公网出口 IP。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="188"/>
        <source>媒体文件不存在或已过期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="189"/>
        <source>会话内容存档服务已过期，请续费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="191"/>
        <source>会话内容存档未开启，请在管理后台开启并完成配置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="195"/>
        <source>拉取的数据超出大小限制：即使每次只拉取 1 条也超限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="199"/>
        <source>该群不是内部群，没有数据：客户群请用 externalcontact/groupchat/get 获取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="204"/>
        <source>查询同意情况的请求过大：每次最多 100 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="207"/>
        <source>userid 或外部联系人 ID 不存在（可跳过这一对）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="212"/>
        <source>已取消。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="245"/>
        <source>{call} 返回未知错误码 {code}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="256"/>
        <source>企业微信服务器返回错误 {errcode}（errmsg: {errmsg}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="262"/>
        <source>企业微信服务器返回错误 {errcode}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/errors.py" line="268"/>
        <source>{message}（errmsg: {errmsg}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="103"/>
        <source>软件源 {index} 上没有 {wheel}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="114"/>
        <source>下载官方 SDK 失败：{error}。请检查网络，或用 --index-url 指定 PyPI 镜像。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="129"/>
        <source>下载的 {wheel} 校验失败（SHA-256 {digest}），已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/fetch.py" line="141"/>
        <source>{member} 校验失败，已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="78"/>
        <source>找不到 {where} 指定的 SDK 库文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="87"/>
        <source>{path} 不是可加载的共享库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="92"/>
        <source>{path} 是 {arch} 架构的库，本机需要 {expected} 架构的 {name}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/library.py" line="105"/>
        <source>找不到企业微信会话存档 SDK（{name}）。已查找：{places}。请运行 `wecom-desktop sdk fetch` 下载官方库，或从企业微信管理后台下载后在设置中指定其路径。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="99"/>
        <source>被信号 {name} 终止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="100"/>
        <source>退出码 {exitcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="161"/>
        <source>SDK 调用 {method} 超过 {deadline} 秒未返回，已终止 SDK 进程（将自动重启）。请检查网络或代理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sdk/worker.py" line="189"/>
        <source>SDK 进程在执行 {method} 时意外终止（{reason}），可能是收到了格式错误的数据。已记录，SDK 进程会自动重启。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../wecom_desktop/cli_search.py" line="116"/>
        <source>（已撤回）</source>
        <translation>（已撤回）</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="39"/>
        <source>全部会话</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="46"/>
        <source>全部发送人（输入姓名或账号）</source>
        <translation>全部发送人（输入姓名或账号）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="57"/>
        <source>全部类型</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="65"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="72"/>
        <source>重置</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="73"/>
        <source>清除全部筛选条件</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="84"/>
        <source>会话</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="85"/>
        <source>发送人</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="86"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="220"/>
        <source>会话 {id}</source>
        <translation>会话 {id}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="56"/>
        <source>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</source>
        <translation>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="167"/>
        <source>正在搜索…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="172"/>
        <source>正在加载更多…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="196"/>
        <source>搜索出错：{error}</source>
        <translation>搜索出错：{error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="206"/>
        <source>无结果</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="208"/>
        <source>已加载 {n} 条，滚动加载更多</source>
        <translation>已加载 {n} 条，滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="210"/>
        <source>{n} 条结果</source>
        <translation>{n} 条结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="213"/>
        <source>输入关键词或选择筛选条件开始搜索</source>
        <translation>输入关键词或选择筛选条件开始搜索</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_result_delegate.py" line="94"/>
        <source>（已撤回）</source>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_result_delegate.py" line="95"/>
        <source>（无会话）</source>
        <translation>（无会话）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="47"/>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="53"/>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="57"/>
        <source>私钥版本</source>
        <translation>私钥版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="58"/>
        <source>网络与 SDK</source>
        <translation>网络与 SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="59"/>
        <source>档案</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="78"/>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="86"/>
        <source>已保存（隐藏）；留空则不修改</source>
        <translation>已保存（隐藏）；留空则不修改</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="89"/>
        <source>删除已保存的代理账号</source>
        <translation>删除已保存的代理账号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="94"/>
        <source> 秒</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="96"/>
        <source>同步时下载图片、语音、视频和文件</source>
        <translation>同步时下载图片、语音、视频和文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="101"/>
        <source>每次调用超时</source>
        <translation>每次调用超时</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="108"/>
        <source>数据文件夹：{path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="113"/>
        <source>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</source>
        <translation>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="115"/>
        <source>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</source>
        <translation>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="119"/>
        <source>加密档案数据库…</source>
        <translation>加密档案数据库…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="123"/>
        <source>删除此档案配置…</source>
        <translation>删除此档案配置…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="182"/>
        <source>正在保存到系统钥匙串…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="202"/>
        <source>加密档案数据库</source>
        <translation>加密档案数据库</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="204"/>
        <source>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</source>
        <translation>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="222"/>
        <source>删除此档案配置</source>
        <translation>删除此档案配置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="224"/>
        <source>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</source>
        <translation>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="230"/>
        <source>同时删除本机上的档案数据库、媒体和日志（不可恢复）</source>
        <translation>同时删除本机上的档案数据库、媒体和日志（不可恢复）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="245"/>
        <source>正在删除…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="31"/>
        <source>请填写企业 ID。</source>
        <translation>请填写企业 ID。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="33"/>
        <source>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</source>
        <translation>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="42"/>
        <source>请填写会话内容存档的 Secret。</source>
        <translation>请填写会话内容存档的 Secret。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="44"/>
        <source>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</source>
        <translation>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="94"/>
        <source>设置会话存档</source>
        <translation>设置会话存档</translation>
    </message>
</context>
<context>
    <name>ShortTime</name>
    <message>
        <location filename="../../wecom_desktop/ui/time_labels.py" line="17"/>
        <source>M月d日</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/time_labels.py" line="24"/>
        <source>yyyy/M/d</source>
        <translation>yyyy/M/d</translation>
    </message>
</context>
<context>
    <name>StoredValueDamaged</name>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="160"/>
        <source>企业 ID</source>
        <translation type="unfinished">企业 ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="161"/>
        <source>会话内容存档 Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="162"/>
        <source>代理密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="163"/>
        <source>档案数据库密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="164"/>
        <source>私钥版本列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="171"/>
        <source>版本 {version} 的私钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="177"/>
        <source>缺少第 {part} 段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="178"/>
        <source>各段拼接后与校验和不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="179"/>
        <source>分段记录无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="180"/>
        <source>内容无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/credentials_errors.py" line="193"/>
        <source>系统钥匙串中保存的{label}已损坏（{why}），无法使用：请重新填写。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../wecom_desktop/cli_sync.py" line="88"/>
        <source>没有凭据：请在程序中完成设置，或设置环境变量 {corp_id}、{secret}、{keys}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/cli_sync.py" line="104"/>
        <source>{folder} 中没有私钥</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="34"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="62"/>
        <source>正在连接企业微信…</source>
        <translation>正在连接企业微信…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="72"/>
        <source>正在取消（当前批次写完后停止）…</source>
        <translation>正在取消（当前批次写完后停止）…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="88"/>
        <source>正在下载媒体 {done}/{total} · {size}</source>
        <translation>正在下载媒体 {done}/{total} · {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="96"/>
        <source>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</source>
        <translation>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="109"/>
        <source>同步失败（已存 {n} 条）</source>
        <translation>同步失败（已存 {n} 条）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="111"/>
        <source>同步已取消（已存 {n} 条，下次从断点继续）</source>
        <translation>同步已取消（已存 {n} 条，下次从断点继续）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="113"/>
        <source>同步完成：新增 {n} 条</source>
        <translation>同步完成：新增 {n} 条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="120"/>
        <source>同步中断：已保存的消息不受影响，下次从断点继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="122"/>
        <source>同步未能开始</source>
        <translation>同步未能开始</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="145"/>
        <source>同步失败</source>
        <translation>同步失败</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../wecom_desktop/sync/pipeline.py" line="45"/>
        <source>{delay} 秒后重试 {what}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/pipeline.py" line="179"/>
        <source>数据超出大小限制，每次改为拉取 {limit} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_worker.py" line="37"/>
        <source>钥匙串中没有此档案完整的凭据（企业 ID、Secret 和至少一个私钥）。请在「设置」中填写。</source>
        <translation>钥匙串中没有此档案完整的凭据（企业 ID、Secret 和至少一个私钥）。请在「设置」中填写。</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="24"/>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="26"/>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="25"/>
        <source>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</source>
        <translation>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="44"/>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="59"/>
        <source>连接成功。</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60"/>
        <source>已拉取到消息。</source>
        <translation>已拉取到消息。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60"/>
        <source>暂时没有可拉取的消息。</source>
        <translation>暂时没有可拉取的消息。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="66"/>
        <source>连接失败{code}：</source>
        <translation>连接失败{code}：</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="71"/>
        <source>连接测试出错：{error}</source>
        <translation>连接测试出错：{error}</translation>
    </message>
</context>
<context>
    <name>UnwrapError</name>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="137"/>
        <source>encrypt_random_key 不是有效的 base64 文本，数据可能已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="140"/>
        <source>encrypt_random_key 的长度与{which}私钥不符：该消息是用另一把（长度不同的）公钥加密的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="144"/>
        <source>无法用{which}私钥解开 encrypt_random_key：私钥与加密该消息的公钥不匹配，或数据已损坏。请确认为每个 publickey_ver 版本填写了对应的私钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="150"/>
        <source>版本 {version} 的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/crypto/key_errors.py" line="151"/>
        <source>该</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="41"/>
        <source>粘贴回调 URL、查询字符串或服务器日志中的一行</source>
        <translation>粘贴回调 URL、查询字符串或服务器日志中的一行</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="43"/>
        <source>验证</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="49"/>
        <source>或分别填写四个参数</source>
        <translation>或分别填写四个参数</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="70"/>
        <source>验证通过后，这里是服务器应原样返回的明文</source>
        <translation>验证通过后，这里是服务器应原样返回的明文</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="71"/>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="82"/>
        <source>应返回的明文</source>
        <translation>应返回的明文</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="119"/>
        <source>已尝试的解读：</source>
        <translation>已尝试的解读：</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="127"/>
        <source>请粘贴回调 URL，或填写全部四个参数（缺少：{names}）。</source>
        <translation>请粘贴回调 URL，或填写全部四个参数（缺少：{names}）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="136"/>
        <source>✓ 验证通过：把下面的明文作为响应正文原样返回</source>
        <translation>✓ 验证通过：把下面的明文作为响应正文原样返回</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="142"/>
        <source>采用的解读：{how}</source>
        <translation>采用的解读：{how}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="143"/>
        <source>消息携带的 ReceiveId：{id}</source>
        <translation>消息携带的 ReceiveId：{id}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="143"/>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="146"/>
        <source>ReceiveId 未校验（选择了“不校验，只显示”）。</source>
        <translation>ReceiveId 未校验（选择了“不校验，只显示”）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/verify_tab.py" line="150"/>
        <source>✗ 验证失败</source>
        <translation>✗ 验证失败</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="15"/>
        <source>磁盘空间不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="16"/>
        <source>文件超出了文件系统或系统允许的大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="17"/>
        <source>文件夹所在的磁盘是只读的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="18"/>
        <source>没有写入权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="23"/>
        <source>超出了磁盘配额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="24"/>
        <source>未知</source>
        <translation type="unfinished">未知</translation>
    </message>
</context>
<context>
    <name>WriteFailureNotPermitted</name>
    <message>
        <location filename="../../wecom_desktop/core/write_errors.py" line="20"/>
        <source>没有写入权限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
