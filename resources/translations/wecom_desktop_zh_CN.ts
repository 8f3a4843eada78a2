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
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="70"/>
        <source>腾讯官方库（{version}）</source>
        <translation>腾讯官方库（{version}）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="71"/>
        <source>模拟库（测试与演示用）</source>
        <translation>模拟库（测试与演示用）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/about_dialog.py" line="72"/>
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
        <source>空（个人主体的第三方应用）</source>
        <translation>空（个人主体的第三方应用）</translation>
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
    <name>ConversationListModel</name>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="156"/>
        <source>成员：{names}</source>
        <translation>成员：{names}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="157"/>
        <source>{n} 条消息</source>
        <translation>{n} 条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_list_model.py" line="159"/>
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
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="178"/>
        <source>无法读取会话：{error}</source>
        <translation>无法读取会话：{error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="186"/>
        <source>显示 {shown} 个，共 {n} 个会话</source>
        <translation>显示 {shown} 个，共 {n} 个会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/conversation_panel.py" line="190"/>
        <source>共 {n} 个会话</source>
        <translation>共 {n} 个会话</translation>
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
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="73"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="78"/>
        <source>当前会话：{title}</source>
        <translation>当前会话：{title}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="80"/>
        <source>当前会话</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="84"/>
        <source>搜索结果（已加载的 {n} 条）</source>
        <translation>搜索结果（已加载的 {n} 条）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="91"/>
        <source>HTML 聊天记录（可打印）</source>
        <translation>HTML 聊天记录（可打印）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="92"/>
        <source>Excel 工作簿 (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="93"/>
        <source>CSV 表格 (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="94"/>
        <source>原始 JSON 行 (.jsonl，证据格式)</source>
        <translation>原始 JSON 行 (.jsonl，证据格式)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="110"/>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="112"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="122"/>
        <source>请先打开一个会话或进行一次搜索。</source>
        <translation>请先打开一个会话或进行一次搜索。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="133"/>
        <source>导出到</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="156"/>
        <source>正在导出…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="168"/>
        <source>已导出 {n} 条消息到 {path}</source>
        <translation>已导出 {n} 条消息到 {path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="173"/>
        <source>导出已取消，未留下文件。</source>
        <translation>导出已取消，未留下文件。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="177"/>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/export_dialog.py" line="185"/>
        <source>关闭</source>
        <translation>关闭</translation>
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
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="193"/>
        <source>测试已停止。</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="195"/>
        <source>✓ 全部通过：回调服务器工作正常。</source>
        <translation>✓ 全部通过：回调服务器工作正常。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="197"/>
        <source>✗ 有步骤未通过，选择它查看原因。</source>
        <translation>✗ 有步骤未通过，选择它查看原因。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/callback/live_tab.py" line="201"/>
        <source>测试出错：{error}</source>
        <translation>测试出错：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="44"/>
        <source>企业微信会话存档</source>
        <translation>企业微信会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="45"/>
        <source> — 演示档案</source>
        <translation> — 演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="56"/>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="90"/>
        <source>同步(&amp;S)</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="93"/>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="95"/>
        <source>搜索(&amp;F)</source>
        <translation>搜索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="98"/>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="100"/>
        <source>设置(&amp;P)…</source>
        <translation>设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="102"/>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="103"/>
        <source>关于(&amp;A)…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="104"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="109"/>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="112"/>
        <source>语言(&amp;L)</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="125"/>
        <source>外观(&amp;A)</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>浅色</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="127"/>
        <source>深色</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="136"/>
        <source>工具(&amp;T)</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="137"/>
        <source>回调检查(&amp;C)…</source>
        <translation>回调检查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="141"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="143"/>
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="233"/>
        <source>{n} 条消息</source>
        <translation>{n} 条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="234"/>
        <source>{n} 个会话</source>
        <translation>{n} 个会话</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="235"/>
        <source>档案 {size}</source>
        <translation>档案 {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="238"/>
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="238"/>
        <source>演示档案</source>
        <translation>演示档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="244"/>
        <source>成功</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="245"/>
        <source>失败</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="246"/>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="247"/>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="249"/>
        <source>上次同步 {when}（{outcome}）</source>
        <translation>上次同步 {when}（{outcome}）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="289"/>
        <source>正在读取系统钥匙串…</source>
        <translation>正在读取系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="291"/>
        <source>无法读取凭据</source>
        <translation>无法读取凭据</translation>
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
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="75"/>
        <source>已撤回</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="81"/>
        <source>撤回于 {time}</source>
        <translation>撤回于 {time}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="86"/>
        <source>{name} 撤回了一条消息</source>
        <translation>{name} 撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="88"/>
        <source>{name} 同意会话存档</source>
        <translation>{name} 同意会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="90"/>
        <source>{name} 拒绝会话存档</source>
        <translation>{name} 拒绝会话存档</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="92"/>
        <source>{name} 切换企业</source>
        <translation>{name} 切换企业</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="105"/>
        <source>无法解密的消息：{reason}</source>
        <translation>无法解密的消息：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/items.py" line="122"/>
        <source>无法完整显示：{reason}</source>
        <translation>无法完整显示：{reason}</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="122"/>
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="123"/>
        <source>[不支持的消息: {type}]</source>
        <translation>[不支持的消息: {type}]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="145"/>
        <source>[切换企业] {user}</source>
        <translation>[切换企业] {user}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="160"/>
        <source>[无法解密] {error}</source>
        <translation>[无法解密] {error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="94"/>
        <source>{m}分{s}秒</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_base.py" line="95"/>
        <source>{s}秒</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_media.py" line="36"/>
        <location filename="../../wecom_desktop/core/parse.py" line="150"/>
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
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="91"/>
        <source>[聊天记录]</source>
        <translation>[聊天记录]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="92"/>
        <source>{n}条</source>
        <translation>{n}条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_nested.py" line="129"/>
        <source>[图文混排]</source>
        <translation>[图文混排]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="45"/>
        <source>[Markdown]</source>
        <translation>[Markdown]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="61"/>
        <source>[撤回了一条消息]</source>
        <translation>[撤回了一条消息]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="75"/>
        <source>[同意会话存档]</source>
        <translation>[同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="89"/>
        <source>[不同意会话存档]</source>
        <translation>[不同意会话存档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="103"/>
        <source>[名片]</source>
        <translation>[名片]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="129"/>
        <source>[位置]</source>
        <translation>[位置]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="153"/>
        <source>[链接]</source>
        <translation>[链接]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="178"/>
        <source>[小程序]</source>
        <translation>[小程序]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="197"/>
        <source>[待办]</source>
        <translation>[待办]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="223"/>
        <source>[投票]</source>
        <translation>[投票]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="261"/>
        <source>[填表]</source>
        <translation>[填表]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="292"/>
        <source>[红包]</source>
        <translation>[红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="306"/>
        <source>[互通红包]</source>
        <translation>[互通红包]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="336"/>
        <source>[会议]</source>
        <translation>[会议]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="356"/>
        <source>[会议控制]</source>
        <translation>[会议控制]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="374"/>
        <source>[在线文档]</source>
        <translation>[在线文档]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="404"/>
        <source>[图文]</source>
        <translation>[图文]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="434"/>
        <source>[日程]</source>
        <translation>[日程]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="453"/>
        <source>[视频号]</source>
        <translation>[视频号]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="471"/>
        <source>[音视频通话]</source>
        <translation>[音视频通话]</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/bodies_text.py" line="486"/>
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
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="284"/>
        <source>无法读取消息：{reason}</source>
        <translation>无法读取消息：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="286"/>
        <source>选择一个会话以查看消息</source>
        <translation>选择一个会话以查看消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="288"/>
        <source>正在加载…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="288"/>
        <source>这个会话没有消息</source>
        <translation>这个会话没有消息</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="314"/>
        <source>复制文本</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="317"/>
        <source>复制消息 ID</source>
        <translation>复制消息 ID</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="320"/>
        <source>查看原始 JSON</source>
        <translation>查看原始 JSON</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="324"/>
        <source>在搜索结果中显示</source>
        <translation>在搜索结果中显示</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="331"/>
        <source>打开文件</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="333"/>
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="338"/>
        <source>打开文件 {name}</source>
        <translation>打开文件 {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="339"/>
        <source>另存为… {name}</source>
        <translation>另存为… {name}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="378"/>
        <source>无法保存文件 {path}：{reason}</source>
        <translation>无法保存文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="386"/>
        <source>另存为</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/message_view/view.py" line="389"/>
        <source>消息</source>
        <translation>消息</translation>
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
        <location filename="../../wecom_desktop/core/parse.py" line="36"/>
        <source>不是有效的 JSON：{error}（第 {column} 列）</source>
        <translation>不是有效的 JSON：{error}（第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="41"/>
        <source>JSON 嵌套过深</source>
        <translation>JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="44"/>
        <source>不是 JSON 对象，而是 {kind}</source>
        <translation>不是 JSON 对象，而是 {kind}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="67"/>
        <source>缺少 msgid，无法去重，未导入</source>
        <translation>缺少 msgid，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/core/parse.py" line="70"/>
        <source>msgid 不是文本而是 {kind}，无法去重，未导入</source>
        <translation>msgid 不是文本而是 {kind}，无法去重，未导入</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="63"/>
        <source>不是有效的 UTF-8 文本（第 {offset} 字节），文件可能是 GBK/GB18030 等旧编码，请先转换为 UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/sync/jsonl_import.py" line="224"/>
        <source>档案数据库拒绝保存：{reason}</source>
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
        <location filename="../../wecom_desktop/ui/search_filter_bar.py" line="231"/>
        <source>会话 {id}</source>
        <translation>会话 {id}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="42"/>
        <source>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</source>
        <translation>搜索消息（空格分隔多个词，&quot;引号&quot;精确短语）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="149"/>
        <source>正在搜索…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="154"/>
        <source>正在加载更多…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="177"/>
        <source>搜索出错：{error}</source>
        <translation>搜索出错：{error}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="187"/>
        <source>无结果</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="189"/>
        <source>已加载 {n} 条，滚动加载更多</source>
        <translation>已加载 {n} 条，滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="191"/>
        <source>{n} 条结果</source>
        <translation>{n} 条结果</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/search_panel.py" line="194"/>
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
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="46"/>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="52"/>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="56"/>
        <source>私钥版本</source>
        <translation>私钥版本</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="57"/>
        <source>网络与 SDK</source>
        <translation>网络与 SDK</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="58"/>
        <source>档案</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="77"/>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="85"/>
        <source>已保存（隐藏）；留空则不修改</source>
        <translation>已保存（隐藏）；留空则不修改</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="88"/>
        <source>删除已保存的代理账号</source>
        <translation>删除已保存的代理账号</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="93"/>
        <source> 秒</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="95"/>
        <source>同步时下载图片、语音、视频和文件</source>
        <translation>同步时下载图片、语音、视频和文件</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="100"/>
        <source>每次调用超时</source>
        <translation>每次调用超时</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="107"/>
        <source>数据文件夹：{path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="112"/>
        <source>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</source>
        <translation>档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="114"/>
        <source>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</source>
        <translation>档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="118"/>
        <source>加密档案数据库…</source>
        <translation>加密档案数据库…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="122"/>
        <source>删除此档案配置…</source>
        <translation>删除此档案配置…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="181"/>
        <source>正在保存到系统钥匙串…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="198"/>
        <source>加密档案数据库</source>
        <translation>加密档案数据库</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="200"/>
        <source>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</source>
        <translation>将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。此后在没有该钥匙串的电脑上无法打开此档案。继续？</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="218"/>
        <source>删除此档案配置</source>
        <translation>删除此档案配置</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="220"/>
        <source>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</source>
        <translation>将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。保留的加密档案仍保留其数据库密钥。</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="226"/>
        <source>同时删除本机上的档案数据库、媒体和日志（不可恢复）</source>
        <translation>同时删除本机上的档案数据库、媒体和日志（不可恢复）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/settings/settings_dialog.py" line="241"/>
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
        <location filename="../../wecom_desktop/ui/setup/wizard.py" line="98"/>
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
        <location filename="../../wecom_desktop/ui/time_labels.py" line="18"/>
        <source>yyyy/M/d</source>
        <translation>yyyy/M/d</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="33"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="61"/>
        <source>正在连接企业微信…</source>
        <translation>正在连接企业微信…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="71"/>
        <source>正在取消（当前批次写完后停止）…</source>
        <translation>正在取消（当前批次写完后停止）…</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="90"/>
        <source>正在下载媒体 {done}/{total} · {size}</source>
        <translation>正在下载媒体 {done}/{total} · {size}</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="98"/>
        <source>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</source>
        <translation>已存 {stored} 条 · 无法解密 {bad} 条 · seq {seq} · {rate} 条/秒</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="111"/>
        <source>同步失败（已存 {n} 条）</source>
        <translation>同步失败（已存 {n} 条）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="113"/>
        <source>同步已取消（已存 {n} 条，下次从断点继续）</source>
        <translation>同步已取消（已存 {n} 条，下次从断点继续）</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="115"/>
        <source>同步完成：新增 {n} 条</source>
        <translation>同步完成：新增 {n} 条</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="122"/>
        <source>同步中断：已保存的消息不受影响，下次从断点继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="124"/>
        <source>同步未能开始</source>
        <translation>同步未能开始</translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/sync/sync_panel.py" line="149"/>
        <source>同步失败</source>
        <translation>同步失败</translation>
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
</TS>
