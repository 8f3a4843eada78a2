"""What the demo's non-text messages show: file names, links, places, mini programs, meetings, feeds."""

from __future__ import annotations

# (file name stem, extension, typical size in bytes)
FILES: tuple[tuple[str, str, int], ...] = (
    ("报价单-{company}", "xlsx", 48_000), ("销售合同-{company}-盖章版", "pdf", 1_800_000),
    ("产品手册V3.2", "pdf", 8_400_000), ("技术方案-智能仓储", "docx", 2_300_000),
    ("验收报告", "pdf", 950_000), ("对账单2026Q1", "xlsx", 36_000), ("发货清单", "xlsx", 22_000),
    ("项目周报", "docx", 180_000), ("投标文件", "zip", 46_000_000), ("现场照片", "zip", 120_000_000),
    ("Quotation_{company}", "pdf", 310_000), ("Meeting minutes", "docx", 64_000),
    ("培训课件", "pptx", 15_000_000), ("固件升级包 XH-A200", "bin", 64_000_000), ("发票", "pdf", 120_000),
    ("采购框架合同(草案)", "docx", 420_000), ("退款申请表", "xlsx", 19_000), ("售后工单导出", "csv", 88_000),
)  # fmt: skip

LINKS: tuple[tuple[str, str, str], ...] = (
    ("智能仓储行业白皮书（2026版）", "从人工到无人：仓储自动化的五个阶段", "https://mp.weixin.qq.com/s/q3Xv8kLm2Rt9"),
    ("星河智能AGV-300正式发布", "载重提升30%，续航12小时", "https://www.xinghe-tech.com/news/agv-300"),
    ("关于调整差旅报销标准的通知", "自下月起执行", "https://mp.weixin.qq.com/s/Lp0Zc7Wq1Ab"),
    ("如何选择合适的WMS系统？", "五个维度帮你做决策", "https://zhuanlan.zhihu.com/p/684213577"),
    ("2026物流展参展指南", "展位号 N3-A08，欢迎莅临", "https://www.cemat-asia.com/guide"),
    ("Warehouse automation trends", "What changed in 2026", "https://www.example-logistics.com/trends"),
    ("顺丰快递查询", "运单实时跟踪", "https://www.sf-express.com/chn/sc/waybill"),
)  # fmt: skip
LINK_IMAGE = "https://mmbiz.qpic.cn/mmbiz_jpg/{code}/0?wx_fmt=jpeg"

# (title, address, latitude, longitude)
PLACES: tuple[tuple[str, str, float, float], ...] = (
    ("星河智能总部", "上海市闵行区申长路988号", 31.1935, 121.3206),
    ("虹桥火车站", "上海市闵行区申贵路1500号", 31.1945, 121.3202),
    ("深圳湾科技生态园", "广东省深圳市南山区高新南十道", 22.5283, 113.9447),
    ("杭州东站", "浙江省杭州市上城区天城路1号", 30.2906, 120.2130),
    ("苏州工业园区仓库", "江苏省苏州市工业园区星龙街428号", 31.3265, 120.7316),
    ("国家会展中心", "上海市青浦区崧泽大道333号", 31.1902, 121.3003),
    ("客户工厂东门", "广东省东莞市松山湖园区工业北路6号", 22.9177, 113.8855),
)  # fmt: skip

WEAPPS: tuple[tuple[str, str, str], ...] = (  # (display name, title, description)
    ("腾讯文档", "2026年Q2销售目标拆解", "点击查看在线表格"),
    ("顺丰速运+", "寄件下单", "快速寄件，实时追踪"),
    ("星河智能服务", "设备报修", "扫码报修，工程师2小时响应"),
    ("腾讯会议", "项目周例会", "点击加入会议"),
    ("滴滴出行", "打车报销单", "行程单已生成"),
    ("美团", "团队午餐拼单", "还差3人成团"),
)  # fmt: skip

MEETING_TOPICS = (
    "项目周例会", "{company}需求沟通会", "Q3销售复盘", "版本评审会", "客户培训：WMS基础操作",
    "合同条款讨论", "售后问题复盘", "新品发布会彩排", "供应商比价会", "年度预算评审",
)  # fmt: skip
MEETING_ROOMS = ("3楼大会议室", "腾讯会议", "5楼洽谈室A", "客户现场", "线上")

TODOS = (
    ("跟进{company}合同签署", "{date}前拿到盖章合同"), ("提交报销单", "本月发票整理后提交财务"),
    ("准备投标文件", "技术部分由技术支持部提供"), ("回访客户", "确认{product}使用情况"),
    ("更新报价单", "按新价格表调整"), ("安排发货", "{qty}台{product}，发往{city}"),
)  # fmt: skip

VOTES = (
    ("年会地点投票", ("杭州千岛湖", "苏州太湖", "上海本地")),
    ("团建时间", ("本周六", "下周六", "下下周六")),
    ("午饭吃什么", ("食堂", "外卖", "楼下面馆", "轻食")),
    ("新品命名", ("星河X1", "Galaxy One", "星河Pro")),
)  # fmt: skip

COLLECTS = (
    ("年会报名", (("姓名", "Text"), ("部门", "Text"), ("是否携带家属", "Text"))),
    ("设备巡检登记", (("设备编号", "Text"), ("巡检日期", "Date"), ("故障数量", "Number"))),
    ("培训签到", (("姓名", "Text"), ("签到时间", "Time"))),
)  # fmt: skip

REDPACKET_WISHES = (
    "恭喜发财，大吉大利",
    "辛苦了，请大家喝奶茶",
    "开单大吉！",
    "新年快乐",
    "生日快乐🎂",
    "感谢支持",
)

DOCS = (
    ("2026年销售目标拆解", "sheet"), ("客户拜访记录", "sheet"), ("项目实施计划", "doc"),
    ("周报汇总", "doc"), ("竞品分析", "doc"), ("库存明细", "sheet"), ("产品路线图", "slide"),
)  # fmt: skip

NEWS = (
    ("【日报】今日新增商机{num}个", "点击查看详情", "https://crm.xinghe-tech.com/daily"),
    ("【告警】{city}仓WMS响应超时", "已自动重启服务", "https://monitor.xinghe-tech.com/alert/4312"),
    ("【工单】新工单待处理", "客户反馈{product}无法开机", "https://service.xinghe-tech.com/ticket"),
    ("本周行业资讯", "智能仓储融资动态汇总", "https://mp.weixin.qq.com/s/Bx9kQ2"),
)  # fmt: skip

MARKDOWNS = (
    "### 今日销售播报\n> 新增商机：<font color=\"info\">{num}</font> 个\n> 成交金额：**{amount}**\n",
    "**【工单提醒】**\n客户：{company}\n问题：{product}故障\n优先级：<font color=\"warning\">高</font>",
    "# 构建结果\n- 分支：`release/3.{num}`\n- 状态：✅ 成功\n- [查看详情](https://ci.xinghe-tech.com/build/{num}{num})",
    "**日报提醒**：请大家{time}前在[日报系统](https://oa.xinghe-tech.com/daily)提交今日工作",
)  # fmt: skip

SPH_FEEDS = (
    ("星河智能", "AGV小车在{city}仓库的实拍，效率提升3倍"),
    ("物流前沿", "一分钟看懂交叉带分拣线"),
    ("仓储老王说", "WMS上线踩过的坑"),
    ("星河智能", "直播：2026新品发布会"),
)  # fmt: skip

MEETING_NOTICES = ("会议已开始，请准时参加", "主持人已开启全员静音", "会议已结束", "会议时间已变更为{time}")
DISK_FILES = ("2026年度预算.xlsx", "客户资料汇总.zip", "产品图片素材", "合同归档/2026Q1", "培训视频.mp4")
SOLITAIRES = ("周五团建报名接龙", "订餐接龙", "年货团购接龙")
NOTES = ("客户拜访笔记", "会议速记", "需求整理")
