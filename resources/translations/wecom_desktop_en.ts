<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="44" />
        <source>无法打开档案</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="53" />
        <source> — 演示档案</source>
        <translation> — demo archive</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="15" />
        <source>企业与会话存档 Secret</source>
        <translation>Company and archive Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="18" />
        <source>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</source>
        <translation>Found in the WeCom admin console: My Company → Company Info (corp id); Management Tools → Chat Archive (Secret).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="27" />
        <source>显示 Secret</source>
        <translation>Show Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="34" />
        <source>企业 ID</source>
        <translation>Corp ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="35" />
        <source>会话存档 Secret</source>
        <translation>Archive Secret</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="27" />
        <source>网络与 SDK</source>
        <translation>Network and SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="30" />
        <source>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</source>
        <translation>This machine's public egress IP must be in the archive's trusted IP list. To go through a proxy, enter it here; the proxy's egress IP must be listed too.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="39" />
        <source>用户名:密码（可选）</source>
        <translation>user:password (optional)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="42" />
        <source>自动查找</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="44" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="54" />
        <source>代理地址</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="55" />
        <source>代理账号</source>
        <translation>Proxy account</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="56" />
        <source>SDK 库文件</source>
        <translation>SDK library</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="67" />
        <source>选择企业微信会话存档 SDK 库</source>
        <translation>Choose the WeCom finance SDK library</translation>
    </message>
</context>
<context>
    <name>DemoBuildDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="18" />
        <source>演示档案</source>
        <translation>Demo archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="19" />
        <source>正在生成演示档案…</source>
        <translation>Building the demo archive…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="20" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="44" />
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>KeyVersionPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>公钥版本</source>
        <translation>Key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>消息数</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>待解密</source>
        <translation>Undecrypted</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>私钥</source>
        <translation>Private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="45" />
        <source>添加私钥…</source>
        <translation>Add private key…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="47" />
        <source>删除所选版本的私钥</source>
        <translation>Delete the selected version's key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="65" />
        <source>已保存</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="65" />
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="78" />
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="81" />
        <source>添加私钥</source>
        <translation>Add private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="78" />
        <source>公钥版本号</source>
        <translation>Public key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="81" />
        <source>粘贴私钥（PEM）</source>
        <translation>Paste the private key (PEM)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="87" />
        <source>删除私钥</source>
        <translation>Delete private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="89" />
        <source>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</source>
        <translation>{count} messages of version {version} are still encrypted; without this key they can never be decrypted. Delete it?</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="118" />
        <source>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</source>
        <translation>Added the key of version {version} (the archive holds no record of that version to verify it with).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="127" />
        <source>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</source>
        <translation>This key does not open the archive's records of version {version}: it is not that version's key. Not saved.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="132" />
        <source>已验证并添加版本 {version} 的私钥。</source>
        <translation>Verified and added the key of version {version}.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="28" />
        <source>消息加密私钥</source>
        <translation>Message encryption private keys</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="31" />
        <source>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</source>
        <translation>Each public key version has its private key. Keep every old private key: messages encrypted with an old public key can only be decrypted with its private key. You can also generate a new key pair here and paste the public key into the admin console (Management Tools → Chat Archive → Message encryption public key).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="51" />
        <source>添加此私钥</source>
        <translation>Add this private key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="54" />
        <source>从文件载入…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="56" />
        <source>生成新的密钥对</source>
        <translation>Generate a new key pair</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="59" />
        <source>复制公钥</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="64" />
        <source>公钥版本号</source>
        <translation>Public key version</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="76" />
        <source>已添加的私钥</source>
        <translation>Private keys added</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81" />
        <source>选择私钥文件</source>
        <translation>Choose a private key file</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81" />
        <source>私钥 (*.pem *.key *.txt);;所有文件 (*)</source>
        <translation>Private keys (*.pem *.key *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="113" />
        <source>已添加版本 {version} 的私钥（RSA-{bits}）。</source>
        <translation>Added the private key of version {version} (RSA-{bits}).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="118" />
        <source>版本 {version}：RSA-{bits}，指纹 {fingerprint}</source>
        <translation>Version {version}: RSA-{bits}, fingerprint {fingerprint}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="21" />
        <source>企业微信会话存档</source>
        <translation>WeCom Chat Archive</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="37" />
        <source>{n} 个会话</source>
        <translation>{n} conversations</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="74" />
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="75" />
        <source>[不支持的消息: {type}]</source>
        <translation>[Unsupported message: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="94" />
        <source>[切换企业] {user}</source>
        <translation>[Switched company] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="109" />
        <source>[无法解密] {error}</source>
        <translation>[Cannot decrypt] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="29" />
        <source>{m}分{s}秒</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="30" />
        <location filename="../../wecom_desktop/core/bodies_text.py" line="473" />
        <source>{s}秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="45" />
        <source>[图片]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="69" />
        <source>[语音]</source>
        <translation>[Voice]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="95" />
        <source>[视频]</source>
        <translation>[Video]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="127" />
        <source>[表情]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="158" />
        <source>[文件]</source>
        <translation>[File]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="208" />
        <source>[音频存档]</source>
        <translation>[Call recording]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="239" />
        <source>[音频共享文档]</source>
        <translation>[Document shared in call]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="87" />
        <source>[聊天记录]</source>
        <translation>[Chat history]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="88" />
        <source>{n}条</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="125" />
        <source>[图文混排]</source>
        <translation>[Mixed content]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="45" />
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="61" />
        <source>[撤回了一条消息]</source>
        <translation>[Recalled a message]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="75" />
        <source>[同意会话存档]</source>
        <translation>[Agreed to chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="89" />
        <source>[不同意会话存档]</source>
        <translation>[Declined chat archiving]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="103" />
        <source>[名片]</source>
        <translation>[Contact card]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="129" />
        <source>[位置]</source>
        <translation>[Location]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="153" />
        <source>[链接]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="178" />
        <source>[小程序]</source>
        <translation>[Mini program]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="196" />
        <source>[待办]</source>
        <translation>[To-do]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="222" />
        <source>[投票]</source>
        <translation>[Vote]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="260" />
        <source>[填表]</source>
        <translation>[Form]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="291" />
        <source>[红包]</source>
        <translation>[Red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="305" />
        <source>[互通红包]</source>
        <translation>[Cross-company red packet]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="335" />
        <source>[会议]</source>
        <translation>[Meeting]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="355" />
        <source>[会议控制]</source>
        <translation>[Meeting control]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="373" />
        <source>[在线文档]</source>
        <translation>[Online document]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="403" />
        <source>[图文]</source>
        <translation>[Article]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="433" />
        <source>[日程]</source>
        <translation>[Calendar event]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="452" />
        <source>[视频号]</source>
        <translation>[Channels post]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="470" />
        <source>[音视频通话]</source>
        <translation>[Voice/video call]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="488" />
        <source>[微盘文件]</source>
        <translation>[WeDrive file]</translation>
    </message>
</context>
<context>
    <name>RejectedRecord</name>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="28" />
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>not valid JSON: {error} (column {column})</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="33" />
        <source>JSON 嵌套过深</source>
        <translation>JSON nested too deeply</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="36" />
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>not a JSON object but {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="59" />
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>no msgid, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="62" />
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid is {kind}, not text, so it cannot be de-duplicated; not imported</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="49" />
        <source>不是有效的 UTF-8 文本（第 {offset} 字节）</source>
        <translation>not valid UTF-8 text (byte {offset})</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../wecom_desktop/cli_search.py" line="116" />
        <source>（已撤回）</source>
        <translation>(recalled)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="31" />
        <source>请填写企业 ID。</source>
        <translation>Enter the corp id.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="33" />
        <source>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</source>
        <translation>A corp id is 18 characters starting with ww (shown at the bottom of My Company → Company Info in the admin console).</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="42" />
        <source>请填写会话内容存档的 Secret。</source>
        <translation>Enter the chat archive Secret.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="44" />
        <source>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</source>
        <translation>A Secret has only letters, digits, - and _ (see Management Tools → Chat Archive); check that it was copied completely.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="98" />
        <source>设置会话存档</source>
        <translation>Set up the chat archive</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="24" />
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="26" />
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="25" />
        <source>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</source>
        <translation>Initialise the SDK with these settings and pull one message. A failure says why and what to do.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="44" />
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="59" />
        <source>连接成功。</source>
        <translation>Connected. </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60" />
        <source>已拉取到消息。</source>
        <translation>A message was pulled.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60" />
        <source>暂时没有可拉取的消息。</source>
        <translation>There are no messages to pull yet.</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="66" />
        <source>连接失败{code}：</source>
        <translation>Connection failed{code}: </translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="71" />
        <source>连接测试出错：{error}</source>
        <translation>The connection test failed: {error}</translation>
    </message>
</context>
</TS>