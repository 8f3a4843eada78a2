<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../wecom_desktop/core/errors.py" line="25"/>
        <source>RejectedRecord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="67"/>
        <source>无法打开档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="76"/>
        <source> — 演示档案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBuild</name>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="39"/>
        <source>正在生成演示档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="40"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/app.py" line="44"/>
        <source>演示档案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="21"/>
        <source>企业微信会话存档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wecom_desktop/ui/main_window.py" line="37"/>
        <source>{n} 个会话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
