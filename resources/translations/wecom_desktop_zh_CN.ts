<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="44" />
        <source>无法打开档案</source>
        <translation>无法打开档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="53" />
        <source> — 演示档案</source>
        <translation> — 演示档案</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="15" />
        <source>企业与会话存档 Secret</source>
        <translation>企业与会话存档 Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="18" />
        <source>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</source>
        <translation>在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="27" />
        <source>显示 Secret</source>
        <translation>显示 Secret</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="34" />
        <source>企业 ID</source>
        <translation>企业 ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/company_page.py" line="35" />
        <source>会话存档 Secret</source>
        <translation>会话存档 Secret</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="27" />
        <source>网络与 SDK</source>
        <translation>网络与 SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="30" />
        <source>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</source>
        <translation>本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="39" />
        <source>用户名:密码（可选）</source>
        <translation>用户名:密码（可选）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="42" />
        <source>自动查找</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="44" />
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="54" />
        <source>代理地址</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="55" />
        <source>代理账号</source>
        <translation>代理账号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="56" />
        <source>SDK 库文件</source>
        <translation>SDK 库文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/connection_page.py" line="67" />
        <source>选择企业微信会话存档 SDK 库</source>
        <translation>选择企业微信会话存档 SDK 库</translation>
    </message>
</context>
<context>
    <name>DemoBuildDialog</name>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="18" />
        <source>演示档案</source>
        <translation>演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="19" />
        <source>正在生成演示档案…</source>
        <translation>正在生成演示档案…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="20" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/demo_build_dialog.py" line="44" />
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>KeyVersionPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>公钥版本</source>
        <translation>公钥版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>消息数</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>待解密</source>
        <translation>待解密</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="37" />
        <source>私钥</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="45" />
        <source>添加私钥…</source>
        <translation>添加私钥…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="47" />
        <source>删除所选版本的私钥</source>
        <translation>删除所选版本的私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="65" />
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="65" />
        <source>缺少</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="78" />
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="81" />
        <source>添加私钥</source>
        <translation>添加私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="78" />
        <source>公钥版本号</source>
        <translation>公钥版本号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="81" />
        <source>粘贴私钥（PEM）</source>
        <translation>粘贴私钥（PEM）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="87" />
        <source>删除私钥</source>
        <translation>删除私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="89" />
        <source>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</source>
        <translation>有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="118" />
        <source>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</source>
        <translation>已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="127" />
        <source>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</source>
        <translation>这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/key_version_panel.py" line="132" />
        <source>已验证并添加版本 {version} 的私钥。</source>
        <translation>已验证并添加版本 {version} 的私钥。</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="28" />
        <source>消息加密私钥</source>
        <translation>消息加密私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="31" />
        <source>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</source>
        <translation>每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="51" />
        <source>添加此私钥</source>
        <translation>添加此私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="54" />
        <source>从文件载入…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="56" />
        <source>生成新的密钥对</source>
        <translation>生成新的密钥对</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="59" />
        <source>复制公钥</source>
        <translation>复制公钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="64" />
        <source>公钥版本号</source>
        <translation>公钥版本号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="76" />
        <source>已添加的私钥</source>
        <translation>已添加的私钥</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81" />
        <source>选择私钥文件</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="81" />
        <source>私钥 (*.pem *.key *.txt);;所有文件 (*)</source>
        <translation>私钥 (*.pem *.key *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="113" />
        <source>已添加版本 {version} 的私钥（RSA-{bits}）。</source>
        <translation>已添加版本 {version} 的私钥（RSA-{bits}）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/keys_page.py" line="118" />
        <source>版本 {version}：RSA-{bits}，指纹 {fingerprint}</source>
        <translation>版本 {version}：RSA-{bits}，指纹 {fingerprint}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="21" />
        <source>企业微信会话存档</source>
        <translation>企业微信会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="37" />
        <source>{n} 个会话</source>
        <translation>{n} 个会话</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="74" />
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="75" />
        <source>[不支持的消息: {type}]</source>
        <translation>[不支持的消息: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="94" />
        <source>[切换企业] {user}</source>
        <translation>[切换企业] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="109" />
        <source>[无法解密] {error}</source>
        <translation>[无法解密] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="29" />
        <source>{m}分{s}秒</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="30" />
        <location filename="../../wecom_desktop/core/bodies_text.py" line="473" />
        <source>{s}秒</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="45" />
        <source>[图片]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="69" />
        <source>[语音]</source>
        <translation>[语音]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="95" />
        <source>[视频]</source>
        <translation>[视频]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="127" />
        <source>[表情]</source>
        <translation>[表情]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="158" />
        <source>[文件]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="208" />
        <source>[音频存档]</source>
        <translation>[音频存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="239" />
        <source>[音频共享文档]</source>
        <translation>[音频共享文档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="87" />
        <source>[聊天记录]</source>
        <translation>[聊天记录]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="88" />
        <source>{n}条</source>
        <translation>{n}条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="125" />
        <source>[图文混排]</source>
        <translation>[图文混排]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="45" />
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="61" />
        <source>[撤回了一条消息]</source>
        <translation>[撤回了一条消息]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="75" />
        <source>[同意会话存档]</source>
        <translation>[同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="89" />
        <source>[不同意会话存档]</source>
        <translation>[不同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="103" />
        <source>[名片]</source>
        <translation>[名片]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="129" />
        <source>[位置]</source>
        <translation>[位置]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="153" />
        <source>[链接]</source>
        <translation>[链接]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="178" />
        <source>[小程序]</source>
        <translation>[小程序]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="196" />
        <source>[待办]</source>
        <translation>[待办]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="222" />
        <source>[投票]</source>
        <translation>[投票]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="260" />
        <source>[填表]</source>
        <translation>[填表]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="291" />
        <source>[红包]</source>
        <translation>[红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="305" />
        <source>[互通红包]</source>
        <translation>[互通红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="335" />
        <source>[会议]</source>
        <translation>[会议]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="355" />
        <source>[会议控制]</source>
        <translation>[会议控制]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="373" />
        <source>[在线文档]</source>
        <translation>[在线文档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="403" />
        <source>[图文]</source>
        <translation>[图文]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="433" />
        <source>[日程]</source>
        <translation>[日程]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="452" />
        <source>[视频号]</source>
        <translation>[视频号]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="470" />
        <source>[音视频通话]</source>
        <translation>[音视频通话]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="488" />
        <source>[微盘文件]</source>
        <translation>[微盘文件]</translation>
    </message>
</context>
<context>
    <name>RejectedRecord</name>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="28" />
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>不是有效的 JSON：{error}（第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="33" />
        <source>JSON 嵌套过深</source>
        <translation>JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="36" />
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>不是 JSON 对象，而是 {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="59" />
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>缺少 msgid，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="62" />
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid 不是文本而是 {kind}，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="49" />
        <source>不是有效的 UTF-8 文本（第 {offset} 字节）</source>
        <translation>不是有效的 UTF-8 文本（第 {offset} 字节）</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../wecom_desktop/cli_search.py" line="116" />
        <source>（已撤回）</source>
        <translation>（已撤回）</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="31" />
        <source>请填写企业 ID。</source>
        <translation>请填写企业 ID。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="33" />
        <source>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</source>
        <translation>企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="42" />
        <source>请填写会话内容存档的 Secret。</source>
        <translation>请填写会话内容存档的 Secret。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/values.py" line="44" />
        <source>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</source>
        <translation>Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="98" />
        <source>设置会话存档</source>
        <translation>设置会话存档</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="24" />
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="26" />
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="25" />
        <source>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</source>
        <translation>用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="44" />
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="59" />
        <source>连接成功。</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60" />
        <source>已拉取到消息。</source>
        <translation>已拉取到消息。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="60" />
        <source>暂时没有可拉取的消息。</source>
        <translation>暂时没有可拉取的消息。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="66" />
        <source>连接失败{code}：</source>
        <translation>连接失败{code}：</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="71" />
        <source>连接测试出错：{error}</source>
        <translation>连接测试出错：{error}</translation>
    </message>
</context>
</TS>