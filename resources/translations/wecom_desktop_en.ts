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
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="70"/>
        <source>腾讯官方库（{version}）</source>
        <translation>Official Tencent library ({version})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="71"/>
        <source>模拟库（测试与演示用）</source>
        <translation>Emulator library (for testing and demos)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="72"/>
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
        <source>空（个人主体的第三方应用）</source>
        <translation>Empty (third-party app of a personal developer)</translation>
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
    <name>ConversationListModel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="156"/>
        <source>成员：{names}</source>
        <translation>Members: {names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="157"/>
        <source>{n} 条消息</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="159"/>
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
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="178"/>
        <source>无法读取会话：{error}</source>
        <translation>Couldn&apos;t load conversations: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="186"/>
        <source>显示 {shown} 个，共 {n} 个会话</source>
        <translation>Showing {shown} of {n} conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="190"/>
        <source>共 {n} 个会话</source>
        <translation>{n} conversations</translation>
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
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="73"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="78"/>
        <source>当前会话：{title}</source>
        <translation>Current conversation: {title}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="80"/>
        <source>当前会话</source>
        <translation>Current conversation</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="84"/>
        <source>搜索结果（已加载的 {n} 条）</source>
        <translation>Search results ({n} loaded)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="91"/>
        <source>HTML 聊天记录（可打印）</source>
        <translation>HTML chat transcript (printable)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="92"/>
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="93"/>
        <source>CSV 表格 (.csv)</source>
        <translation>CSV spreadsheet (.csv)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="94"/>
        <source>原始 JSON 行 (.jsonl，证据格式)</source>
        <translation>Raw JSON Lines (.jsonl, evidence format)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="110"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="112"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="122"/>
        <source>请先打开一个会话或进行一次搜索。</source>
        <translation>Open a conversation or run a search first.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="133"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="156"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="168"/>
        <source>已导出 {n} 条消息到 {path}</source>
        <translation>Exported {n} messages to {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="173"/>
        <source>导出已取消，未留下文件。</source>
        <translation>Export cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="177"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="185"/>
        <source>关闭</source>
        <translation>Close</translation>
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
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="193"/>
        <source>测试已停止。</source>
        <translation>Test stopped.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="195"/>
        <source>✓ 全部通过：回调服务器工作正常。</source>
        <translation>✓ All passed: the callback server works.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="197"/>
        <source>✗ 有步骤未通过，选择它查看原因。</source>
        <translation>✗ A step failed; select it to see why.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="201"/>
        <source>测试出错：{error}</source>
        <translation>The test failed: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="44"/>
        <source>企业微信会话存档</source>
        <translation>WeCom Chat Archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="45"/>
        <source> — 演示档案</source>
        <translation> — Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="56"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="90"/>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="93"/>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="95"/>
        <source>搜索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="98"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="100"/>
        <source>设置(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="102"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="103"/>
        <source>关于(&amp;A)…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="104"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="109"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="112"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="125"/>
        <source>外观(&amp;A)</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="136"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="137"/>
        <source>回调检查(&amp;C)…</source>
        <translation>&amp;Callback checker…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="141"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="143"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="233"/>
        <source>{n} 条消息</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="234"/>
        <source>{n} 个会话</source>
        <translation>{n} conversations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="235"/>
        <source>档案 {size}</source>
        <translation>Archive {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="238"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="238"/>
        <source>演示档案</source>
        <translation>Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="244"/>
        <source>成功</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="245"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="246"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="247"/>
        <source>未完成</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="249"/>
        <source>上次同步 {when}（{outcome}）</source>
        <translation>Last sync {when} ({outcome})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="289"/>
        <source>正在读取系统钥匙串…</source>
        <translation>Reading the system keyring…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="291"/>
        <source>无法读取凭据</source>
        <translation>Couldn&apos;t read credentials</translation>
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
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="75"/>
        <source>已撤回</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="81"/>
        <source>撤回于 {time}</source>
        <translation>Recalled at {time}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="86"/>
        <source>{name} 撤回了一条消息</source>
        <translation>{name} recalled a message</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="88"/>
        <source>{name} 同意会话存档</source>
        <translation>{name} agreed to chat archiving</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="90"/>
        <source>{name} 拒绝会话存档</source>
        <translation>{name} declined chat archiving</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="92"/>
        <source>{name} 切换企业</source>
        <translation>{name} switched organizations</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="105"/>
        <source>无法解密的消息：{reason}</source>
        <translation>Undecryptable message: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="122"/>
        <source>无法完整显示：{reason}</source>
        <translation>Can&apos;t be shown in full: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="122"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="123"/>
        <source>[不支持的消息: {type}]</source>
        <translation>[Unsupported message: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="145"/>
        <source>[切换企业] {user}</source>
        <translation>[Switched company] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="160"/>
        <source>[无法解密] {error}</source>
        <translation>[Cannot decrypt] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="94"/>
        <source>{m}分{s}秒</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="95"/>
        <source>{s}秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="36"/>
        <location filename="../../wecom_desktop/core/parse.py" line="150"/>
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
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="91"/>
        <source>[聊天记录]</source>
        <translation>[Chat history]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="92"/>
        <source>{n}条</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="129"/>
        <source>[图文混排]</source>
        <translation>[Mixed content]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="45"/>
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="61"/>
        <source>[撤回了一条消息]</source>
        <translation>[Recalled a message]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="75"/>
        <source>[同意会话存档]</source>
        <translation>[Agreed to chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="89"/>
        <source>[不同意会话存档]</source>
        <translation>[Declined chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="103"/>
        <source>[名片]</source>
        <translation>[Contact card]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="129"/>
        <source>[位置]</source>
        <translation>[Location]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="153"/>
        <source>[链接]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="178"/>
        <source>[小程序]</source>
        <translation>[Mini program]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="197"/>
        <source>[待办]</source>
        <translation>[To-do]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="223"/>
        <source>[投票]</source>
        <translation>[Vote]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="261"/>
        <source>[填表]</source>
        <translation>[Form]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="292"/>
        <source>[红包]</source>
        <translation>[Red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="306"/>
        <source>[互通红包]</source>
        <translation>[Cross-company red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="336"/>
        <source>[会议]</source>
        <translation>[Meeting]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="356"/>
        <source>[会议控制]</source>
        <translation>[Meeting control]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="374"/>
        <source>[在线文档]</source>
        <translation>[Online document]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="404"/>
        <source>[图文]</source>
        <translation>[Article]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="434"/>
        <source>[日程]</source>
        <translation>[Calendar event]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="453"/>
        <source>[视频号]</source>
        <translation>[Channels post]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="471"/>
        <source>[音视频通话]</source>
        <translation>[Voice/video call]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="486"/>
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
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="284"/>
        <source>无法读取消息：{reason}</source>
        <translation>Couldn&apos;t load messages: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="286"/>
        <source>选择一个会话以查看消息</source>
        <translation>Select a conversation to view its messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="288"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="288"/>
        <source>这个会话没有消息</source>
        <translation>This conversation has no messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="314"/>
        <source>复制文本</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="317"/>
        <source>复制消息 ID</source>
        <translation>Copy message ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="320"/>
        <source>查看原始 JSON</source>
        <translation>View raw JSON</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="324"/>
        <source>在搜索结果中显示</source>
        <translation>Show in search results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="331"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="333"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="338"/>
        <source>打开文件 {name}</source>
        <translation>Open file {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="339"/>
        <source>另存为… {name}</source>
        <translation>Save as… {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="378"/>
        <source>无法保存文件 {path}：{reason}</source>
        <translation>Couldn&apos;t save file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="386"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="389"/>
        <source>消息</source>
        <translation>Message</translation>
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
        <location filename="../../wecom_desktop/core/parse.py" line="36"/>
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>not valid JSON: {error} (column {column})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="41"/>
        <source>JSON 嵌套过深</source>
        <translation>JSON nested too deeply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="44"/>
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>not a JSON object but {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="67"/>
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>no msgid, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="70"/>
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid is {kind}, not text, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="63"/>
        <source>不是有效的 UTF-8 文本（第 {offset} 字节），文件可能是 GBK/GB18030 等旧编码，请先转换为 UTF-8</source>
        <translation>not valid UTF-8 (byte {offset}): the file may be in GBK/GB18030 or another legacy encoding; convert it to UTF-8</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="224"/>
        <source>档案数据库拒绝保存：{reason}</source>
        <translation>the archive database refused to store it: {reason}</translation>
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
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="231"/>
        <source>会话 {id}</source>
        <translation>Conversation {id}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="42"/>
        <source>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</source>
        <translation>Search messages (separate words with spaces; &quot;quotes&quot; for exact phrases)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="149"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="154"/>
        <source>正在加载更多…</source>
        <translation>Loading more…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="177"/>
        <source>搜索出错：{error}</source>
        <translation>Search error: {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="187"/>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="189"/>
        <source>已加载 {n} 条，滚动加载更多</source>
        <translation>{n} loaded; scroll to load more</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="191"/>
        <source>{n} 条结果</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="194"/>
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
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="46"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="52"/>
        <source>企业</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="56"/>
        <source>私钥版本</source>
        <translation>Private keys</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="57"/>
        <source>网络与 SDK</source>
        <translation>Network &amp; SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="58"/>
        <source>档案</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="77"/>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="85"/>
        <source>已保存（隐藏）；留空则不修改</source>
        <translation>Saved (hidden); leave blank to keep</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="88"/>
        <source>删除已保存的代理账号</source>
        <translation>Delete saved proxy credentials</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="93"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="95"/>
        <source>同步时下载图片、语音、视频和文件</source>
        <translation>Download images, voice, video and files while syncing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="100"/>
        <source>每次调用超时</source>
        <translation>Timeout per call</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="107"/>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="112"/>
        <source>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</source>
        <translation>The archive database is encrypted with SQLCipher; its key is stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="114"/>
        <source>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</source>
        <translation>The archive database is not encrypted. Once encrypted, it can&apos;t be opened without the key in this computer&apos;s keyring (media files are not encrypted).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="118"/>
        <source>加密档案数据库…</source>
        <translation>Encrypt archive database…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="122"/>
        <source>删除此档案配置…</source>
        <translation>Delete this archive profile…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="181"/>
        <source>正在保存到系统钥匙串…</source>
        <translation>Saving to the system keyring…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="198"/>
        <source>加密档案数据库</source>
        <translation>Encrypt archive database</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="200"/>
        <source>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</source>
        <translation>A database key will be generated and stored in the system keyring, and the archive will be rewritten as an encrypted file. After that, the archive can&apos;t be opened on a computer without that keyring. Continue?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="218"/>
        <source>删除此档案配置</source>
        <translation>Delete this archive profile</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="220"/>
        <source>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</source>
        <translation>This archive&apos;s corp ID, Secret, all private keys and proxy credentials will be deleted from the system keyring, and its settings cleared. Encrypted archives that are kept still keep their database key.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="226"/>
        <source>同时删除本机上的档案数据库、媒体和日志（不可恢复）</source>
        <translation>Also delete the archive database, media and logs on this computer (cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="241"/>
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
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="98"/>
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
        <location filename="../../wecom_desktop/ui/time_labels.py" line="18"/>
        <source>yyyy/M/d</source>
        <translation>MMM d, yyyy</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="33"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="61"/>
        <source>正在连接企业微信…</source>
        <translation>Connecting to WeCom…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="71"/>
        <source>正在取消（当前批次写完后停止）…</source>
        <translation>Cancelling (stops after the current batch is written)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="90"/>
        <source>正在下载媒体 {done}/{total} · {size}</source>
        <translation>Downloading media {done}/{total} · {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="98"/>
        <source>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</source>
        <translation>{stored} stored · {bad} undecryptable · seq {seq} · {rate} msg/s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="111"/>
        <source>同步失败（已存 {n} 条）</source>
        <translation>Sync failed ({n} stored)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="113"/>
        <source>同步已取消（已存 {n} 条，下次从断点继续）</source>
        <translation>Sync cancelled ({n} stored; the next sync resumes from here)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="115"/>
        <source>同步完成：新增 {n} 条</source>
        <translation>Sync complete: {n} new</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="122"/>
        <source>同步中断：已保存的消息不受影响，下次从断点继续</source>
        <translation>Sync stopped: what was stored is kept, and the next sync continues from there</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="124"/>
        <source>同步未能开始</source>
        <translation>Sync couldn&apos;t start</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="149"/>
        <source>同步失败</source>
        <translation>Sync failed</translation>
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
</TS>
