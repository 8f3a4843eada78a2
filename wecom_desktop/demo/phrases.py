"""Fixed phrase pools for demo text: Chinese business chat, English, mixed, and the words auditors search.

Templates name their slots in braces (`{product}`); `slots.py` fills them.
"""

from __future__ import annotations

SHORT_REPLIES = (
    "好的", "收到", "收到，谢谢", "好的，我马上处理", "稍等", "OK", "ok", "嗯嗯", "👍", "谢谢！", "辛苦了",
    "没问题", "明白", "好的👌", "了解", "可以的", "行", "我看一下", "在吗？", "在的", "马上到",
    "稍等，我在开会",
    "好的，晚点回复您", "👌", "🙏", "[抱拳]", "[微笑]", "[OK]", "哈哈哈", "😂😂", "对的", "是的", "不客气",
    "收到，已转达", "好，明天上午给你答复", "已处理", "已发", "Got it", "Thanks!", "Sure", "on my way",
    "+1", "赞👍", "辛苦各位", "收到，周一跟进", "我来跟进",
)  # fmt: skip

ZH_BUSINESS = (
    "{person}，{product}的报价单我已经发你邮箱了，麻烦查收一下",
    "这批{product}客户要{qty}台，{date}之前能发货吗？",
    "合同已经盖章寄出了，快递单号 {tracking}",
    "合同第{num}条付款方式需要改一下，客户要求{num}0%预付",
    "{company}那边说还在走法务流程，预计{date}能签",
    "报价是{price}元/台，含税含运费，{qty}台起订",
    "总金额{amount}，发票已经开好了",
    "{date}{time}在{city}开项目启动会，大家准备一下",
    "客户反馈{model}在现场偶尔掉线，售后帮忙看一下",
    "{company}的回款{amount}已经到账了",
    "请大家{date}前把本月的报销单提交到财务",
    "我的手机号 {phone}，到了给我打电话",
    "客户电话是{phone}，{person}，麻烦你今天联系一下",
    "这个订单 {order} 的物流信息帮我查一下",
    "{city}仓库存还剩{qty}台{product}，够不够这周发？",
    "{product}下个月要涨价{percent}，有需要的客户尽快下单",
    "验收报告已经签字了，尾款{amount}下周安排",
    "{company}想要一份{product}的技术参数，有最新版的吗？",
    "样机已经寄出，{date}能到{city}",
    "今天拜访了{company}，对{product}很感兴趣，下周约技术交流",
    "招标文件在这里：{url}",
    "产品手册更新了，链接 {url}",
    "{person}，这个客户是你在跟吗？{company}的",
    "上次说的折扣申请批下来了，可以按{percent}的折扣报",
    "客户要求开专票，开票信息我发你",
    "本周销售额{amount}，完成月目标的{percent}",
    "{model}的固件{date}升级，升级期间会停机半小时",
    "会议纪要已经发到群文件，大家看一下",
    "{company}投诉说发错货了，少了{qty}个配件",
    "系统里的订单编号是 SO-{num}{num}{num}，帮忙查下审批到哪一步了",
    "明天{time}的会改到线上开，会议号我稍后发",
    "我在{city}出差，{date}回公司",
    "客户想延期付款，账期从30天改到60天，能批吗？",
    "这个项目预算{amount}，我们的方案要控制在这个范围内",
    "售后工单已经建好了，编号 {order}",
    "{product}的质保期是两年，超出部分按年收服务费",
    "请把{company}的对账单{date}前发给我",
    "库存盘点结果：{product} 实际{qty}台，系统多了{num}台",
    "物流说{city}那边下大雨，可能要晚一天到",
    "周报记得今天下班前交",
    "新版报价模板已经上传，旧的不要再用了",
    "{person}请假了，他的客户这周我来跟",
    "报价有效期到{date}，过期要重新核价",
    "{company}的采购{person}说预算批下来了，让我们{date}去签合同",
    "客户现场网络不稳定，建议加一台{product}",
    "安装调试大概需要{num}天，需要客户配合提供场地",
    "这单毛利只有{percent}，再降价就亏了",
    "退货流程已经提交，等仓库收货后退款",
    "我把{person}拉进群了，后续技术问题找他",
    "下季度的框架协议需要重新谈价格",
    "投标保证金{amount}已经付了，回执在邮件里",
    "{date}的培训改到{city}分公司，名单还是之前那些人",
    "麻烦把收货地址和联系人发一下，我安排发货",
    "发票抬头写{company}，税号稍后发你",
    "客户说{model}比竞品贵{num}%，能不能申请特价",
    "年度框架协议续签了，总额{amount}",
)  # fmt: skip

ZH_FOLLOW_UPS = (
    "麻烦尽快回复一下，谢谢", "有问题随时联系我", "辛苦！", "我这边先确认一下库存", "今天能给答复吗？",
    "客户那边比较着急", "我跟领导汇报一下再回复您", "您看这样可以吗？", "有任何问题群里说",
    "具体细节电话沟通",
)  # fmt: skip

ENGLISH = (
    "Please find the attached quotation for {qty} units of {product}.",
    "Can we move the call to {time}?",
    "The shipment left our {city} warehouse this morning, tracking number {tracking}.",
    "Could you send me the signed contract by {date}?",
    "Thanks for the meeting today, I'll share the minutes shortly.",
    "Our MOQ is {qty} pcs and lead time is about {num} weeks.",
    "The invoice amount is {amount}, payment due in 30 days.",
    "Let me check with our finance team and get back to you.",
    "Is there any update on the PO?",
    "We are still waiting for the customs clearance documents.",
    "The firmware update is scheduled for {date}.",
    "Please call me at {phone} if anything comes up.",
    "Happy to set up a demo next week, what time works for you?",
    "Here is the product brochure: {url}",
    "We noticed an error in the last invoice, could you double check?",
    "The technician will be on site {date} at {time}.",
)  # fmt: skip

MIXED = (
    "这个PO明天能confirm吗？",
    "我们的MOQ是{qty} pcs，lead time大概{num}周",
    "invoice已经开了，发你邮箱了",
    "等下开个quick sync，{time}",
    "{company}的deal基本close了，合同下周签",
    "这个bug已经fix了，下个版本release",
    "PPT我update了一版，大家review一下 {url}",
    "客户要一个demo环境，{person}帮忙setup一下",
    "KPI这个季度完成了{percent}",
    "明天{time}有个call，跟{company}的CTO聊方案",
    "shipping mark按客户要求改一下",
    "这个feature排到下个sprint吧",
    "报价的excel我share到群文件了",
    "刚跟{person} check过，没问题，go ahead",
    "SOW里面的deliverable要写清楚",
)  # fmt: skip

MULTILINE = (
    "本周工作总结：\n1. 拜访客户{num}家\n2. 新增商机{num}个\n3. 回款{amount}",
    "发货清单：\n{product} × {qty}\n{product} × {num}\n收货人：{person} {phone}",
    "型号\t数量\t单价\n{model}\t{qty}\t{price}\n{model}\t{num}\t{price}",
    "会议安排：\n时间：{date} {time}\n地点：{city}分公司3楼会议室\n议题：{product}项目进度",
    "收货地址：\n{city}市高新区创业路{num}号\n联系人：{person}\n电话：{phone}",
    "今日待办：\n- 跟进{company}合同\n- 提交报价单\n- 回复客户邮件",
    "Q&A:\nQ: 质保期多久？\nA: 两年\nQ: 能开专票吗？\nA: 可以",
    "退款明细\t金额\n订单 {order}\t{amount}\n运费\t{price}元",
)  # fmt: skip

LONG = (
    "各位同事，关于{product}项目的情况同步一下：目前{company}已经完成了第一阶段的验收，"
    "客户整体比较满意，但是对现场响应速度提了意见。第二阶段预计{date}开始，需要技术支持部安排两名工程师驻场，"
    "销售这边会和客户确认合同补充条款。另外回款方面，首付款{amount}已经到账，剩余款项按合同约定分两期支付。"
    "请大家各自确认分工，有问题今天下班前在群里提出来。",
    "关于近期客户投诉的处理意见：\n一、所有投诉工单必须在24小时内响应；\n二、涉及退款的，需要主管审批后再操作；"
    "\n三、每周五汇总投诉原因，提交质量部门分析。\n请各位严格执行，谢谢配合。",
    "{person}你好，上次沟通的方案我们内部又讨论了一下，考虑到贵司的仓库面积和日均出库量，建议采用{model}加上"
    "两台{product}的组合，整体投入大概{amount}，预计一年左右可以收回成本。详细的方案书和报价我整理好后发您邮箱，"
    "您看{date}方便的话我们再约个时间当面聊。",
)  # fmt: skip

EMOJI = ("😀", "😂", "👍", "🙏", "🎉", "💪", "🤝", "😅", "🔥", "✅", "❤️", "🌹", "☕", "📦", "🚚")

# The words an auditor looks for, each at its own low frequency (weights per 100,000 texts).
SENSITIVE: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        100,
        (
            "返点按{percent}走，月底结",
            "年底返点政策出来了吗？",
            "{company}问今年的返点能不能提前兑现",
            "经销商返点表我更新了，{url}",
        ),
    ),
    (
        80,
        (
            "这个我们私下聊",
            "私下给你个优惠价，别跟别人说",
            "价格的事私下再说，群里不方便",
            "他私下找过我，想绕开公司直接采购",
        ),
    ),
    (
        30,
        (
            "这单的回扣怎么算？老规矩吗",
            "回扣的事别在群里说",
            "对方采购暗示要回扣，怎么处理？",
        ),
    ),
    (
        200,
        (
            "The customer is asking for a refund on order {order}.",
            "退款(refund)流程走完了吗？客户又来问了",
            "Refund of {amount} has been processed.",
            "Please hold the refund until the returned goods arrive.",
        ),
    ),
    (
        12,
        (
            "Any kickback on this deal should be discussed offline.",
            "他们问有没有kickback，我说公司有规定不行",
        ),
    ),
)
