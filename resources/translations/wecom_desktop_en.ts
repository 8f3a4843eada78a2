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
        <location filename="../../wecom_desktop/cli_search.py" line="115" />
        <source>（已撤回）</source>
        <translation>(recalled)</translation>
    </message>
</context>
</TS>